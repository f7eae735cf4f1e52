#include "core/auth/OAuthError.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("OAuthError", text);
}

int aadstsIn(const QString &description)
{
    static const QRegularExpression number(QStringLiteral("AADSTS(\\d+)"));
    const QRegularExpressionMatch match = number.match(description);
    return match.hasMatch() ? match.captured(1).toInt() : 0;
}

QString invalidGrant(int code)
{
    switch (code) {
    case 70008:
        return tr("The sign-in code expired before clouddir could redeem it (AADSTS70008). Authorize again.");
    case 54005:
        return tr("The sign-in code was already used (AADSTS54005). Authorize again.");
    case 501481:
        return tr("The PKCE check failed: the code verifier does not match (AADSTS501481). Authorize again.");
    case 700082:
        return tr("The stored sign-in expired after 90 days without use (AADSTS700082). Re-authorize the "
                  "integration.");
    case 50173:
        return tr("The stored sign-in was revoked: a password change or an administrator revoked the sessions "
                  "(AADSTS50173). Re-authorize the integration.");
    case 65001:
        return tr("Consent is missing for this app (AADSTS65001). Re-authorize as an administrator and accept "
                  "\"Consent on behalf of your organization\".");
    default:
        return tr("The stored sign-in is no longer valid (invalid_grant). Re-authorize the integration.");
    }
}

QString configuration(int code, const QString &error)
{
    switch (code) {
    case 700016:
        return tr("The application (client) id is not known in this tenant or cloud (AADSTS700016). Check the client "
                  "id and the cloud of the integration.");
    case 50011:
        return tr("The redirect URI does not match the app registration (AADSTS50011). Add http://localhost under "
                  "\"Mobile and desktop applications\".");
    case 90002:
        return tr("The tenant was not found (AADSTS90002). Check the tenant id or domain and the cloud.");
    default:
        return tr("Microsoft rejected the sign-in request (%1). Check the client id, tenant and cloud of the "
                  "integration.")
            .arg(error);
    }
}

} // namespace

OAuthError::Kind OAuthError::kindOf(const QString &error, int httpStatus)
{
    if (error == u"invalid_grant")
        return Kind::InvalidGrant;
    if (error == u"interaction_required" || error == u"login_required")
        return Kind::InteractionRequired;
    if (error == u"consent_required" || error == u"access_denied")
        return Kind::ConsentRequired;
    if (error == u"invalid_client")
        return Kind::InvalidClient;
    if (error == u"unauthorized_client" || error == u"invalid_request" || error == u"unsupported_grant_type")
        return Kind::Configuration;
    if (error == u"invalid_scope")
        return Kind::InvalidScope;
    if (error == u"temporarily_unavailable" || error == u"server_error" || httpStatus >= 500)
        return Kind::Transient;
    return Kind::Protocol;
}

bool OAuthError::needsInteractiveSignIn() const
{
    return kind == Kind::InvalidGrant || kind == Kind::InteractionRequired || kind == Kind::ConsentRequired
           || kind == Kind::ReauthorizationNeeded;
}

OAuthError OAuthError::fromTokenResponse(int httpStatus, const QByteArray &body)
{
    OAuthError e;
    e.httpStatus = httpStatus;
    const QJsonObject json = QJsonDocument::fromJson(body).object();
    e.error = json.value(QLatin1String("error")).toString();
    e.description = json.value(QLatin1String("error_description")).toString();
    e.traceId = json.value(QLatin1String("trace_id")).toString();
    e.correlationId = json.value(QLatin1String("correlation_id")).toString();
    e.code = json.value(QLatin1String("error_codes")).toArray().at(0).toInt();
    if (e.code == 0)
        e.code = aadstsIn(e.description);
    if (e.error.isEmpty()) {
        e.kind = httpStatus >= 500 ? Kind::Transient : Kind::Protocol;
        e.description = QStringLiteral("HTTP %1 without an OAuth error body").arg(httpStatus);
        return e;
    }
    e.kind = kindOf(e.error, httpStatus);
    return e;
}

OAuthError OAuthError::fromRedirect(const QString &error, const QString &description)
{
    OAuthError e;
    e.error = error;
    e.description = description;
    e.code = aadstsIn(description);
    e.kind = kindOf(error, 0);
    return e;
}

OAuthError OAuthError::make(Kind kind, const QString &description)
{
    OAuthError e;
    e.kind = kind;
    e.description = description;
    return e;
}

QString OAuthError::message() const
{
    QString text;
    switch (kind) {
    case Kind::None:
        return QString();
    case Kind::InvalidGrant:
        text = invalidGrant(code);
        break;
    case Kind::InteractionRequired:
        text = tr("Microsoft requires an interactive sign-in (multi-factor authentication or a Conditional Access "
                  "policy, AADSTS%1). Re-authorize the integration and complete the prompts in the browser.")
                   .arg(code);
        break;
    case Kind::ConsentRequired:
        text = tr("Consent was declined or is missing (%1). A Global Administrator must authorize and accept "
                  "\"Consent on behalf of your organization\".")
                   .arg(code != 0 ? QStringLiteral("AADSTS%1").arg(code) : error);
        break;
    case Kind::InvalidClient:
        text = code == 7000218
                   ? tr("The app registration uses the Web platform; register it as Mobile and desktop applications "
                        "with the redirect URI http://localhost (AADSTS7000218).")
               : code == 700025 ? tr("The app registration is a public client but a client secret was sent "
                                     "(AADSTS700025). Remove the secret from the configuration.")
                                : tr("Microsoft did not accept the client id (invalid_client, AADSTS%1). Check "
                                     "the application (client) id of the app registration.")
                                      .arg(code);
        break;
    case Kind::Configuration:
        text = configuration(code, error);
        break;
    case Kind::InvalidScope:
        text = tr("Microsoft rejected the requested permissions (invalid_scope, AADSTS%1). This is a bug in "
                  "clouddir; please report it.")
                   .arg(code);
        break;
    case Kind::Transient:
        text = tr("Microsoft's sign-in service is temporarily unavailable (%1). Try again in a few minutes; the "
                  "stored sign-in is kept.")
                   .arg(error.isEmpty() ? QStringLiteral("HTTP %1").arg(httpStatus) : error);
        break;
    case Kind::StateMismatch:
        text = tr("The browser came back without the state of this sign-in, so the answer was rejected (it was not "
                  "started here). Authorize again.");
        break;
    case Kind::Cancelled:
        text = tr("Sign-in was cancelled.");
        break;
    case Kind::Timeout:
        text = tr("Sign-in timed out: the browser did not come back to clouddir in time. Authorize again.");
        break;
    case Kind::Network:
        text = tr("Cannot reach the Microsoft sign-in service: %1").arg(description);
        break;
    case Kind::Keychain:
        text = tr("Keychain unavailable: %1. clouddir keeps sign-in tokens only in the system keychain (Secret "
                  "Service, macOS Keychain or Windows Credential Manager); start or unlock it and try again.")
                   .arg(description);
        break;
    case Kind::ReauthorizationNeeded:
        text = tr("Re-authorization needed: %1").arg(description);
        break;
    case Kind::Protocol:
        text = tr("The sign-in service gave an answer clouddir does not understand (%1).")
                   .arg(error.isEmpty() ? description : error);
        break;
    }
    if (!traceId.isEmpty())
        text += QLatin1Char(' ') + tr("Trace ID: %1, correlation ID: %2.").arg(traceId, correlationId);
    return text;
}
