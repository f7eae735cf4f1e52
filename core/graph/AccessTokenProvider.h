#pragma once

#include "core/common/Secret.h"

#include <QObject>

#include <functional>

// Where GraphClient gets the bearer token for each request. Not a QObject so simple providers stay simple.
// Thread affinity: called on the thread of the GraphClient.
//
// The 401 seam: when Graph answers 401, a job calls refresh() once (if canRefresh()) and, when `done(true)` arrives,
// repeats the request with the new accessToken(). The OAuth provider (core/auth, later) implements refresh() as a
// single-flight token refresh; providers without one fail the job with the 401 at once.
class AccessTokenProvider
{
public:
    virtual ~AccessTokenProvider() = default;

    // The token to send now. Empty = none (the job fails with 401 from Graph, or the caller checks first).
    virtual Secret accessToken() const = 0;

    virtual bool canRefresh() const { return false; }
    // Starts getting a new token and calls done exactly once, asynchronously, through `context`'s event loop; if
    // `context` dies first, done is never called.
    virtual void refresh(QObject *context, std::function<void(bool ok)> done)
    {
        Q_UNUSED(context)
        Q_UNUSED(done)
    }

protected:
    AccessTokenProvider() = default;
    AccessTokenProvider(const AccessTokenProvider &) = default;
    AccessTokenProvider &operator=(const AccessTokenProvider &) = default;
};
