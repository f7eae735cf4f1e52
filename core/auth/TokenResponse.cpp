#include "core/auth/TokenResponse.h"

#include <QJsonDocument>
#include <QJsonObject>

std::optional<TokenResponse> TokenResponse::parse(const QByteArray &body, qint64 nowMs, QString *problem)
{
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(body, &parseError);
    if (parseError.error != QJsonParseError::NoError || !document.isObject()) {
        *problem = QStringLiteral("token answer is not a JSON object");
        return std::nullopt;
    }
    const QJsonObject json = document.object();
    TokenResponse response;
    response.accessToken = Secret(json.value(QLatin1String("access_token")).toString().toUtf8());
    if (response.accessToken.isEmpty()) {
        *problem = QStringLiteral("token answer has no access_token");
        return std::nullopt;
    }
    if (json.value(QLatin1String("token_type")).toString().compare(u"Bearer", Qt::CaseInsensitive) != 0) {
        *problem = QStringLiteral("token_type is not Bearer");
        return std::nullopt;
    }
    response.refreshToken = Secret(json.value(QLatin1String("refresh_token")).toString().toUtf8());
    // expires_in is a number per spec; some servers send a string.
    const QJsonValue expires = json.value(QLatin1String("expires_in"));
    const qint64 seconds = expires.isString() ? expires.toString().toLongLong() : expires.toInteger(3600);
    response.expiresAt = nowMs + seconds * 1000;
    response.scope = json.value(QLatin1String("scope")).toString();
    const QByteArray idToken = json.value(QLatin1String("id_token")).toString().toLatin1();
    const QList<QByteArray> parts = idToken.split('.');
    if (parts.size() >= 2) {
        const QJsonObject claims =
            QJsonDocument::fromJson(QByteArray::fromBase64(parts.at(1), QByteArray::Base64UrlEncoding)).object();
        response.tenantId = claims.value(QLatin1String("tid")).toString();
        response.account = claims.value(QLatin1String("preferred_username")).toString();
        if (response.account.isEmpty())
            response.account = claims.value(QLatin1String("email")).toString();
    }
    return response;
}
