#pragma once

#include "core/graph/GraphJob.h"

#include <optional>

// PATCH /v1.0/domains/{id} {"passwordValidityPeriodInDays":N[,"passwordNotificationWindowInDays":M]} → 204
// (graph.md §2.6). Only verified domains; needs Domain.ReadWrite.All and a Domain Name / Global Administrator
// sign-in. Absolute values, so a retry is harmless. Use Domain::NeverExpires to stop passwords from expiring.
class UpdateDomainPasswordPolicyJob final : public GraphJob
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(UpdateDomainPasswordPolicyJob)

public:
    UpdateDomainPasswordPolicyJob(GraphClient *client, QString domainId, qint64 validityDays,
                                  std::optional<qint64> notificationDays = std::nullopt, QObject *parent = nullptr);

    const QString &domainId() const { return m_domainId; }

protected:
    void begin() override;
    void handleResponse(const Response &response) override;

private:
    QString m_domainId;
    qint64 m_validityDays;
    std::optional<qint64> m_notificationDays;
};
