#pragma once

#include "core/common/Result.h"
#include "core/graph/AccessTokenProvider.h"

#include <QString>

// A fixed access token: what `--access-token-file` automation and tests use. Cannot refresh, so a 401 is final.
class StaticTokenProvider final : public AccessTokenProvider
{
public:
    explicit StaticTokenProvider(Secret token)
        : m_token(std::move(token))
    { }

    Secret accessToken() const override { return m_token; }
    void setAccessToken(Secret token) { m_token = std::move(token); }

    // Reads a token file: the whole file, surrounding whitespace trimmed (a trailing newline is the norm). Errors
    // name the file, never its content.
    [[nodiscard]] static Result<Secret> readTokenFile(const QString &path);

private:
    Secret m_token;
};
