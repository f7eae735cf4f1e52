#include "tests/graphsim/GraphSimIdentity.h"

#include "tests/graphsim/GraphSimRouter.h"

#include <QCryptographicHash>
#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRandomGenerator>
#include <QUrl>
#include <QUrlQuery>
#include <QUuid>

using namespace Qt::StringLiterals;

namespace {

QByteArray base64Url(const QByteArray &bytes)
{
    return bytes.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals);
}

QString describe(int code)
{
    switch (code) {
    case 7000218:
        return u"The request body must contain the following parameter: 'client_assertion' or 'client_secret'."_s;
    case 700025:
        return u"Client is public so neither 'client_assertion' nor 'client_secret' should be presented."_s;
    case 50076:
        return u"Due to a configuration change made by your administrator, or because you moved to a new location, "
               u"you must use multi-factor authentication."_s;
    case 70008:
        return u"The provided authorization code or refresh token has expired due to inactivity."_s;
    case 54005:
        return u"OAuth2 Authorization code was already redeemed, please retry with a new valid code."_s;
    case 501481:
        return u"The Code_Verifier does not match the code_challenge supplied in the authorization request."_s;
    case 700082:
        return u"The refresh token has expired due to inactivity."_s;
    case 50173:
        return u"The provided grant has expired due to it being revoked, a fresh auth token is needed."_s;
    case 65001:
        return u"The user or administrator has not consented to use the application."_s;
    case 50011:
        return u"The redirect URI specified in the request does not match the redirect URIs configured for the "
               u"application."_s;
    case 90002:
        return u"Tenant not found."_s;
    case 70011:
        return u"The provided value for the input parameter 'scope' is not valid."_s;
    case 700016:
        return u"Application was not found in the directory."_s;
    default:
        return u"The provided grant is invalid or malformed."_s;
    }
}

GraphSimReply tokenError(int status, const QString &error, int code)
{
    const QString trace = QUuid::createUuid().toString(QUuid::WithoutBraces);
    const QString correlation = QUuid::createUuid().toString(QUuid::WithoutBraces);
    const QString timestamp = QDateTime::currentDateTimeUtc().toString(u"yyyy-MM-dd HH:mm:ss'Z'"_s);
    QJsonObject body;
    body.insert("error"_L1, error);
    body.insert("error_description"_L1, u"AADSTS%1: %2 Trace ID: %3 Correlation ID: %4 Timestamp: %5"_s.arg(code).arg(
                                            describe(code), trace, correlation, timestamp));
    body.insert("error_codes"_L1, QJsonArray {code});
    body.insert("timestamp"_L1, timestamp);
    body.insert("trace_id"_L1, trace);
    body.insert("correlation_id"_L1, correlation);
    body.insert("error_uri"_L1, u"https://login.microsoftonline.com/error?code=%1"_s.arg(code));
    GraphSimReply reply;
    reply.status = status;
    reply.body = QJsonDocument(body).toJson(QJsonDocument::Compact);
    reply.headers.append({QByteArrayLiteral("Content-Type"), QByteArrayLiteral("application/json; charset=utf-8")});
    return reply;
}

GraphSimReply redirect(QUrl target, const QList<QPair<QString, QString>> &items)
{
    QUrlQuery query(target);
    for (const auto &[key, value] : items)
        query.addQueryItem(key, QString::fromLatin1(QUrl::toPercentEncoding(value)));
    target.setQuery(query);
    GraphSimReply reply;
    reply.status = 302;
    reply.headers.append({QByteArrayLiteral("Location"), target.toEncoded()});
    return reply;
}

// Entra accepts http loopback redirect URIs for "Mobile and desktop applications" with any port.
bool isLoopbackRedirect(const QUrl &url)
{
    return url.isValid() && url.scheme() == u"http" && (url.host() == u"localhost" || url.host() == u"127.0.0.1");
}

} // namespace

void GraphSimIdentity::registerIn(GraphSimRouter &router)
{
    router.add(u"GET"_s, u"/([^/]+)/oauth2/v2\\.0/authorize"_s,
               [this](const GraphSimRequest &request) { return authorize(request); });
    router.add(u"POST"_s, u"/([^/]+)/oauth2/v2\\.0/token"_s,
               [this](const GraphSimRequest &request) { return token(request); });
}

void GraphSimIdentity::setAuthorizeError(const QString &error, const QString &description)
{
    m_authorizeError = error;
    m_authorizeErrorDescription = description;
}

