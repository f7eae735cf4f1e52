#include "ui/UsersPage.h"

#include "core/directory/Store.h"
#include "core/sync/UserEditor.h"
#include "ui/UsersModel.h"
#include "ui/history/UserHistoryDialog.h"
#include "ui/users/UserEditDialog.h"

#include <QAction>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QPointer>
#include <QPushButton>
#include <QSet>
#include <QSortFilterProxyModel>
#include <QTableView>
#include <QVBoxLayout>
#include <QtConcurrent>

UsersPage::UsersPage(const AppContext &context, QWidget *parent)
    : QWidget(parent)
    , m_context(context)
    , m_store(context.store)
    , m_model(new UsersModel(this))
    , m_proxy(new QSortFilterProxyModel(this))
    , m_search(new QLineEdit(this))
    , m_table(new QTableView(this))
    , m_countLabel(new QLabel(this))
    , m_editButton(new QPushButton(tr("&Edit…"), this))
    , m_historyButton(new QPushButton(tr("Hi&story…"), this))
{
    setObjectName(QStringLiteral("usersPage"));
    m_proxy->setSourceModel(m_model);
    m_proxy->setFilterCaseSensitivity(Qt::CaseInsensitive);
    m_proxy->setSortCaseSensitivity(Qt::CaseInsensitive);
    m_proxy->setFilterKeyColumn(-1);

    auto *layout = new QVBoxLayout(this);
    auto *title = new QLabel(tr("<h2>Users</h2>"), this);
    layout->addWidget(title);
    auto *searchRow = new QHBoxLayout;
    auto *searchLabel = new QLabel(tr("Searc&h:"), this);
    m_search->setObjectName(QStringLiteral("usersSearch"));
    m_search->setPlaceholderText(tr("Username, name or email"));
    m_search->setClearButtonEnabled(true);
    searchLabel->setBuddy(m_search);
    searchRow->addWidget(searchLabel);
    searchRow->addWidget(m_search, 1);
    m_countLabel->setObjectName(QStringLiteral("usersCount"));
    searchRow->addWidget(m_countLabel);
    layout->addLayout(searchRow);

    m_table->setObjectName(QStringLiteral("usersTable"));
    m_table->setAccessibleName(tr("Directory users"));
    m_table->setModel(m_proxy);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->horizontalHeader()->setDefaultSectionSize(180);
    m_table->setSortingEnabled(true);
    m_table->sortByColumn(UsersModel::Username, Qt::AscendingOrder);
    m_table->setContextMenuPolicy(Qt::CustomContextMenu);
    m_table->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    layout->addWidget(m_table, 1);
    layout->addWidget(buildButtons());

    connect(m_table, &QTableView::activated, this, &UsersPage::editSelected);
    connect(m_table, &QWidget::customContextMenuRequested, this, &UsersPage::showContextMenu);
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this, &UsersPage::updateButtons);
    connect(m_proxy, &QAbstractItemModel::modelReset, this, &UsersPage::updateButtons);
    connect(m_search, &QLineEdit::textChanged, m_proxy, &QSortFilterProxyModel::setFilterFixedString);
    connect(&m_loader, &QFutureWatcher<Result<QList<User>>>::finished, this, &UsersPage::onLoaded);
    reload();
}

UsersPage::~UsersPage()
{
    m_loader.waitForFinished();
}

void UsersPage::reload()
{
    if (m_loader.isRunning()) {
        m_reloadAgain = true; // the directory changed while loading: read it once more afterwards
        return;
    }
    m_countLabel->setText(tr("Loading users…"));
    const QString spec = m_store->spec();
    m_loader.setFuture(QtConcurrent::run([spec]() -> Result<QList<User>> {
        Result<std::unique_ptr<Store>> store = Store::open(spec);
        if (!store)
            return store.error();
        return store.value()->users();
    }));
}

void UsersPage::onLoaded()
{
    Result<QList<User>> users = m_loader.result();
    if (std::exchange(m_reloadAgain, false)) {
        reload();
        return;
    }
    if (!users) {
        m_countLabel->setText(tr("Cannot read the directory: %1").arg(users.error().message));
        Q_EMIT loaded();
        return;
    }
    m_model->setUsers(std::move(users).value());
    m_countLabel->setText(tr("%n users", nullptr, m_model->rowCount()));
    if (!m_selectAfterLoad.isEmpty())
        selectUser(std::exchange(m_selectAfterLoad, QString()));
    Q_EMIT loaded();
}

