#include "ui/integration/IntegrationTabs.h"

#include "core/directory/IntegrationSettingsTable.h"
#include "core/directory/MappingTable.h"
#include "core/directory/Store.h"
#include "core/graph/GraphClient.h"
#include "core/sync/ExportSelection.h"
#include "ui/integration/BindUsersDialog.h"
#include "ui/integration/BoundPanel.h"
#include "ui/integration/DomainRulePanel.h"
#include "ui/integration/DomainsPanel.h"
#include "ui/integration/ExportSelectionPanel.h"
#include "ui/plan/PlanFlow.h"

#include <QScrollArea>
#include <QThreadPool>
#include <QtConcurrent>

namespace {

Result<BoundDirectory> loadBoundDirectory(const QString &spec, const QString &integrationId)
{
    Result<std::unique_ptr<Store>> store = Store::open(spec);
    if (!store)
        return store.error();
    return BoundDirectory::load(**store, integrationId);
}

} // namespace

IntegrationTabs::IntegrationTabs(Store *store, QWidget *parent)
    : QTabWidget(parent)
    , m_store(store)
    , m_domains(new DomainsPanel(this))
    , m_domainRule(new DomainRulePanel(this))
    , m_export(new ExportSelectionPanel(this))
    , m_bound(new BoundPanel(this))
{
    setObjectName(QStringLiteral("integrationTabs"));
    addTab(m_domains, tr("Domains && password e&xpiry"));
    addTab(m_domainRule, tr("Domain ru&le && UPNs"));
    auto *scroll = new QScrollArea(this);
    scroll->setWidget(m_export);
    scroll->setWidgetResizable(true);
    addTab(scroll, tr("Ex&ported attributes"));
    addTab(m_bound, tr("Bound users && &groups"));

    connect(m_domains, &DomainsPanel::loaded, this, [this] { m_domainRule->setTenantDomains(m_domains->domains()); });
    connect(m_export, &ExportSelectionPanel::changeRequested, this, &IntegrationTabs::requestExport);
    connect(m_domainRule, &DomainRulePanel::saveRequested, this, &IntegrationTabs::saveDomains);
    connect(m_bound, &BoundPanel::bindRequested, this, &IntegrationTabs::bindUsers);
    connect(m_bound, &BoundPanel::unbindRequested, this, &IntegrationTabs::unbind);
    connect(&m_boundLoader, &QFutureWatcher<Result<BoundDirectory>>::finished, this, &IntegrationTabs::onBoundLoaded);
}

IntegrationTabs::~IntegrationTabs()
{
    if (m_boundLoader.isRunning()) // (a future whose result was taken never reports finished: do not wait on it)
        m_boundLoader.waitForFinished();
}

void IntegrationTabs::setIntegration(const std::optional<Integration> &integration, GraphClient *client)
{
    const bool changed = !integration || !m_integration || integration->id != m_integration->id;
    m_integration = integration;
    m_client = client;
    m_domains->setClient(client);
    for (QWidget *panel : std::initializer_list<QWidget *> {m_domainRule, m_export, m_bound}) {
        panel->setEnabled(integration && client);
        panel->setToolTip(integration && !client ? tr("Authorize this integration first.") : QString());
    }
    if (!integration) {
        m_domainRule->setStored({});
        m_domainRule->setBoundUsers({});
        m_bound->setBound({});
        return;
    }
    if (changed || !m_domainRule->isModified())
        showStored();
    loadBound();
}

void IntegrationTabs::showStored()
{
    if (!m_integration || !m_store)
        return;
    Result<IntegrationSettings> settings = m_store->integrationSettings().get(m_integration->id);
    Result<QList<Mapping>> mappings = m_store->mappings().forIntegration(m_integration->id);
    if (!settings || !mappings) {
        Q_EMIT status(tr("Cannot read the settings of %1: %2")
                          .arg(m_integration->name, (!settings ? settings.error() : mappings.error()).message),
                      true);
        return;
    }
    m_domainRule->setStored(*settings);
    m_export->setSelection(ExportSelection::selected(*mappings, *settings));
}

