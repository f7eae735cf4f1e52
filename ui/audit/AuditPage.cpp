#include "ui/audit/AuditPage.h"

#include "core/directory/AuditTable.h"
#include "core/directory/Store.h"
#include "ui/FileDialogs.h"
#include "ui/audit/AuditModel.h"

#include <QComboBox>
#include <QDir>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>
#include <QtConcurrent>

AuditPage::AuditPage(Store *store, QWidget *parent)
    : QWidget(parent)
    , m_store(store)
    , m_model(new AuditModel(store->spec(), this))
    , m_search(new QLineEdit(this))
    , m_integration(new QComboBox(this))
    , m_count(new QLabel(this))
    , m_table(new QTableView(this))
    , m_exportButton(new QPushButton(tr("E&xport CSV…"), this))
{
    setObjectName(QStringLiteral("auditPage"));
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(new QLabel(tr("<h2>Audit log</h2>"), this));
    auto *row = new QHBoxLayout;
    auto *searchLabel = new QLabel(tr("Searc&h:"), this);
    searchLabel->setBuddy(m_search);
    m_search->setObjectName(QStringLiteral("auditSearch"));
    m_search->setPlaceholderText(tr("User, property, value, request id or admin"));
    m_search->setClearButtonEnabled(true);
    auto *integrationLabel = new QLabel(tr("&Integration:"), this);
    integrationLabel->setBuddy(m_integration);
    m_integration->setObjectName(QStringLiteral("auditIntegration"));
    m_count->setObjectName(QStringLiteral("auditCount"));
    m_exportButton->setObjectName(QStringLiteral("auditExport"));
    m_exportButton->setToolTip(tr("Write every row the search selects to a CSV file."));
    row->addWidget(searchLabel);
    row->addWidget(m_search, 1);
    row->addWidget(integrationLabel);
    row->addWidget(m_integration);
    row->addWidget(m_count);
    row->addWidget(m_exportButton);
    layout->addLayout(row);

    m_table->setObjectName(QStringLiteral("auditTable"));
    m_table->setAccessibleName(tr("Audit log, newest first"));
    m_table->setModel(m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->verticalHeader()->hide();
    m_table->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->horizontalHeader()->setDefaultSectionSize(140);
    m_table->setColumnWidth(AuditModel::Change, 260);
    layout->addWidget(m_table, 1);

    m_searchDelay.setSingleShot(true);
    m_searchDelay.setInterval(SearchDelayMs);
    connect(&m_searchDelay, &QTimer::timeout, this, &AuditPage::applyQuery);
    connect(m_search, &QLineEdit::textChanged, &m_searchDelay, qOverload<>(&QTimer::start));
    connect(m_integration, &QComboBox::currentIndexChanged, this, &AuditPage::applyQuery);
    connect(m_model, &AuditModel::pageLoaded, this, &AuditPage::onPageLoaded);
    connect(m_exportButton, &QPushButton::clicked, this, &AuditPage::exportCsv);
    connect(&m_export, &QFutureWatcher<Result<int>>::finished, this, &AuditPage::onExported);
    reload();
}

AuditPage::~AuditPage()
{
    m_export.waitForFinished();
}

void AuditPage::reload()
{
    const QString current = m_integration->currentData().toString();
    const QSignalBlocker blocker(m_integration);
    m_integration->clear();
    m_integration->addItem(tr("All integrations"), QString());
    if (Result<QList<Integration>> integrations = m_store->integrations()) {
        for (const Integration &integration : std::as_const(*integrations))
            m_integration->addItem(integration.name, integration.id);
    }
    m_integration->setCurrentIndex(std::max(0, m_integration->findData(current)));
    applyQuery();
}

void AuditPage::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    applyQuery(); // the log grows while other pages are shown
}

void AuditPage::applyQuery()
{
    m_searchDelay.stop();
    AuditQuery query;
    query.text = m_search->text().trimmed();
    query.integrationId = m_integration->currentData().toString();
    m_count->setText(tr("Searching…"));
    m_model->setQuery(query);
}

void AuditPage::onPageLoaded(const QString &error)
{
    if (!error.isEmpty()) {
        m_count->setText(tr("Cannot read the audit log: %1").arg(error));
        return;
    }
    m_count->setText(tr("%n entries", nullptr, m_model->total()));
}

void AuditPage::exportCsv()
{
    if (m_export.isRunning())
        return;
    const QString path =
        FileDialogs::saveFileName(this, tr("Export the audit log"),
                                  QDir::home().filePath(QStringLiteral("clouddir-audit.csv")), tr("CSV files (*.csv)"));
    if (path.isEmpty())
        return;
    m_exportPath = path;
    m_exportButton->setEnabled(false);
    m_count->setText(tr("Exporting…"));
    const QString spec = m_store->spec();
    const AuditQuery query = m_model->query();
    m_export.setFuture(QtConcurrent::run([spec, query, path]() -> Result<int> {
        Result<std::unique_ptr<Store>> store = Store::open(spec);
        if (!store)
            return store.error();
        return (*store)->audit().exportCsv(query, path);
    }));
}

void AuditPage::onExported()
{
    m_exportButton->setEnabled(true);
    Result<int> written = m_export.result();
    const QString message =
        written ? tr("Exported %n entries to %1.", nullptr, *written).arg(QDir::toNativeSeparators(m_exportPath))
                : tr("Cannot export the audit log to %1: %2")
                      .arg(QDir::toNativeSeparators(m_exportPath), written.error().message);
    m_count->setText(message);
    Q_EMIT exportFinished(message, !written);
}
