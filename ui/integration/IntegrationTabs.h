#pragma once

#include "core/common/Result.h"
#include "core/directory/Integration.h"
#include "core/directory/IntegrationSettings.h"
#include "core/sync/BoundDirectory.h"
#include "core/sync/PlanRequest.h"
#include "ui/plan/PlanFlow.h"

#include <QFutureWatcher>
#include <QPointer>
#include <QTabWidget>

#include <optional>

class BoundPanel;
class DomainRulePanel;
class DomainsPanel;
class ExportSelectionPanel;
class GraphClient;
class Store;

// The selected integration's tabs on the Cloud Directories page: the tenant's domains and password expiry, the
// domain rule with the UPN of every bound user, the exported attributes, and what is bound. Every change that writes
// to Microsoft 365 (an export tick, the domains, binding, unbinding) goes through the plan (PlanFlow): nothing is
// stored until the admin confirmed it, and a cancelled plan leaves the stored state and the ticks as they were.
// The bound users are read on a worker thread with its own Store.
class IntegrationTabs final : public QTabWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(IntegrationTabs)

public:
    IntegrationTabs(Store *store, QWidget *parent = nullptr);
    ~IntegrationTabs() override;

    // The integration to show (nullopt: none) and its Graph client (nullptr: not authorized; changes are disabled).
    void setIntegration(const std::optional<Integration> &integration, GraphClient *client);
    // Picks groups and users (BindUsersDialog), then plans binding them.
    void bindUsers();
    DomainsPanel *domainsPanel() const { return m_domains; }
    DomainRulePanel *domainRulePanel() const { return m_domainRule; }
    ExportSelectionPanel *exportPanel() const { return m_export; }
    BoundPanel *boundPanel() const { return m_bound; }
    // The plan in progress, if any.
    PlanFlow *currentFlow() const { return m_flow; }

Q_SIGNALS:
    // The outcome of each plan, in one sentence.
    void status(const QString &message, bool isError);
    void boundLoaded();

private:
    void showStored();
    void loadBound();
    void onBoundLoaded();
    void plan(const PlanRequest &request, const QString &title);
    void requestExport(const QString &rule, bool exported);
    void saveDomains(const IntegrationSettings &settings);
    void unbind(const QStringList &userIds, const QStringList &groupIds);

    Store *m_store;
    std::optional<Integration> m_integration;
    QPointer<GraphClient> m_client;
    QPointer<PlanFlow> m_flow;
    QFutureWatcher<Result<BoundDirectory>> m_boundLoader;
    QString m_boundFor;
    bool m_loadAgain = false;
    DomainsPanel *m_domains;
    DomainRulePanel *m_domainRule;
    ExportSelectionPanel *m_export;
    BoundPanel *m_bound;
};
