#include "ui/integration/DomainRulePanel.h"

#include "ui/integration/UpnTraceModel.h"

#include <QComboBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QTableView>
#include <QThreadPool>
#include <QVBoxLayout>
#include <QtConcurrent>

namespace {

QStringList verifiedOf(const QList<Domain> &domains)
{
    QStringList verified;
    for (const Domain &d : domains) {
        if (d.isVerified)
            verified.append(d.id);
    }
    return verified;
}

} // namespace

DomainRulePanel::DomainRulePanel(QWidget *parent)
    : QWidget(parent)
    , m_domainList(new QListWidget(this))
    , m_default(new QComboBox(this))
    , m_configuration(new QLabel(this))
    , m_summary(new QLabel(this))
    , m_search(new QLineEdit(this))
    , m_model(new UpnTraceModel(this))
    , m_proxy(new QSortFilterProxyModel(this))
    , m_table(new QTableView(this))
    , m_save(new QPushButton(tr("&Save domains…"), this))
    , m_revert(new QPushButton(tr("Re&vert"), this))
{
    setObjectName(QStringLiteral("domainRulePanel"));
    m_domainList->setObjectName(QStringLiteral("acceptedDomains"));
    m_domainList->setAccessibleName(tr("Accepted domains"));
    m_domainList->setMaximumHeight(110);
    m_default->setObjectName(QStringLiteral("defaultDomain"));
    m_default->setAccessibleName(tr("Default domain"));
    m_configuration->setObjectName(QStringLiteral("domainConfiguration"));
    m_configuration->setWordWrap(true);
    m_summary->setObjectName(QStringLiteral("traceSummary"));
    m_summary->setWordWrap(true);
    m_search->setObjectName(QStringLiteral("traceSearch"));
    m_search->setPlaceholderText(tr("User, email or user principal name"));
    m_search->setClearButtonEnabled(true);
    m_save->setObjectName(QStringLiteral("saveDomainsButton"));
    m_save->setToolTip(tr("Shows the renames and the users who fall out of scope before anything is stored."));
    m_revert->setObjectName(QStringLiteral("revertDomainsButton"));
    m_revert->setToolTip(tr("Show the stored domains and default again."));

    m_proxy->setSourceModel(m_model);
    m_proxy->setFilterCaseSensitivity(Qt::CaseInsensitive);
    m_proxy->setFilterKeyColumn(-1);
    m_table->setObjectName(QStringLiteral("upnTrace"));
    m_table->setAccessibleName(tr("User principal names of the bound users"));
    m_table->setModel(m_proxy);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setWordWrap(false);
    m_table->verticalHeader()->hide();
    m_table->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->horizontalHeader()->setDefaultSectionSize(150);
    m_table->horizontalHeader()->resizeSection(UpnTraceModel::Username, 100);
    m_table->horizontalHeader()->resizeSection(UpnTraceModel::Outcome, 130);
    m_table->verticalHeader()->setDefaultSectionSize(m_table->fontMetrics().height() + 6);

    auto *layout = new QVBoxLayout(this);
    auto *form = new QFormLayout;
    auto *domainsLabel = new QLabel(tr("A&ccepted domains:"), this);
    domainsLabel->setBuddy(m_domainList);
    form->addRow(domainsLabel, m_domainList);
    auto *defaultLabel = new QLabel(tr("De&fault domain:"), this);
    defaultLabel->setBuddy(m_default);
    form->addRow(defaultLabel, m_default);
    layout->addLayout(form);
    layout->addWidget(m_configuration);
    auto *searchRow = new QHBoxLayout;
    auto *searchLabel = new QLabel(tr("Searc&h:"), this);
    searchLabel->setBuddy(m_search);
    searchRow->addWidget(searchLabel);
    searchRow->addWidget(m_search, 1);
    searchRow->addWidget(m_revert);
    searchRow->addWidget(m_save);
    layout->addLayout(searchRow);
    layout->addWidget(m_summary);
    layout->addWidget(m_table, 1);

    connect(m_domainList, &QListWidget::itemChanged, this, &DomainRulePanel::onEdited);
    connect(m_default, &QComboBox::currentIndexChanged, this, &DomainRulePanel::onEdited);
    connect(m_search, &QLineEdit::textChanged, m_proxy, &QSortFilterProxyModel::setFilterFixedString);
    connect(m_save, &QPushButton::clicked, this, [this] { Q_EMIT saveRequested(edited()); });
    connect(m_revert, &QPushButton::clicked, this, &DomainRulePanel::revert);
    connect(&m_watcher, &QFutureWatcher<UpnTrace::Result>::finished, this, &DomainRulePanel::onTraced);
    showDomains();
}

DomainRulePanel::~DomainRulePanel()
{
    if (m_watcher.isRunning()) // (a future whose result was taken never reports finished: do not wait on it)
        m_watcher.waitForFinished();
}

void DomainRulePanel::setTenantDomains(const QList<Domain> &domains)
{
    const IntegrationSettings current = edited();
    m_tenantDomains = domains;
    showDomains();
    // Keep the admin's unsaved ticks across a re-read of the tenant.
    m_updating = true;
    for (int i = 0; i < m_domainList->count(); ++i) {
        QListWidgetItem *item = m_domainList->item(i);
        if (item->flags() & Qt::ItemIsEnabled)
            item->setCheckState(current.domains.contains(item->text(), Qt::CaseInsensitive) ? Qt::Checked
                                                                                            : Qt::Unchecked);
    }
    m_updating = false;
    updateDefaults();
    m_default->setCurrentIndex(qMax(0, m_default->findData(current.defaultDomain.toLower())));
    onEdited();
}

void DomainRulePanel::setStored(const IntegrationSettings &settings)
{
    m_stored = settings;
    revert();
}

