#include "ui/activity/ActivityPage.h"

#include "core/directory/OutboxTable.h"
#include "core/directory/Store.h"
#include "ui/activity/ActivityChart.h"
#include "ui/activity/ActivityLoader.h"
#include "ui/activity/OutboxModel.h"

#include <QComboBox>
#include <QDateTime>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QMessageBox>
#include <QPushButton>
#include <QSplitter>
#include <QTableView>
#include <QVBoxLayout>
#include <QtConcurrent>

namespace {

const QStringList &states()
{
    static const QStringList list = {QStringLiteral("pending"), QStringLiteral("retrying"), QStringLiteral("failed"),
                                     QStringLiteral("done"), QStringLiteral("dismissed")};
    return list;
}

} // namespace

ActivityPage::ActivityPage(Store *store, QWidget *parent)
    : QWidget(parent)
    , m_store(store)
    , m_integration(new QComboBox(this))
    , m_nextRetry(new QLabel(this))
    , m_status(new QLabel(this))
    , m_chart(new ActivityChart(this))
    , m_model(new OutboxModel(this))
    , m_table(new QTableView(this))
    , m_retry(new QPushButton(tr("&Retry now"), this))
    , m_dismiss(new QPushButton(tr("&Dismiss…"), this))
{
    setObjectName(QStringLiteral("activityPage"));
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(new QLabel(tr("<h2>Activity</h2>"), this));
    auto *top = new QHBoxLayout;
    auto *integrationLabel = new QLabel(tr("&Integration:"), this);
    integrationLabel->setBuddy(m_integration);
    m_integration->setObjectName(QStringLiteral("activityIntegration"));
    m_integration->setMinimumWidth(260);
    top->addWidget(integrationLabel);
    top->addWidget(m_integration);
    top->addStretch(1);
    m_status->setObjectName(QStringLiteral("activityStatus"));
    top->addWidget(m_status);
    layout->addLayout(top);
    layout->addWidget(buildSummary());

    auto *splitter = new QSplitter(Qt::Vertical, this);
    splitter->addWidget(m_chart);
    splitter->addWidget(buildAttention());
    layout->addWidget(splitter, 1);

    m_timer.setInterval(RefreshMs);
    connect(&m_timer, &QTimer::timeout, this, &ActivityPage::refresh);
    connect(&m_loader, &QFutureWatcher<Result<ActivityData>>::finished, this, &ActivityPage::onLoaded);
    connect(m_integration, &QComboBox::currentIndexChanged, this, [this] {
        m_model->setEntries({});
        refresh();
    });
    reloadIntegrations();
}

ActivityPage::~ActivityPage()
{
    m_loader.waitForFinished();
}

QWidget *ActivityPage::buildSummary()
{
    auto *box = new QWidget(this);
    auto *row = new QHBoxLayout(box);
    row->setContentsMargins(0, 0, 0, 0);
    for (const QString &state : states()) {
        auto *label = new QLabel(box);
        label->setObjectName(QStringLiteral("activityCount_") + state);
        label->setTextInteractionFlags(Qt::TextSelectableByMouse);
        m_counts.insert(state, label);
        row->addWidget(label);
    }
    m_nextRetry->setObjectName(QStringLiteral("activityNextRetry"));
    row->addWidget(m_nextRetry);
    row->addStretch(1);
    return box;
}

QWidget *ActivityPage::buildAttention()
{
    auto *box = new QWidget(this);
    auto *layout = new QVBoxLayout(box);
    layout->setContentsMargins(0, 0, 0, 0);
    auto *title = new QLabel(tr("Retrying and &failed operations:"), box);
    title->setBuddy(m_table);
    layout->addWidget(title);
    m_table->setObjectName(QStringLiteral("activityTable"));
    m_table->setAccessibleName(tr("Retrying and failed operations"));
    m_table->setModel(m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->verticalHeader()->hide();
    m_table->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->horizontalHeader()->setDefaultSectionSize(150);
    m_table->setColumnWidth(OutboxModel::LastError, 360);
    layout->addWidget(m_table, 1);
    auto *buttons = new QHBoxLayout;
    m_retry->setObjectName(QStringLiteral("activityRetry"));
    m_retry->setToolTip(tr("Send the selected operations again at once."));
    m_dismiss->setObjectName(QStringLiteral("activityDismiss"));
    m_dismiss->setToolTip(tr("Stop trying the selected operations; they stay in the record as dismissed."));
    buttons->addWidget(m_retry);
    buttons->addWidget(m_dismiss);
    buttons->addStretch(1);
    layout->addLayout(buttons);
    connect(m_retry, &QPushButton::clicked, this, &ActivityPage::retrySelected);
    connect(m_dismiss, &QPushButton::clicked, this, &ActivityPage::dismissSelected);
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this, &ActivityPage::updateButtons);
    connect(m_model, &QAbstractItemModel::modelReset, this, &ActivityPage::updateButtons);
    updateButtons();
    return box;
}