void GraphSimIdentity::injectTokenError(const QString &error, int code, int count)
{
    m_tokenError = error;
    m_tokenErrorCode = code;
    m_tokenErrorCount = count;
}

void GraphSimIdentity::revokeRefreshTokens()
{
    for (Refresh &refresh : m_refreshTokens)
        refresh.valid = false;
}

void GraphSimIdentity::expireAccessTokens()
{
    for (qint64 &expiry : m_accessTokens)
        expiry = 0;
}

bool GraphSimIdentity::isIssuedAccessToken(const QString &token, bool *valid) const
{
    const auto it = m_accessTokens.constFind(token);
    if (it == m_accessTokens.constEnd())
        return false;
    *valid = it.value() > QDateTime::currentMSecsSinceEpoch();
    return true;
}

bool GraphSimIdentity::knowsTenant(const QString &tenant) const
{
    const QString domain = m_account.username.section(u'@', 1);
    return tenant == u"organizations" || tenant == u"common"
           || tenant.compare(m_account.tenantId, Qt::CaseInsensitive) == 0
           || tenant.compare(domain, Qt::CaseInsensitive) == 0;
}

QString GraphSimIdentity::newSecret(const char *prefix)
{
    quint32 words[8];
    QRandomGenerator::system()->fillRange(words);
    const QByteArray bytes(reinterpret_cast<const char *>(words), sizeof words);
    const QString secret = QString::fromLatin1(prefix) + QString::fromLatin1(base64Url(bytes));
    m_issued.append(secret);
    return secret;
}

GraphSimReply GraphSimIdentity::authorize(const GraphSimRequest &request)
{
    const QUrl redirectUri(request.param(u"redirect_uri"_s), QUrl::StrictMode);
    if (!knowsTenant(request.captures.value(0)))
        return tokenError(400, u"invalid_request"_s, 90002);
    if (!isLoopbackRedirect(redirectUri))
        return tokenError(400, u"invalid_request"_s, 50011);
    const QString state = request.param(u"state"_s);
    if (!m_authorizeError.isEmpty())
        return redirect(redirectUri, {{u"error"_s, m_authorizeError},
                                      {u"error_description"_s, m_authorizeErrorDescription},
                                      {u"state"_s, state}});
    if (request.param(u"response_type"_s) != u"code" || request.param(u"client_id"_s).isEmpty())
        return redirect(redirectUri, {{u"error"_s, u"invalid_request"_s},
                                      {u"error_description"_s, u"AADSTS900144: missing client_id or response_type"_s},
                                      {u"state"_s, state}});
    if (request.param(u"code_challenge_method"_s) != u"S256" || request.param(u"code_challenge"_s).size() != 43)
        return redirect(redirectUri, {{u"error"_s, u"invalid_request"_s},
                                      {u"error_description"_s, u"AADSTS501491: invalid code_challenge"_s},
                                      {u"state"_s, state}});
    Code code;
    code.clientId = request.param(u"client_id"_s);
    code.redirectUri = redirectUri.toString();
    code.challenge = request.param(u"code_challenge"_s);
    code.scope = request.param(u"scope"_s);
    code.expiresAt = QDateTime::currentMSecsSinceEpoch() + m_codeLifetimeMs;
    const QString value = newSecret("gscode.");
    m_codes.insert(value, code);
    return redirect(redirectUri, {{u"code"_s, value}, {u"state"_s, state}});
}

GraphSimReply GraphSimIdentity::token(const GraphSimRequest &request)
{
    QHash<QString, QString> form;
    QStringList keys;
    for (const auto &[key, value] : GraphSimRequest::parseQuery(request.body)) {
        form.insert(key, value);
        keys.append(key);
    }
    m_requestKeys.append(keys);
    if (m_tokenErrorCount != 0) {
        if (m_tokenErrorCount > 0)
            --m_tokenErrorCount;
        return tokenError(m_tokenError == u"invalid_client" ? 401 : 400, m_tokenError, m_tokenErrorCode);
    }
    if (!knowsTenant(request.captures.value(0)))
        return tokenError(400, u"invalid_request"_s, 90002);
    if (form.contains(u"client_secret"_s))
        return tokenError(401, u"invalid_client"_s, 700025);
    const QString grant = form.value(u"grant_type"_s);
    if (grant == u"authorization_code")
        return redeemCode(form);
    if (grant == u"refresh_token")
        return redeemRefresh(form);
    return tokenError(400, u"unsupported_grant_type"_s, 70003);
}