void DomainRulePanel::setBoundUsers(QList<UserKey> users)
{
    m_users = std::move(users);
    retrace();
}

void DomainRulePanel::revert()
{
    showDomains();
    onEdited();
}

IntegrationSettings DomainRulePanel::edited() const
{
    IntegrationSettings settings = m_stored;
    settings.domains.clear();
    for (int i = 0; i < m_domainList->count(); ++i) {
        if (m_domainList->item(i)->checkState() == Qt::Checked)
            settings.domains.append(m_domainList->item(i)->text());
    }
    settings.defaultDomain = m_default->currentIndex() > 0 ? m_default->currentText() : QString();
    return settings;
}

// The tenant's domains plus any stored one the tenant no longer lists, ticked as stored. A domain that is not
// verified cannot be ticked; one that is stored anyway stays tickable so it can be removed.
void DomainRulePanel::showDomains()
{
    m_updating = true;
    m_domainList->clear();
    QStringList names;
    for (const Domain &d : std::as_const(m_tenantDomains))
        names.append(d.id);
    for (const QString &stored : std::as_const(m_stored.domains)) {
        if (!names.contains(stored, Qt::CaseInsensitive))
            names.append(stored);
    }
    const QStringList verified = verifiedOf(m_tenantDomains);
    for (const QString &name : std::as_const(names)) {
        auto *item = new QListWidgetItem(name, m_domainList);
        const bool ticked = m_stored.domains.contains(name, Qt::CaseInsensitive);
        const bool isVerified = verified.contains(name, Qt::CaseInsensitive);
        item->setFlags(Qt::ItemIsUserCheckable | Qt::ItemIsSelectable
                       | (isVerified || ticked ? Qt::ItemIsEnabled : Qt::NoItemFlags));
        item->setCheckState(ticked ? Qt::Checked : Qt::Unchecked);
        if (!isVerified && !m_tenantDomains.isEmpty())
            item->setToolTip(tr("%1 is not a verified domain of the tenant, so Microsoft 365 rejects user principal "
                                "names in it. Verify it in the Microsoft 365 admin center first.")
                                 .arg(name));
    }
    m_updating = false;
    updateDefaults();
    m_default->setCurrentIndex(qMax(0, m_default->findData(m_stored.defaultDomain.toLower())));
}

void DomainRulePanel::updateDefaults()
{
    const QString current = m_default->currentIndex() > 0 ? m_default->currentData().toString() : QString();
    const bool wasUpdating = std::exchange(m_updating, true);
    m_default->clear();
    m_default->addItem(tr("(none: users of other domains are out of scope)"), QString());
    for (int i = 0; i < m_domainList->count(); ++i) {
        if (m_domainList->item(i)->checkState() == Qt::Checked)
            m_default->addItem(m_domainList->item(i)->text(), m_domainList->item(i)->text().toLower());
    }
    m_default->setCurrentIndex(qMax(0, m_default->findData(current)));
    m_default->setEnabled(m_default->count() > 1);
    m_default->setToolTip(m_default->isEnabled() ? tr("Users whose email domain is not ticked get this domain instead.")
                                                 : tr("Tick a domain first: the default must be one of them."));
    m_updating = wasUpdating;
}

void DomainRulePanel::onEdited()
{
    if (m_updating)
        return;
    updateDefaults();
    updateState();
    retrace();
}

void DomainRulePanel::updateState()
{
    const IntegrationSettings settings = edited();
    UpnRule::Config config {settings.domains, settings.defaultDomain, std::nullopt};
    if (!m_tenantDomains.isEmpty())
        config.verified = verifiedOf(m_tenantDomains);
    const Result<void> valid = UpnRule::validate(config);
    QString text = UpnTrace::configurationText(config);
    if (!valid)
        text += QStringLiteral("<br><b>%1</b>").arg(valid.error().message.toHtmlEscaped());
    else if (settings != m_stored)
        text += QStringLiteral("<br><i>%1</i>").arg(tr("Not saved yet: the list below shows the edited rule."));
    m_configuration->setText(text);
    m_save->setEnabled(valid && settings != m_stored);
    m_revert->setEnabled(settings != m_stored);
}

void DomainRulePanel::retrace()
{
    if (m_watcher.isRunning()) {
        m_retraceAgain = true;
        return;
    }
    const IntegrationSettings settings = edited();
    UpnRule::Config config {settings.domains, settings.defaultDomain, std::nullopt};
    if (!m_tenantDomains.isEmpty())
        config.verified = verifiedOf(m_tenantDomains);
    m_summary->setText(tr("Working out the user principal names of %n bound user(s)…", nullptr, int(m_users.size())));
    m_watcher.setFuture(QtConcurrent::run(UpnTrace::trace, config, m_users));
}

void DomainRulePanel::onTraced()
{
    // Taken out of the future, so that no copy is left for the GUI thread to free when the next trace starts.
    UpnTrace::Result result = m_watcher.future().takeResult();
    if (std::exchange(m_retraceAgain, false)) {
        // The ticks changed meanwhile: this result is already stale. A worker frees its 100,000 rows.
        QThreadPool::globalInstance()->start([stale = std::move(result)]() mutable { stale = {}; });
        retrace();
        return;
    }
    const int total = int(result.rows.size());
    m_summary->setText(total == 0
                           ? tr("No users are bound to this integration yet.")
                           : tr("%1 of %n bound user(s) sync; %2 out of scope; %3 in a collision.", nullptr, total)
                                 .arg(result.synced)
                                 .arg(result.outOfScope)
                                 .arg(result.collisions));
    m_model->setTrace(std::move(result));
    Q_EMIT traceUpdated();
}
