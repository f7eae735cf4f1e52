#include "ui/integration/BindUsersDialog.h"

#include "core/directory/BindingTable.h"
#include "core/directory/GroupTable.h"
#include "core/directory/Store.h"

#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QHash>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QProgressBar>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QTimer>
#include <QVBoxLayout>
#include <QtConcurrent>

#include <algorithm>
#include <numeric>

namespace {

using Choice = DirectoryChoiceModel::Choice;
using Kind = DirectoryChoiceModel::Kind;

Result<QList<Choice>> groupChoices(Store &store, const QString &integrationId)
{
    Result<QList<Group>> groups = store.groups().all();
    if (!groups)
        return groups.error();
    Result<QStringList> bound = store.bindings().boundGroupIds(integrationId);
    if (!bound)
        return bound.error();
    QStringList ids;
    for (const Group &group : std::as_const(*groups))
        ids.append(group.id);
    Result<QList<std::pair<QString, QString>>> members = store.bindings().memberships(ids);
    if (!members)
        return members.error();
    QHash<QString, int> sizes;
    for (const auto &membership : std::as_const(*members))
        ++sizes[membership.first];
    QList<Choice> choices;
    for (const Group &group : std::as_const(*groups)) {
        const QString text =
            BindUsersDialog::tr("Group: %1 (%n member(s))", nullptr, sizes.value(group.id)).arg(group.name);
        const bool isBound = bound->contains(group.id);
        choices.append(
            {Kind::Group, group.id, isBound ? BindUsersDialog::tr("%1 — already bound").arg(text) : text, isBound});
    }
    return choices;
}

// On a worker thread: its own Store, the groups then the users ordered by username.
Result<QList<Choice>> loadChoices(const QString &spec, const QString &integrationId)
{
    Result<std::unique_ptr<Store>> opened = Store::open(spec);
    if (!opened)
        return opened.error();
    Store &store = **opened;
    Result<QList<Choice>> choices = groupChoices(store, integrationId);
    if (!choices)
        return choices;
    Result<QList<UserKey>> keys = store.userKeys();
    if (!keys)
        return keys.error();
    Result<QSet<QString>> bound = store.bindings().effectiveUserIds(integrationId);
    if (!bound)
        return bound.error();
    std::sort(keys->begin(), keys->end(), [](const UserKey &a, const UserKey &b) {
        return a.username.compare(b.username, Qt::CaseInsensitive) < 0;
    });
    choices->reserve(choices->size() + keys->size());
    for (const UserKey &key : std::as_const(*keys)) {
        const QString text =
            key.email.isEmpty() ? key.username : BindUsersDialog::tr("%1 <%2>").arg(key.username, key.email);
        const bool isBound = bound->contains(key.id);
        choices->append(
            {Kind::User, key.id, isBound ? BindUsersDialog::tr("%1 — already bound").arg(text) : text, isBound});
    }
    return choices;
}

} // namespace

