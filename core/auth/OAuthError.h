#pragma once

#include "core/common/Result.h"

#include <QByteArray>
#include <QString>

// Why a sign-in or a token refresh failed, with what the admin should do about it (graph.md §1.6). Decisions are made
// on `error` then `code` (the AADSTS number), never on the description text. message() is translated and actionable;
// detail fields (trace and correlation id) are for support and safe to log (they carry no secret).
struct OAuthError
{
    enum class Kind {
        None,
        InvalidGrant,        // code/refresh token unusable: interactive sign-in
        InteractionRequired, // MFA, Conditional Access: interactive sign-in
        ConsentRequired,     // consent missing or declined: an admin must consent
        InvalidClient,       // app registration problem (Web platform, secret sent)
        Configuration,       // unauthorized_client / invalid_request: client id, tenant, redirect URI
        InvalidScope,        // a bug in clouddir's scope list
        Transient,           // temporarily_unavailable, server_error, HTTP 5xx: retry later, keep the token
        StateMismatch,       // the redirect did not carry our state
        Cancelled,
        Timeout,
        Network,
        Keychain,              // no keychain, locked, or denied
        ReauthorizationNeeded, // nothing stored, or the stored sign-in is dead
        Protocol,              // an answer we cannot parse
    };

    Kind kind = Kind::None;
    QString error; // the OAuth `error` value, e.g. "invalid_grant"
    int code = 0;  // error_codes[0], the AADSTS number
    QString description;
    QString traceId;
    QString correlationId;
    int httpStatus = 0;

    bool isError() const { return kind != Kind::None; }
    // Only an interactive sign-in helps (the stored refresh token is useless).
    bool needsInteractiveSignIn() const;
    QString message() const;
    Error toError() const { return makeError(message()); }

    // A token endpoint error answer (JSON body, any status), or a protocol error when the body is not one.
    static OAuthError fromTokenResponse(int httpStatus, const QByteArray &body);
    // ?error=...&error_description=... on the redirect.
    static OAuthError fromRedirect(const QString &error, const QString &description);
    static OAuthError make(Kind kind, const QString &description = QString());
    static Kind kindOf(const QString &error, int httpStatus);

    bool operator==(const OAuthError &) const = default;
};
