#include "ui/history/UserHistoryDialog.h"

#include "core/directory/OutboxTable.h"
#include "core/directory/Store.h"
#include "core/sync/PlanRequest.h"
#include "ui/activity/IntegrationClients.h"
#include "ui/history/SnapshotModel.h"
#include "ui/plan/PlanFlow.h"

#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QSet>
#include <QTableView>
#include <QVBoxLayout>
#include <QtConcurrent>

namespace {

// One restore is planned for one user and either every overwritten property, one property, or one snapshot (a
// selected row: its own value). False when several rows are selected.
bool fillRestore(PlanRequest &request, const QString &userId, const QList<Snapshot> &selected)
{
    if (selected.size() > 1)
        return false;
    RestoreRequest restore;
    restore.userId = userId;
    if (!selected.isEmpty()) {
        restore.property = selected.first().property;
        restore.snapshotId = selected.first().id;
    }
    request.restore = restore;
    return true;
}

} // namespace

UserHistoryDialog::UserHistoryDialog(const AppContext &context, const User &user, QWidget *parent)
    : QDialog(parent)
    , m_context(context)
    , m_user(user)
    , m_model(new SnapshotModel(this))
    , m_table(new QTableView(this))
    , m_status(new QLabel(this))
    , m_restoreSelected(new QPushButton(tr("&Restore selected…"), this))
    , m_restoreAll(new QPushButton(tr("Restore the &whole user…"), this))
{
    setObjectName(QStringLiteral("userHistoryDialog"));
    setWindowTitle(tr("History of %1").arg(user.username));
    auto *layout = new QVBoxLayout(this);
    auto *intro = new QLabel(tr("The Microsoft 365 values clouddir overwrote for %1, newest first. Restoring writes "
                                "them back after you confirmed the plan.")
                                 .arg(user.username.toHtmlEscaped()),
                             this);
    intro->setWordWrap(true);
    layout->addWidget(intro);
    m_table->setObjectName(QStringLiteral("historyTable"));
    m_table->setAccessibleName(tr("Overwritten Microsoft 365 values"));
    m_table->setModel(m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection); // a restore writes back one snapshot or all
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->horizontalHeader()->setDefaultSectionSize(150);
    layout->addWidget(m_table, 1);
    m_status->setObjectName(QStringLiteral("historyStatus"));
    m_status->setWordWrap(true);
    layout->addWidget(m_status);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    m_restoreSelected->setObjectName(QStringLiteral("historyRestoreSelected"));
    m_restoreSelected->setToolTip(tr("Write the selected row's old value back to Microsoft 365."));
    m_restoreAll->setObjectName(QStringLiteral("historyRestoreAll"));
    m_restoreAll->setToolTip(
        tr("Write every overwritten value of this user back, for the selected row's integration."));
    buttons->addButton(m_restoreSelected, QDialogButtonBox::ActionRole);
    buttons->addButton(m_restoreAll, QDialogButtonBox::ActionRole);
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_restoreSelected, &QPushButton::clicked, this, &UserHistoryDialog::restoreSelected);
    connect(m_restoreAll, &QPushButton::clicked, this, &UserHistoryDialog::restoreAll);
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this, &UserHistoryDialog::updateButtons);
    connect(&m_loader, &QFutureWatcher<Result<History>>::finished, this, &UserHistoryDialog::onLoaded);
    resize(820, 460);
    updateButtons();
    reload();
}

UserHistoryDialog::~UserHistoryDialog()
{
    m_loader.waitForFinished();
}

