#include "ui/integration/IntegrationSummary.h"

#include "core/auth/OAuthTokenProvider.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QLocale>

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("IntegrationSummary", text);
}

QString when(qint64 epochMs)
{
    return QLocale().toString(QDateTime::fromMSecsSinceEpoch(epochMs).toLocalTime(), QLocale::ShortFormat);
}

QString tokenHealth(const IntegrationAuth &auth, const OAuthTokenProvider *provider)
{
    if (provider && provider->state() == OAuthTokenProvider::State::ReauthorizationNeeded)
        return tr("Token: re-authorization needed — %1").arg(provider->lastError().message());
    if (provider && provider->state() == OAuthTokenProvider::State::Failed)
        return tr("Token: the last refresh failed — %1").arg(provider->lastError().message());
    const qint64 expiresAt = provider && provider->expiresAt() > 0 ? provider->expiresAt() : auth.tokenExpiresAt;
    if (expiresAt <= 0)
        return tr("Token: none yet");
    if (expiresAt > QDateTime::currentMSecsSinceEpoch())
        return tr("Token: valid until %1 (refreshed automatically before it expires)").arg(when(expiresAt));
    return tr("Token: expired at %1; it is refreshed from the keychain on the next request").arg(when(expiresAt));
}

} // namespace

QString IntegrationSummary::cloudName(const QString &cloudId)
{
    if (cloudId == u"usgov")
        return tr("US Government L4");
    if (cloudId == u"dod")
        return tr("US Government L5 (DoD)");
    if (cloudId == u"china")
        return tr("China (21Vianet)");
    return tr("Global");
}

QString IntegrationSummary::text(const Integration &integration, const IntegrationAuth &auth,
                                 const OAuthTokenProvider *provider, bool fixedToken)
{
    QStringList lines {tr("Cloud: %1").arg(cloudName(integration.cloud))};
    if (!integration.graphUrl.isEmpty())
        lines.append(tr("Microsoft Graph endpoint: %1").arg(integration.graphUrl));
    if (fixedToken) {
        lines.append(tr("Status: connected (demo tenant with a fixed token)"));
        return lines.join(QLatin1Char('\n'));
    }
    lines.append(tr("Tenant: %1").arg(auth.tenantId.isEmpty() ? tr("not known yet") : auth.tenantId));
    lines.append(tr("Consenting account: %1").arg(auth.account.isEmpty() ? tr("nobody yet") : auth.account));
    if (!auth.clientId.isEmpty())
        lines.append(tr("App registration (client id): %1").arg(auth.clientId));
    switch (auth.state) {
    case IntegrationAuth::State::Authorized:
        lines.append(tr("State: authorized on %1").arg(when(auth.authorizedAt)));
        lines.append(tokenHealth(auth, provider));
        break;
    case IntegrationAuth::State::ReauthorizationNeeded:
        lines.append(tr("State: re-authorization needed — %1").arg(auth.message));
        break;
    case IntegrationAuth::State::Unauthorized:
        lines.append(tr("State: not authorized — press Authorize and sign in as an administrator"));
        break;
    }
    return lines.join(QLatin1Char('\n'));
}
