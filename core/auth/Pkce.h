#pragma once

#include "core/common/Secret.h"

#include <QByteArray>
#include <QString>

// RFC 7636 PKCE and the OAuth `state`, from the system's cryptographic random source (QRandomGenerator::system()).
// A fresh verifier and state per sign-in attempt; neither is ever reused or logged.
class Pkce
{
public:
    // 32 random bytes, base64url without padding: 43 characters of [A-Za-z0-9-_].
    static Secret newVerifier();
    // base64url(SHA-256(verifier)) without padding: the S256 code_challenge.
    static QByteArray challenge(const Secret &verifier);
    // 24 random bytes, base64url: unguessable, checked when the browser comes back.
    static QString newState();
};