void ActivityPage::reloadIntegrations()
{
    const QString current = integrationId();
    Result<QList<Integration>> integrations = m_store->integrations();
    if (!integrations) {
        setStatus(tr("Cannot read the integrations: %1").arg(integrations.error().message));
        return;
    }
    m_integrations = *integrations;
    const QSignalBlocker blocker(m_integration);
    m_integration->clear();
    for (const Integration &integration : std::as_const(m_integrations))
        m_integration->addItem(integration.name, integration.id);
    const int index = m_integration->findData(current);
    m_integration->setCurrentIndex(index >= 0 ? index : 0);
    if (m_integrations.isEmpty())
        setStatus(tr("No integration yet: add one on the Cloud Directories page."));
    refresh();
}

void ActivityPage::selectIntegration(const QString &integrationId)
{
    const int index = m_integration->findData(integrationId);
    if (index >= 0)
        m_integration->setCurrentIndex(index);
}

QString ActivityPage::integrationId() const
{
    return m_integration->currentData().toString();
}

void ActivityPage::refresh()
{
    const QString id = integrationId();
    if (id.isEmpty())
        return;
    if (m_busy) {
        m_loadAgain = true;
        return;
    }
    const QString spec = m_store->spec();
    m_loadedAt = QDateTime::currentMSecsSinceEpoch();
    const qint64 now = m_loadedAt;
    m_busy = true;
    m_loader.setFuture(QtConcurrent::run([spec, id, now] { return ActivityLoader::load(spec, id, now); }));
}

void ActivityPage::onLoaded()
{
    Result<ActivityData> data = m_loader.result();
    m_busy = false;
    if (std::exchange(m_loadAgain, false)) {
        refresh();
        return;
    }
    if (!data) {
        setStatus(tr("Cannot read the outbox: %1").arg(data.error().message));
    } else if (data->integrationId == integrationId()) {
        m_data = std::move(*data);
        showData();
        setStatus(
            tr("Updated %1")
                .arg(QLocale().toString(QDateTime::fromMSecsSinceEpoch(m_loadedAt).time(), QLocale::ShortFormat)));
    }
    Q_EMIT loaded();
}

void ActivityPage::showData()
{
    const OutboxSummary &summary = m_data.summary;
    m_counts.value(QStringLiteral("pending"))->setText(tr("%n pending", nullptr, summary.pending));
    m_counts.value(QStringLiteral("retrying"))->setText(tr("%n retrying", nullptr, summary.retrying));
    m_counts.value(QStringLiteral("failed"))->setText(tr("%n failed", nullptr, summary.failed));
    m_counts.value(QStringLiteral("done"))->setText(tr("%n done", nullptr, summary.done));
    m_counts.value(QStringLiteral("dismissed"))->setText(tr("%n dismissed", nullptr, summary.dismissed));
    m_nextRetry->setText(
        summary.nextRetryAt == 0
            ? QString()
            : tr("next retry at %1")
                  .arg(QLocale().toString(QDateTime::fromMSecsSinceEpoch(summary.nextRetryAt), QLocale::ShortFormat)));
    const QStringList selected = selectedIds();
    m_model->setEntries(m_data.attention);
    for (const QString &id : selected) {
        const int row = m_model->rowOf(id);
        if (row >= 0)
            m_table->selectionModel()->select(m_model->index(row, 0),
                                              QItemSelectionModel::Select | QItemSelectionModel::Rows);
    }
    m_chart->setBuckets(m_data.buckets, m_data.sinceMs, m_data.untilMs);
}

QStringList ActivityPage::selectedIds() const
{
    QStringList ids;
    for (const QModelIndex &index : m_table->selectionModel()->selectedRows())
        ids.append(m_model->entry(index.row()).id);
    return ids;
}

void ActivityPage::updateButtons()
{
    const bool any = !selectedIds().isEmpty();
    m_retry->setEnabled(any);
    m_dismiss->setEnabled(any);
}

void ActivityPage::retrySelected()
{
    const QStringList ids = selectedIds();
    for (const QString &id : ids) {
        if (Result<void> done = m_store->outbox().retryNow(id); !done) {
            setStatus(tr("Cannot retry the operation: %1").arg(done.error().message));
            refresh();
            return;
        }
    }
    setStatus(tr("%n operations queued again.", nullptr, int(ids.size())));
    Q_EMIT retryRequested(integrationId());
    refresh();
}

void ActivityPage::dismissSelected()
{
    const QStringList ids = selectedIds();
    if (ids.isEmpty())
        return;
    const auto answer = QMessageBox::question(
        this, tr("Dismiss operations"),
        tr("Dismiss %n operations? clouddir stops trying them, and Microsoft 365 keeps its current values for "
           "them. The record of what happened stays.",
           nullptr, int(ids.size())),
        QMessageBox::Yes | QMessageBox::Cancel, QMessageBox::Cancel);
    if (answer != QMessageBox::Yes)
        return;
    for (const QString &id : ids) {
        if (Result<void> done = m_store->outbox().dismiss(id); !done) {
            setStatus(tr("Cannot dismiss the operation: %1").arg(done.error().message));
            refresh();
            return;
        }
    }
    setStatus(tr("%n operations dismissed.", nullptr, int(ids.size())));
    refresh();
}

void ActivityPage::setStatus(const QString &text)
{
    m_status->setText(text);
}

void ActivityPage::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    refresh();
    m_timer.start();
}

void ActivityPage::hideEvent(QHideEvent *event)
{
    QWidget::hideEvent(event);
    m_timer.stop();
}