QWidget *UsersPage::buildButtons()
{
    auto *box = new QWidget(this);
    auto *row = new QHBoxLayout(box);
    row->setContentsMargins(0, 0, 0, 0);
    m_editButton->setObjectName(QStringLiteral("usersEdit"));
    m_editButton->setToolTip(tr("Change the selected user's attributes, manager, state or password (Return)."));
    m_historyButton->setObjectName(QStringLiteral("usersHistory"));
    m_historyButton->setToolTip(tr("The Microsoft 365 values clouddir overwrote for the selected user, with "
                                   "Restore (Ctrl+H)."));
    auto *historyShortcut = new QAction(this);
    historyShortcut->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_H));
    historyShortcut->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    addAction(historyShortcut);
    connect(historyShortcut, &QAction::triggered, this, &UsersPage::showHistoryOfSelected);
    row->addWidget(m_editButton);
    row->addWidget(m_historyButton);
    row->addStretch(1);
    connect(m_editButton, &QPushButton::clicked, this, &UsersPage::editSelected);
    connect(m_historyButton, &QPushButton::clicked, this, &UsersPage::showHistoryOfSelected);
    updateButtons();
    return box;
}

void UsersPage::updateButtons()
{
    const bool any = selectedUser() != nullptr;
    m_editButton->setEnabled(any);
    m_historyButton->setEnabled(any);
}

const User *UsersPage::selectedUser() const
{
    const QModelIndexList rows = m_table->selectionModel()->selectedRows();
    if (rows.isEmpty())
        return nullptr;
    return &m_model->user(m_proxy->mapToSource(rows.first()).row());
}

bool UsersPage::selectUser(const QString &username)
{
    for (int row = 0; row < m_proxy->rowCount(); ++row) {
        const QModelIndex index = m_proxy->index(row, UsersModel::Username);
        if (index.data().toString().compare(username, Qt::CaseInsensitive) == 0) {
            m_table->selectRow(row);
            m_table->scrollTo(index);
            return true;
        }
    }
    return false;
}

void UsersPage::showContextMenu(const QPoint &position)
{
    const QModelIndex index = m_table->indexAt(position);
    if (!index.isValid())
        return;
    m_table->selectRow(index.row());
    QMenu menu(this);
    menu.addAction(tr("&Edit…"), this, &UsersPage::editSelected);
    menu.addAction(tr("Hi&story…"), this, &UsersPage::showHistoryOfSelected);
    menu.exec(m_table->viewport()->mapToGlobal(position));
}

void UsersPage::editSelected()
{
    const User *user = selectedUser();
    if (!user)
        return;
    auto *dialog = new UserEditDialog(*user, m_model->users(), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setSaver(
        [this, dialog](const User &edited, const Secret &password) { saveUser(dialog, edited, password); });
    dialog->open();
}

void UsersPage::showHistoryOfSelected()
{
    const User *user = selectedUser();
    if (!user)
        return;
    auto *dialog = new UserHistoryDialog(m_context, *user, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &UserHistoryDialog::restoreQueued, this, &UsersPage::changesQueued);
    dialog->open();
}

void UsersPage::saveUser(UserEditDialog *dialog, const User &user, const Secret &password)
{
    if (!password.isEmpty() && !m_context.passwords) {
        dialog->saveFinished(tr("Setting a password needs the system keychain, which this session does not use "
                                "(for example --sandbox): leave the password fields empty."));
        return;
    }
    // On a worker with its own Store: UserEditor writes the password through PasswordStore's blocking calls, which
    // hand the keychain job to this (GUI) thread and must never run on it.
    const QString spec = m_store->spec();
    PasswordStore *passwords = password.isEmpty() ? nullptr : m_context.passwords;
    auto *watcher = new QFutureWatcher<Result<UserEditResult>>(this);
    const QPointer<UserEditDialog> target(dialog);
    const QString username = user.username;
    connect(watcher, &QFutureWatcher<Result<UserEditResult>>::finished, this, [this, watcher, target, username] {
        watcher->deleteLater();
        onSaved(target, username, watcher->result());
    });
    watcher->setFuture(QtConcurrent::run([spec, user, password, passwords]() -> Result<UserEditResult> {
        Result<std::unique_ptr<Store>> store = Store::open(spec);
        if (!store)
            return store.error();
        UserEditor editor(**store, QString(), passwords); // audit: each integration's signed-in admin
        return editor.save(user, password.isEmpty() ? std::nullopt : std::optional<Secret>(password));
    }));
}

void UsersPage::onSaved(UserEditDialog *dialog, const QString &username, const Result<UserEditResult> &saved)
{
    if (!saved) {
        if (dialog)
            dialog->saveFinished(tr("Cannot save %1: %2").arg(username, saved.error().message));
        return;
    }
    if (dialog)
        dialog->saveFinished(QString());
    m_selectAfterLoad = username;
    reload();
    const int queued = int(saved->queued.size());
    QString status = queued == 0 ? tr("Saved %1; nothing to send to Microsoft 365.").arg(username)
                                 : tr("Saved %1; %n changes queued for Microsoft 365.", nullptr, queued).arg(username);
    if (!saved->notes.isEmpty())
        status += QLatin1Char(' ') + saved->notes.join(QLatin1Char(' '));
    Q_EMIT statusMessage(status);
    QSet<QString> integrations;
    for (const OutboxEntry &entry : std::as_const(saved->queued))
        integrations.insert(entry.integrationId);
    for (const QString &integrationId : std::as_const(integrations))
        Q_EMIT changesQueued(integrationId);
}
