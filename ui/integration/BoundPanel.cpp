#include "ui/integration/BoundPanel.h"

#include "ui/integration/BoundUsersModel.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QSplitter>
#include <QTableView>
#include <QVBoxLayout>

BoundPanel::BoundPanel(QWidget *parent)
    : QWidget(parent)
    , m_status(new QLabel(this))
    , m_search(new QLineEdit(this))
    , m_model(new BoundUsersModel(this))
    , m_proxy(new QSortFilterProxyModel(this))
    , m_users(new QTableView(this))
    , m_groups(new QListWidget(this))
    , m_bind(new QPushButton(tr("Bind users or groups…"), this))
    , m_unbindUsers(new QPushButton(tr("&Unbind selected users…"), this))
    , m_unbindGroups(new QPushButton(tr("Unbind selected gr&oups…"), this))
{
    setObjectName(QStringLiteral("boundPanel"));
    m_status->setObjectName(QStringLiteral("boundStatus"));
    m_status->setWordWrap(true);
    m_search->setObjectName(QStringLiteral("boundSearch"));
    m_search->setPlaceholderText(tr("User, email or user principal name"));
    m_search->setClearButtonEnabled(true);
    m_proxy->setSourceModel(m_model);
    m_proxy->setFilterCaseSensitivity(Qt::CaseInsensitive);
    m_proxy->setFilterKeyColumn(-1);
    m_users->setObjectName(QStringLiteral("boundUsers"));
    m_users->setAccessibleName(tr("Bound users"));
    m_users->setModel(m_proxy);
    m_users->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_users->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_users->verticalHeader()->hide();
    m_users->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_users->horizontalHeader()->setStretchLastSection(true);
    m_users->horizontalHeader()->setDefaultSectionSize(160);
    m_users->horizontalHeader()->resizeSection(BoundUsersModel::Username, 110);
    m_users->setWordWrap(false);
    m_users->verticalHeader()->setDefaultSectionSize(m_users->fontMetrics().height() + 6);
    m_groups->setObjectName(QStringLiteral("boundGroups"));
    m_groups->setAccessibleName(tr("Bound groups"));
    m_groups->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_bind->setObjectName(QStringLiteral("boundBindButton"));
    m_unbindUsers->setObjectName(QStringLiteral("unbindUsersButton"));
    m_unbindUsers->setToolTip(tr("Suspends the users' Microsoft 365 accounts (never deletes them); the plan is shown "
                                 "first."));
    m_unbindGroups->setObjectName(QStringLiteral("unbindGroupsButton"));
    m_unbindGroups->setToolTip(tr("Members bound only through the group have their accounts suspended; the plan is "
                                  "shown first."));

    auto *layout = new QVBoxLayout(this);
    auto *searchRow = new QHBoxLayout;
    auto *searchLabel = new QLabel(tr("Searc&h:"), this);
    searchLabel->setBuddy(m_search);
    searchRow->addWidget(searchLabel);
    searchRow->addWidget(m_search, 1);
    layout->addLayout(searchRow);
    layout->addWidget(m_status);
    auto *splitter = new QSplitter(this);
    auto *usersBox = new QWidget(splitter);
    auto *usersLayout = new QVBoxLayout(usersBox);
    usersLayout->setContentsMargins(0, 0, 0, 0);
    auto *usersLabel = new QLabel(tr("Bound user&s:"), usersBox);
    usersLabel->setBuddy(m_users);
    usersLayout->addWidget(usersLabel);
    usersLayout->addWidget(m_users, 1);
    auto *groupsBox = new QWidget(splitter);
    auto *groupsLayout = new QVBoxLayout(groupsBox);
    groupsLayout->setContentsMargins(0, 0, 0, 0);
    auto *groupsLabel = new QLabel(tr("Bound g&roups:"), groupsBox);
    groupsLabel->setBuddy(m_groups);
    groupsLayout->addWidget(groupsLabel);
    groupsLayout->addWidget(m_groups, 1);
    splitter->addWidget(usersBox);
    splitter->addWidget(groupsBox);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 1);
    layout->addWidget(splitter, 1);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_bind);
    buttons->addStretch(1);
    buttons->addWidget(m_unbindUsers);
    buttons->addWidget(m_unbindGroups);
    layout->addLayout(buttons);

    connect(m_search, &QLineEdit::textChanged, m_proxy, &QSortFilterProxyModel::setFilterFixedString);
    connect(m_users->selectionModel(), &QItemSelectionModel::selectionChanged, this, &BoundPanel::updateButtons);
    connect(m_groups, &QListWidget::itemSelectionChanged, this, &BoundPanel::updateButtons);
    connect(m_bind, &QPushButton::clicked, this, &BoundPanel::bindRequested);
    connect(m_unbindUsers, &QPushButton::clicked, this, &BoundPanel::unbindSelectedUsers);
    connect(m_unbindGroups, &QPushButton::clicked, this, &BoundPanel::unbindSelectedGroups);
    updateButtons();
}

void BoundPanel::setLoading()
{
    m_status->setText(tr("Reading the bound users and groups…"));
}

void BoundPanel::setError(const QString &message)
{
    m_status->setText(tr("Cannot read the bound users: %1").arg(message));
}

void BoundPanel::setBound(const BoundDirectory &bound)
{
    m_bound = bound;
    m_model->setUsers(bound.users);
    m_groups->clear();
    for (const Group &group : bound.groups) {
        auto *item = new QListWidgetItem(group.name, m_groups);
        item->setData(Qt::UserRole, group.id);
        item->setToolTip(group.description);
    }
    int direct = 0;
    for (const BoundDirectory::BoundUser &user : bound.users)
        direct += user.direct ? 1 : 0;
    m_status->setText(
        tr("%n user(s) bound (%1 directly, %2 through groups); %3 group(s).", nullptr, int(bound.users.size()))
            .arg(direct)
            .arg(bound.users.size() - direct)
            .arg(bound.groups.size()));
    updateButtons();
}

void BoundPanel::selectUsers(const QStringList &usernames)
{
    m_users->clearSelection();
    QItemSelection selection;
    for (int row = 0; row < m_proxy->rowCount(); ++row) {
        const QModelIndex index = m_proxy->index(row, BoundUsersModel::Username);
        if (usernames.contains(index.data().toString()))
            selection.select(index, index);
    }
    m_users->selectionModel()->select(selection, QItemSelectionModel::Select | QItemSelectionModel::Rows);
}

void BoundPanel::unbindSelectedUsers()
{
    QStringList ids;
    int throughGroups = 0;
    for (const QModelIndex &index : m_users->selectionModel()->selectedRows()) {
        const BoundDirectory::BoundUser &user = m_model->user(m_proxy->mapToSource(index).row());
        if (user.direct)
            ids.append(user.key.id);
        else
            ++throughGroups;
    }
    if (throughGroups > 0)
        m_status->setText(tr("%n selected user(s) are bound only through a group: unbind the group or remove them "
                             "from it.",
                             nullptr, throughGroups));
    if (!ids.isEmpty())
        Q_EMIT unbindRequested(ids, {});
}

void BoundPanel::unbindSelectedGroups()
{
    QStringList ids;
    for (const QListWidgetItem *item : m_groups->selectedItems())
        ids.append(item->data(Qt::UserRole).toString());
    if (!ids.isEmpty())
        Q_EMIT unbindRequested({}, ids);
}

void BoundPanel::updateButtons()
{
    m_unbindUsers->setEnabled(m_users->selectionModel()->hasSelection());
    m_unbindGroups->setEnabled(!m_groups->selectedItems().isEmpty());
}
