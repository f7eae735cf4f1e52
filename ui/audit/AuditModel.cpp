#include "ui/audit/AuditModel.h"

#include "core/directory/AuditTable.h"
#include "core/directory/Store.h"

#include <QDateTime>
#include <QLocale>
#include <QtConcurrent>

AuditModel::AuditModel(const QString &storeSpec, QObject *parent)
    : QAbstractTableModel(parent)
    , m_spec(storeSpec)
{
    connect(&m_page, &QFutureWatcher<Page>::finished, this, &AuditModel::onPage);
}

AuditModel::~AuditModel()
{
    m_page.waitForFinished();
}

void AuditModel::setQuery(const AuditQuery &query)
{
    m_query = query;
    ++m_generation;
    beginResetModel();
    m_rows.clear();
    m_total = -1;
    endResetModel();
    if (m_busy) {
        m_pendingRestart = true; // the running page belongs to the old query: onPage drops it and starts again
        return;
    }
    startPage(0, true);
}

void AuditModel::startPage(int offset, bool withTotal)
{
    AuditQuery query = m_query;
    query.limit = PageSize;
    query.offset = offset;
    const QString spec = m_spec;
    const quint64 generation = m_generation;
    m_busy = true;
    m_page.setFuture(QtConcurrent::run([spec, query, generation, withTotal] {
        Page page;
        page.generation = generation;
        Result<std::unique_ptr<Store>> store = Store::open(spec);
        if (!store) {
            page.rows = store.error();
            return page;
        }
        page.rows = (*store)->audit().search(query);
        if (withTotal && page.rows) {
            Result<int> total = (*store)->audit().count(query);
            if (!total)
                page.rows = total.error();
            else
                page.total = *total;
        }
        return page;
    }));
}

void AuditModel::onPage()
{
    Page page = m_page.result();
    if (page.generation != m_generation) {
        m_busy = false;
        if (std::exchange(m_pendingRestart, false))
            startPage(0, true);
        return;
    }
    if (!page.rows) {
        m_busy = false;
        Q_EMIT pageLoaded(page.rows.error().message);
        return;
    }
    if (page.total >= 0)
        m_total = page.total;
    QList<AuditEntry> &rows = *page.rows;
    // Still busy while inserting: views ask canFetchMore() from inside the insert signals.
    if (!rows.isEmpty()) {
        beginInsertRows(QModelIndex(), int(m_rows.size()), int(m_rows.size() + rows.size() - 1));
        m_rows.append(std::move(rows));
        endInsertRows();
    }
    if (m_total < m_rows.size() || rows.isEmpty())
        m_total = int(m_rows.size()); // the log changed since the count was taken: no endless fetching
    m_busy = false;
    Q_EMIT pageLoaded(QString());
}

int AuditModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int AuditModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

bool AuditModel::canFetchMore(const QModelIndex &parent) const
{
    return !parent.isValid() && !m_busy && m_total > m_rows.size();
}

void AuditModel::fetchMore(const QModelIndex &parent)
{
    if (canFetchMore(parent))
        startPage(int(m_rows.size()), false);
}

QVariant AuditModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const AuditEntry &entry = m_rows.at(index.row());
    if (role == Qt::DisplayRole)
        return display(entry, index.column());
    if (role == Qt::ToolTipRole && (index.column() == Change || index.column() == Detail))
        return display(entry, index.column());
    return {};
}

QVariant AuditModel::display(const AuditEntry &entry, int column) const
{
    switch (column) {
    case When:
        return QLocale().toString(QDateTime::fromMSecsSinceEpoch(entry.at), QStringLiteral("yyyy-MM-dd HH:mm:ss"));
    case Who:
        return entry.actor;
    case Action:
        return entry.action;
    case User:
        return entry.username;
    case Property:
        return entry.property;
    case Change:
        if (entry.oldValue.isEmpty() && entry.newValue.isEmpty())
            return QString();
        return tr("%1 → %2").arg(entry.oldValue.isEmpty() ? tr("(none)") : entry.oldValue,
                                 entry.newValue.isEmpty() ? tr("(none)") : entry.newValue);
    case RequestId:
        return entry.requestId;
    case ResultColumn:
        return entry.result;
    case Detail:
        return entry.detail;
    }
    return {};
}

QVariant AuditModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case When:
        return tr("When");
    case Who:
        return tr("Who");
    case Action:
        return tr("What");
    case User:
        return tr("User");
    case Property:
        return tr("Property");
    case Change:
        return tr("Old → new");
    case RequestId:
        return tr("Request id");
    case ResultColumn:
        return tr("Result");
    case Detail:
        return tr("Detail");
    }
    return {};
}