BindUsersDialog::BindUsersDialog(const QString &storeSpec, const QString &integrationId, const QString &integrationName,
                                 QWidget *parent)
    : QDialog(parent)
    , m_model(new DirectoryChoiceModel(this))
    , m_proxy(new QSortFilterProxyModel(this))
    , m_view(new QListView(this))
    , m_search(new QLineEdit(this))
    , m_searchDelay(new QTimer(this))
    , m_progress(new QProgressBar(this))
    , m_status(new QLabel(this))
{
    setObjectName(QStringLiteral("bindUsersDialog"));
    setWindowTitle(tr("Bind users to %1").arg(integrationName));
    resize(560, 600);
    auto *layout = new QVBoxLayout(this);
    auto *intro = new QLabel(tr("Tick the directory groups and users whose Microsoft 365 accounts this integration "
                                "manages; a group binds its members. The next step shows every change before "
                                "anything is written."),
                             this);
    intro->setWordWrap(true);
    layout->addWidget(intro);
    auto *searchRow = new QHBoxLayout;
    auto *searchLabel = new QLabel(tr("&Search:"), this);
    m_search->setObjectName(QStringLiteral("bindSearch"));
    m_search->setPlaceholderText(tr("Group, username or email"));
    m_search->setClearButtonEnabled(true);
    searchLabel->setBuddy(m_search);
    searchRow->addWidget(searchLabel);
    searchRow->addWidget(m_search, 1);
    layout->addLayout(searchRow);

    m_proxy->setSourceModel(m_model);
    m_proxy->setFilterCaseSensitivity(Qt::CaseInsensitive);
    m_view->setObjectName(QStringLiteral("bindUserList"));
    m_view->setAccessibleName(tr("Directory groups and users"));
    m_view->setUniformItemSizes(true);
    m_view->setModel(m_proxy);
    layout->addWidget(m_view, 1);
    m_progress->setObjectName(QStringLiteral("bindProgress"));
    m_progress->setRange(0, 0);
    m_status->setObjectName(QStringLiteral("bindStatus"));
    m_status->setWordWrap(true);
    m_status->setText(tr("Reading the directory…"));
    layout->addWidget(m_progress);
    layout->addWidget(m_status);

    auto *buttons = new QDialogButtonBox(this);
    m_all = buttons->addButton(tr("Select &all shown"), QDialogButtonBox::ActionRole);
    m_all->setObjectName(QStringLiteral("bindSelectAll"));
    m_none = buttons->addButton(tr("Select n&one"), QDialogButtonBox::ActionRole);
    m_none->setObjectName(QStringLiteral("bindSelectNone"));
    m_ok = buttons->addButton(tr("&Plan binding…"), QDialogButtonBox::AcceptRole);
    m_ok->setObjectName(QStringLiteral("bindPlan"));
    buttons->addButton(QDialogButtonBox::Cancel)->setObjectName(QStringLiteral("bindCancel"));
    layout->addWidget(buttons);

    m_searchDelay->setSingleShot(true);
    m_searchDelay->setInterval(200);
    connect(m_search, &QLineEdit::textChanged, m_searchDelay, qOverload<>(&QTimer::start));
    connect(m_searchDelay, &QTimer::timeout, this, [this] { search(m_search->text()); });
    connect(m_all, &QPushButton::clicked, this, [this] { checkAllShown(true); });
    connect(m_none, &QPushButton::clicked, this, [this] { m_model->setChecked(allRows(), false); });
    connect(m_model, &DirectoryChoiceModel::checkedCountChanged, this, &BindUsersDialog::updateCount);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(&m_loader, &QFutureWatcher<Result<QList<Choice>>>::finished, this, &BindUsersDialog::onLoaded);
    for (QWidget *w : std::initializer_list<QWidget *> {m_all, m_none, m_ok})
        w->setEnabled(false);
    m_loader.setFuture(QtConcurrent::run(loadChoices, storeSpec, integrationId));
}

QStringList BindUsersDialog::selectedUserIds() const
{
    return m_model->checkedIds(Kind::User);
}

QStringList BindUsersDialog::selectedGroupIds() const
{
    return m_model->checkedIds(Kind::Group);
}

void BindUsersDialog::search(const QString &text)
{
    m_searchDelay->stop();
    m_proxy->setFilterFixedString(text);
}

void BindUsersDialog::checkAllShown(bool checked)
{
    QList<int> rows;
    rows.reserve(m_proxy->rowCount());
    for (int row = 0; row < m_proxy->rowCount(); ++row)
        rows.append(m_proxy->mapToSource(m_proxy->index(row, 0)).row());
    m_model->setChecked(rows, checked);
}

QList<int> BindUsersDialog::allRows() const
{
    QList<int> rows(m_model->rowCount());
    std::iota(rows.begin(), rows.end(), 0);
    return rows;
}

void BindUsersDialog::onLoaded()
{
    Result<QList<Choice>> choices = m_loader.future().takeResult();
    m_loaded = true;
    m_progress->hide();
    if (!choices) {
        m_status->setText(tr("Cannot read the directory: %1").arg(choices.error().message));
        Q_EMIT loaded();
        return;
    }
    m_model->setChoices(std::move(choices).value());
    m_all->setEnabled(true);
    m_none->setEnabled(true);
    updateCount();
    m_view->setFocus();
    if (m_model->rowCount() > 0)
        m_view->setCurrentIndex(m_proxy->index(0, 0));
    Q_EMIT loaded();
}

void BindUsersDialog::updateCount()
{
    const int groups = int(selectedGroupIds().size());
    m_status->setText(tr("%n entries; %1 user(s) and %2 group(s) ticked.", nullptr, m_model->rowCount())
                          .arg(m_model->checkedCount() - groups)
                          .arg(groups));
    m_ok->setEnabled(m_model->checkedCount() > 0);
}
