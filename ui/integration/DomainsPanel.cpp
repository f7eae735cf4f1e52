#include "ui/integration/DomainsPanel.h"

#include "core/graph/GraphClient.h"
#include "core/graph/ListDomainsJob.h"
#include "core/graph/UpdateDomainPasswordPolicyJob.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace {

enum Column { DomainColumn, VerifiedColumn, ExpiryColumn, ColumnCount };

QString validityText(const Domain &domain)
{
    if (!domain.isVerified)
        return DomainsPanel::tr("— (not verified)");
    if (domain.passwordsNeverExpire())
        return DomainsPanel::tr("Never expire");
    if (!domain.passwordValidityPeriodInDays)
        return DomainsPanel::tr("Service default (may expire)");
    return DomainsPanel::tr("Expire after %n day(s)", nullptr, int(*domain.passwordValidityPeriodInDays));
}

} // namespace

DomainsPanel::DomainsPanel(QWidget *parent)
    : QWidget(parent)
    , m_table(new QTableWidget(0, ColumnCount, this))
    , m_status(new QLabel(this))
    , m_neverExpire(new QPushButton(tr("Set passwords to &never expire…"), this))
{
    m_table->setObjectName(QStringLiteral("domainsTable"));
    m_table->setAccessibleName(tr("Domains"));
    m_table->setHorizontalHeaderLabels({tr("Domain"), tr("Verified"), tr("Password validity")});
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->horizontalHeader()->setSectionResizeMode(DomainColumn, QHeaderView::Stretch);
    m_table->verticalHeader()->hide();
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_status->setObjectName(QStringLiteral("domainsStatus"));
    m_status->setWordWrap(true);
    m_neverExpire->setObjectName(QStringLiteral("neverExpireButton"));
    m_neverExpire->setToolTip(tr("The directory manages password lifetimes; Microsoft 365 should not expire them."));

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_table, 1);
    auto *row = new QHBoxLayout;
    row->addWidget(m_status, 1);
    row->addWidget(m_neverExpire);
    layout->addLayout(row);

    connect(m_table, &QTableWidget::itemSelectionChanged, this, &DomainsPanel::updateButton);
    connect(m_neverExpire, &QPushButton::clicked, this, &DomainsPanel::setNeverExpire);
    updateButton();
}

DomainsPanel::~DomainsPanel()
{
    if (m_job)
        m_job->kill();
}

void DomainsPanel::setClient(GraphClient *client)
{
    m_client = client;
    reload();
}

void DomainsPanel::watch(GraphJob *job)
{
    if (m_job)
        m_job->kill();
    m_job = job;
    job->start();
}

void DomainsPanel::reload()
{
    display({});
    if (!m_client) {
        m_status->setText(tr("Authorize the integration to see its domains."));
        return;
    }
    m_status->setText(tr("Reading the tenant's domains…"));
    auto *job = new ListDomainsJob(m_client, this);
    connect(job, &GraphJob::finished, this, [this, job] {
        if (job->hasError()) {
            m_status->setText(tr("Cannot read the domains: %1").arg(job->errorString()));
            return;
        }
        display(job->domains());
        int finite = 0;
        for (const Domain &d : job->domains())
            finite += d.isVerified && !d.passwordsNeverExpire() ? 1 : 0;
        m_status->setText(finite == 0 ? tr("Passwords never expire in any verified domain.")
                                      : tr("%n verified domain(s) still expire passwords.", nullptr, finite));
        Q_EMIT loaded();
    });
    watch(job);
}

void DomainsPanel::display(const QList<Domain> &domains)
{
    m_domains = domains;
    m_table->setRowCount(int(domains.size()));
    for (int row = 0; row < domains.size(); ++row) {
        const Domain &d = domains.at(row);
        QString name = d.id;
        if (d.isDefault)
            name += QLatin1Char(' ') + tr("(default)");
        m_table->setItem(row, DomainColumn, new QTableWidgetItem(name));
        m_table->setItem(row, VerifiedColumn, new QTableWidgetItem(d.isVerified ? tr("Yes") : tr("No")));
        m_table->setItem(row, ExpiryColumn, new QTableWidgetItem(validityText(d)));
    }
    updateButton();
}

void DomainsPanel::updateButton()
{
    const int row = m_table->currentRow();
    const bool selected = row >= 0 && row < m_domains.size() && !m_table->selectedItems().isEmpty();
    const bool changeable = selected && m_domains.at(row).isVerified && !m_domains.at(row).isFederated()
                            && !m_domains.at(row).passwordsNeverExpire();
    m_neverExpire->setEnabled(changeable && m_client);
}

void DomainsPanel::setNeverExpire()
{
    const int row = m_table->currentRow();
    if (row < 0 || row >= m_domains.size() || !m_client)
        return;
    const QString domain = m_domains.at(row).id;
    QMessageBox confirm(QMessageBox::Question, tr("Passwords never expire"),
                        tr("Set passwords in %1 to never expire in Microsoft 365?\n\nclouddir then manages password "
                           "lifetimes; subdomains inherit the setting.")
                            .arg(domain),
                        QMessageBox::Yes | QMessageBox::Cancel, this);
    confirm.setObjectName(QStringLiteral("neverExpireConfirmation"));
    confirm.setDefaultButton(QMessageBox::Cancel);
    if (confirm.exec() != QMessageBox::Yes)
        return;
    m_status->setText(tr("Updating %1…").arg(domain));
    auto *job = new UpdateDomainPasswordPolicyJob(m_client, domain, Domain::NeverExpires, std::nullopt, this);
    connect(job, &GraphJob::finished, this, [this, job, domain] {
        if (job->hasError()) {
            m_status->setText(tr("Could not update %1: %2").arg(domain, job->errorString()));
            return;
        }
        reload();
    });
    watch(job);
}