GraphSimReply GraphSimIdentity::redeemCode(const QHash<QString, QString> &form)
{
    auto it = m_codes.find(form.value(u"code"_s));
    if (it == m_codes.end())
        return tokenError(400, u"invalid_grant"_s, 70000);
    Code &code = it.value();
    if (code.used)
        return tokenError(400, u"invalid_grant"_s, 54005);
    code.used = true; // single use, even when this redemption fails below
    if (QDateTime::currentMSecsSinceEpoch() >= code.expiresAt)
        return tokenError(400, u"invalid_grant"_s, 70008);
    if (form.value(u"client_id"_s) != code.clientId)
        return tokenError(400, u"invalid_grant"_s, 70000);
    if (form.value(u"redirect_uri"_s) != code.redirectUri)
        return tokenError(400, u"invalid_grant"_s, 50011);
    const QByteArray challenge =
        base64Url(QCryptographicHash::hash(form.value(u"code_verifier"_s).toLatin1(), QCryptographicHash::Sha256));
    if (QString::fromLatin1(challenge) != code.challenge)
        return tokenError(400, u"invalid_grant"_s, 501481);
    return issue(code.clientId, code.scope);
}

GraphSimReply GraphSimIdentity::redeemRefresh(const QHash<QString, QString> &form)
{
    auto it = m_refreshTokens.find(form.value(u"refresh_token"_s));
    if (it == m_refreshTokens.end())
        return tokenError(400, u"invalid_grant"_s, 70000);
    if (!it->valid)
        return tokenError(400, u"invalid_grant"_s, 50173);
    if (form.value(u"client_id"_s) != it->clientId)
        return tokenError(400, u"invalid_grant"_s, 70000);
    // Rotation: the used token is spent; only the new one works from now on.
    it->valid = false;
    const QString scope = form.value(u"scope"_s, it->scope);
    return issue(it->clientId, scope);
}

GraphSimReply GraphSimIdentity::issue(const QString &clientId, const QString &scope)
{
    const qint64 now = QDateTime::currentSecsSinceEpoch();
    const QString access = newSecret("gsat.");
    m_accessTokens.insert(access, (now + m_accessTokenLifetime) * 1000);
    QJsonObject body;
    body.insert("token_type"_L1, u"Bearer"_s);
    body.insert("scope"_L1, scope);
    body.insert("expires_in"_L1, m_accessTokenLifetime);
    body.insert("ext_expires_in"_L1, m_accessTokenLifetime);
    body.insert("access_token"_L1, access);
    const QStringList scopes = scope.split(u' ', Qt::SkipEmptyParts);
    if (scopes.contains(u"offline_access"_s)) {
        const QString refresh = newSecret("gsrt.");
        m_refreshTokens.insert(refresh, Refresh {clientId, scope, true});
        body.insert("refresh_token"_L1, refresh);
    }
    if (scopes.contains(u"openid"_s)) {
        QJsonObject claims;
        claims.insert("aud"_L1, clientId);
        claims.insert("iss"_L1, u"https://login.microsoftonline.com/%1/v2.0"_s.arg(m_account.tenantId));
        claims.insert("iat"_L1, now);
        claims.insert("exp"_L1, now + 3600);
        claims.insert("tid"_L1, m_account.tenantId);
        claims.insert("oid"_L1, m_account.userId);
        claims.insert("name"_L1, m_account.displayName);
        claims.insert("preferred_username"_L1, m_account.username);
        claims.insert("ver"_L1, u"2.0"_s);
        const QByteArray idToken = base64Url(QByteArrayLiteral("{\"typ\":\"JWT\",\"alg\":\"none\"}")) + '.'
                                   + base64Url(QJsonDocument(claims).toJson(QJsonDocument::Compact)) + '.';
        m_issued.append(QString::fromLatin1(idToken));
        body.insert("id_token"_L1, QString::fromLatin1(idToken));
    }
    GraphSimReply reply;
    reply.status = 200;
    reply.body = QJsonDocument(body).toJson(QJsonDocument::Compact);
    reply.headers.append({QByteArrayLiteral("Content-Type"), QByteArrayLiteral("application/json; charset=utf-8")});
    return reply;
}
