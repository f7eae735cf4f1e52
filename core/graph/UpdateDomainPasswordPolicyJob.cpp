#include "core/graph/UpdateDomainPasswordPolicyJob.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QUrl>

UpdateDomainPasswordPolicyJob::UpdateDomainPasswordPolicyJob(GraphClient *client, QString domainId, qint64 validityDays,
                                                             std::optional<qint64> notificationDays, QObject *parent)
    : GraphJob(client, parent)
    , m_domainId(std::move(domainId))
    , m_validityDays(validityDays)
    , m_notificationDays(notificationDays)
{ }

void UpdateDomainPasswordPolicyJob::begin()
{
    QJsonObject body;
    body.insert(QLatin1String("passwordValidityPeriodInDays"), m_validityDays);
    if (m_notificationDays)
        body.insert(QLatin1String("passwordNotificationWindowInDays"), *m_notificationDays);
    const QString path = QStringLiteral("/v1.0/domains/") + QString::fromLatin1(QUrl::toPercentEncoding(m_domainId));
    send(QByteArrayLiteral("PATCH"), graphUrl(path), QJsonDocument(body).toJson(QJsonDocument::Compact));
}

void UpdateDomainPasswordPolicyJob::handleResponse(const Response &)
{
    succeed();
}