void UserHistoryDialog::reload()
{
    if (m_loader.isRunning())
        return;
    m_status->setText(tr("Reading the history…"));
    const QString spec = m_context.store->spec();
    const QString userId = m_user.id;
    m_loader.setFuture(QtConcurrent::run([spec, userId]() -> Result<History> {
        Result<std::unique_ptr<Store>> store = Store::open(spec);
        if (!store)
            return store.error();
        Result<QList<Integration>> integrations = (*store)->integrations();
        if (!integrations)
            return integrations.error();
        History history;
        history.integrations = *integrations;
        for (const Integration &integration : std::as_const(*integrations)) {
            Result<QList<Snapshot>> snapshots = (*store)->outbox().snapshots(integration.id);
            if (!snapshots)
                return snapshots.error();
            for (Snapshot &snapshot : *snapshots) {
                if (snapshot.userId == userId)
                    history.snapshots.append(std::move(snapshot));
            }
        }
        return history;
    }));
}

void UserHistoryDialog::onLoaded()
{
    Result<History> history = m_loader.result();
    if (!history) {
        m_status->setText(tr("Cannot read the history: %1").arg(history.error().message));
        Q_EMIT loaded();
        return;
    }
    m_integrations = history->integrations;
    QHash<QString, QString> names;
    for (const Integration &integration : std::as_const(m_integrations))
        names.insert(integration.id, integration.name);
    m_model->setSnapshots(std::move(history->snapshots), names);
    m_status->setText(m_model->rowCount() == 0
                          ? tr("clouddir has not overwritten any Microsoft 365 value of this user.")
                          : tr("%n overwritten values.", nullptr, m_model->rowCount()));
    updateButtons();
    Q_EMIT loaded();
}

void UserHistoryDialog::updateButtons()
{
    const bool any = m_table->selectionModel()->hasSelection();
    m_restoreSelected->setEnabled(any);
    QSet<QString> integrations;
    for (int row = 0; row < m_model->rowCount(); ++row)
        integrations.insert(m_model->snapshot(row).integrationId);
    m_restoreAll->setEnabled(integrations.size() == 1 || any);
}

void UserHistoryDialog::restoreSelected()
{
    const QModelIndexList rows = m_table->selectionModel()->selectedRows();
    if (rows.isEmpty())
        return;
    QList<Snapshot> selected;
    for (const QModelIndex &index : rows)
        selected.append(m_model->snapshot(index.row()));
    restore(selected.first().integrationId, selected);
}

void UserHistoryDialog::restoreAll()
{
    const QModelIndexList rows = m_table->selectionModel()->selectedRows();
    const int row = rows.isEmpty() ? 0 : rows.first().row();
    if (m_model->rowCount() == 0)
        return;
    restore(m_model->snapshot(row).integrationId, {});
}

void UserHistoryDialog::restore(const QString &integrationId, const QList<Snapshot> &selected)
{
    const auto it = std::find_if(m_integrations.cbegin(), m_integrations.cend(),
                                 [&](const Integration &integration) { return integration.id == integrationId; });
    if (it == m_integrations.cend())
        return;
    const Integration integration = *it;
    GraphClient *client = IntegrationClients::clientFor(m_context, integration);
    if (!client) {
        m_status->setText(tr("Cannot restore through %1: it is not authorized. Authorize it on the Cloud Directories "
                             "page first.")
                              .arg(integration.name));
        return;
    }
    PlanRequest request;
    if (!fillRestore(request, m_user.id, selected)) {
        m_status->setText(tr("Select one row to restore its value, or use \"Restore the whole user…\" to write "
                             "back every value Microsoft 365 had before clouddir."));
        return;
    }
    const QString title =
        selected.isEmpty()
            ? tr("Restore %1 in %2").arg(m_user.username, integration.name)
            : tr("Restore %1 of %2 in %3").arg(selected.first().property, m_user.username, integration.name);
    auto *flow = new PlanFlow(client, m_context.store, integration, request, title, this);
    connect(flow, &PlanFlow::queued, this, [this, integrationId] { Q_EMIT restoreQueued(integrationId); });
    connect(flow, &PlanFlow::finished, this, [this](const QString &message, bool) {
        m_status->setText(message);
        reload();
    });
    m_restoreSelected->setEnabled(false);
    m_restoreAll->setEnabled(false);
    flow->start();
}
