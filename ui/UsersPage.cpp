#include "ui/UsersPage.h"

#include "core/directory/Store.h"
#include "ui/UsersModel.h"

#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QSortFilterProxyModel>
#include <QTableView>
#include <QVBoxLayout>
#include <QtConcurrent>

UsersPage::UsersPage(Store *store, QWidget *parent)
    : QWidget(parent)
    , m_store(store)
    , m_model(new UsersModel(this))
    , m_proxy(new QSortFilterProxyModel(this))
    , m_search(new QLineEdit(this))
    , m_table(new QTableView(this))
    , m_countLabel(new QLabel(this))
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
    layout->addWidget(m_table, 1);

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
    Q_EMIT loaded();
}