void IntegrationTabs::loadBound()
{
    if (!m_integration || !m_store)
        return;
    if (m_boundLoader.isRunning()) {
        m_loadAgain = true;
        return;
    }
    m_boundFor = m_integration->id;
    m_bound->setLoading();
    m_boundLoader.setFuture(QtConcurrent::run(loadBoundDirectory, m_store->spec(), m_boundFor));
}

void IntegrationTabs::onBoundLoaded()
{
    Result<BoundDirectory> bound = m_boundLoader.future().takeResult();
    if (std::exchange(m_loadAgain, false) || !m_integration || m_integration->id != m_boundFor) {
        QThreadPool::globalInstance()->start(
            [stale = std::move(bound)]() mutable { [[maybe_unused]] auto gone = std::move(stale); });
        loadBound();
        return;
    }
    if (!bound) {
        m_bound->setError(bound.error().message);
        return;
    }
    m_domainRule->setBoundUsers(bound->keys());
    m_bound->setBound(*bound);
    Q_EMIT boundLoaded();
}

void IntegrationTabs::plan(const PlanRequest &request, const QString &title)
{
    if (!m_integration || !m_client || m_flow)
        return;
    m_flow = new PlanFlow(m_client, m_store, *m_integration, request, title, this);
    connect(m_flow, &PlanFlow::queued, this, [this] {
        showStored();
        loadBound();
    });
    connect(m_flow, &PlanFlow::finished, this, [this](const QString &message, bool isError) {
        showStored(); // a cancelled export tick springs back; confirmed ones show as stored
        Q_EMIT status(message, isError);
    });
    m_flow->start();
}

void IntegrationTabs::requestExport(const QString &rule, bool exported)
{
    if (!m_integration)
        return;
    QStringList wanted = m_export->selection();
    if (exported)
        wanted.append(rule);
    else
        wanted.removeAll(rule);
    Result<IntegrationSettings> settings = m_store->integrationSettings().get(m_integration->id);
    Result<QList<Mapping>> mappings = m_store->mappings().forIntegration(m_integration->id);
    if (!settings || !mappings) {
        Q_EMIT status((!settings ? settings.error() : mappings.error()).message, true);
        return;
    }
    Result<PlanRequest> request = ExportSelection::request(m_integration->id, wanted, *mappings, *settings);
    if (!request) {
        Q_EMIT status(request.error().message, true);
        return;
    }
    plan(*request, exported ? tr("Export %1 to %2").arg(rule, m_integration->name)
                            : tr("Stop exporting %1 to %2").arg(rule, m_integration->name));
}

void IntegrationTabs::saveDomains(const IntegrationSettings &settings)
{
    if (!m_integration)
        return;
    PlanRequest request;
    request.settings = settings;
    plan(request, tr("Change the domains of %1").arg(m_integration->name));
}

void IntegrationTabs::unbind(const QStringList &userIds, const QStringList &groupIds)
{
    if (!m_integration)
        return;
    PlanRequest request;
    request.change.unbindUsers = userIds;
    request.change.unbindGroups = groupIds;
    const QString title = userIds.isEmpty()
                              ? tr("Unbind %n group(s) from %1", nullptr, int(groupIds.size())).arg(m_integration->name)
                              : tr("Unbind %n user(s) from %1", nullptr, int(userIds.size())).arg(m_integration->name);
    plan(request, title);
}

void IntegrationTabs::bindUsers()
{
    if (!m_integration || !m_client || !m_store)
        return;
    auto *picker = new BindUsersDialog(m_store->spec(), m_integration->id, m_integration->name, this);
    picker->setAttribute(Qt::WA_DeleteOnClose);
    connect(picker, &QDialog::accepted, this, [this, picker] {
        if (!m_integration)
            return;
        PlanRequest request;
        request.change.bindUsers = picker->selectedUserIds();
        request.change.bindGroups = picker->selectedGroupIds();
        const QString what = request.change.bindGroups.isEmpty()
                                 ? tr("%n user(s)", nullptr, int(request.change.bindUsers.size()))
                                 : tr("%n group(s) and %1 user(s)", nullptr, int(request.change.bindGroups.size()))
                                       .arg(request.change.bindUsers.size());
        plan(request, tr("Bind %1 to %2").arg(what, m_integration->name));
    });
    picker->open();
}
