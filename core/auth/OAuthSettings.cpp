#include "core/auth/OAuthSettings.h"

namespace {

QUrl endpoint(const OAuthSettings &settings, const QString &leaf)
{
    QString base = settings.authority().toString(QUrl::RemoveQuery | QUrl::RemoveFragment);
    while (base.endsWith(QLatin1Char('/')))
        base.chop(1); // "http://127.0.0.1:4000/" keeps its root slash under StripTrailingSlash
    const QString tenant = settings.tenant.isEmpty() ? QStringLiteral("organizations") : settings.tenant;
    return QUrl(base + QLatin1Char('/') + QString::fromLatin1(QUrl::toPercentEncoding(tenant))
                    + QStringLiteral("/oauth2/v2.0/") + leaf,
                QUrl::StrictMode);
}

} // namespace

QUrl OAuthSettings::authority() const
{
    return loginUrl.isValid() && !loginUrl.isEmpty() ? loginUrl : CloudEndpoints::authorityUrl(cloud);
}

QUrl OAuthSettings::authorizeEndpoint() const
{
    return endpoint(*this, QStringLiteral("authorize"));
}

QUrl OAuthSettings::tokenEndpoint() const
{
    return endpoint(*this, QStringLiteral("token"));
}

QUrl OAuthSettings::graphBaseUrl() const
{
    return graphUrl.isValid() && !graphUrl.isEmpty() ? graphUrl : CloudEndpoints::graphUrl(cloud);
}

QStringList OAuthSettings::scopes() const
{
    QStringList result;
    for (const char *permission :
         {"User.ReadWrite.All", "Group.ReadWrite.All", "Directory.ReadWrite.All", "Domain.ReadWrite.All"})
        result.append(CloudEndpoints::scope(cloud, QString::fromLatin1(permission)));
    result << QStringLiteral("offline_access") << QStringLiteral("openid") << QStringLiteral("profile");
    return result;
}

std::optional<CloudEndpoints::Cloud> OAuthSettings::cloudFromStoreId(const QString &id)
{
    if (id == u"global")
        return CloudEndpoints::Cloud::Global;
    if (id == u"usgov")
        return CloudEndpoints::Cloud::UsGovL4;
    if (id == u"dod")
        return CloudEndpoints::Cloud::UsGovL5DoD;
    if (id == u"china")
        return CloudEndpoints::Cloud::China;
    return std::nullopt;
}

QString OAuthSettings::storeId(CloudEndpoints::Cloud cloud)
{
    switch (cloud) {
    case CloudEndpoints::Cloud::UsGovL4:
        return QStringLiteral("usgov");
    case CloudEndpoints::Cloud::UsGovL5DoD:
        return QStringLiteral("dod");
    case CloudEndpoints::Cloud::China:
        return QStringLiteral("china");
    case CloudEndpoints::Cloud::Global:
        break;
    }
    return QStringLiteral("global");
}
