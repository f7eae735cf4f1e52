#include "ui/ImportModel.h"

#include "core/sync/ImportSession.h"

ImportModel::ImportModel(ImportSession *session, QObject *parent)
    : QAbstractTableModel(parent)
    , m_session(session)
{
    m_icons[int(ImportMatch::Kind::New)] = QIcon(QStringLiteral(":/icons/match-new.svg"));
    m_icons[int(ImportMatch::Kind::Matches)] = QIcon(QStringLiteral(":/icons/match-matches.svg"));
    m_icons[int(ImportMatch::Kind::Conflict)] = QIcon(QStringLiteral(":/icons/match-conflict.svg"));
    m_icons[int(ImportMatch::Kind::AlreadyBound)] = QIcon(QStringLiteral(":/icons/match-bound.svg"));
    connect(session, &ImportSession::totalKnown, this, &ImportModel::reserve);
    connect(session, &ImportSession::rowsAppended, this, &ImportModel::onRowsAppended);
    connect(session, &ImportSession::rowsChanged, this, &ImportModel::onRowsChanged);
    connect(session, &ImportSession::aboutToReset, this, &ImportModel::beginResetModel);
    connect(session, &ImportSession::reset, this, &ImportModel::onReset);
    if (session->matcher().rowCount() > 0)
        onRowsAppended(0, session->matcher().rowCount() - 1);
}

ImportModel::~ImportModel() = default;

int ImportModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : m_rowCount;
}

int ImportModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString ImportModel::matchLabel(int row) const
{
    const ImportMatch &match = m_session->matcher().match(row);
    switch (match.kind) {
    case ImportMatch::Kind::New:
        return tr("New");
    case ImportMatch::Kind::Matches:
        return tr("Matches %1").arg(match.username);
    case ImportMatch::Kind::Conflict:
        return tr("Conflict");
    case ImportMatch::Kind::AlreadyBound:
        return tr("Already bound");
    }
    return {};
}

QVariant ImportModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid) || !m_session)
        return {};
    const int row = index.row();
    if (role == Qt::DisplayRole) {
        return cellText(row, index.column());
    } else if (role == Qt::CheckStateRole && index.column() == DisplayName) {
        return m_checked.at(row) ? Qt::Checked : Qt::Unchecked;
    } else if (index.column() == Match) {
        const ImportMatch &match = m_session->matcher().match(row);
        if (role == Qt::DecorationRole)
            return m_icons[int(match.kind)];
        if (role == Qt::ToolTipRole) {
            switch (match.kind) {
            case ImportMatch::Kind::New:
                return tr("Importing creates the directory user %1.").arg(match.username);
            case ImportMatch::Kind::Matches:
                return tr("The directory user %1 has this address; nothing to import.").arg(match.username);
            case ImportMatch::Kind::Conflict:
                return match.reason;
            case ImportMatch::Kind::AlreadyBound:
                return tr("This account is already bound to a directory user.");
            }
        }
    }
    return {};
}

QString ImportModel::cellText(int row, int column) const
{
    const M365User &user = m_session->matcher().row(row);
    switch (column) {
    case DisplayName:
        return user.displayName;
    case UserPrincipalName:
        return user.userPrincipalName;
    case GivenName:
        return user.givenName;
    case Surname:
        return user.surname;
    case Mail:
        return user.mail;
    case JobTitle:
        return user.jobTitle;
    case Department:
        return user.department;
    case Match:
        return matchLabel(row);
    }
    return {};
}

const QString &ImportModel::sortKey(int row, int column) const
{
    QList<QString> &keys = m_sortKeys[column];
    if (keys.size() < m_rowCount) {
        keys.reserve(m_searchText.capacity());
        for (qsizetype r = keys.size(); r < m_rowCount; ++r)
            keys.append(cellText(int(r), column).toLower());
    }
    return keys.at(row);
}

void ImportModel::reserve(qint64 rows)
{
    const qsizetype capacity = qsizetype(std::min<qint64>(rows, 10'000'000));
    m_searchText.reserve(capacity);
    m_checked.reserve(capacity);
}

bool ImportModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (role != Qt::CheckStateRole || index.column() != DisplayName
        || !checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return false;
    setChecked({index.row()}, value.value<Qt::CheckState>() == Qt::Checked);
    return true;
}

Qt::ItemFlags ImportModel::flags(const QModelIndex &index) const
{
    Qt::ItemFlags flags = QAbstractTableModel::flags(index);
    if (index.isValid() && index.column() == DisplayName)
        flags |= Qt::ItemIsUserCheckable;
    return flags;
}

QVariant ImportModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case DisplayName:
        return tr("Display name");
    case UserPrincipalName:
        return tr("User principal name");
    case GivenName:
        return tr("First name");
    case Surname:
        return tr("Last name");
    case Mail:
        return tr("Email");
    case JobTitle:
        return tr("Job title");
    case Department:
        return tr("Department");
    case Match:
        return tr("Match");
    }
    return {};
}

void ImportModel::setChecked(const QList<int> &rows, bool checked)
{
    if (rows.isEmpty())
        return;
    int lowest = m_rowCount;
    int highest = -1;
    for (int row : rows) {
        if (row < 0 || row >= m_rowCount || m_checked.at(row) == checked)
            continue;
        m_checked[row] = checked;
        m_checkedCount += checked ? 1 : -1;
        lowest = std::min(lowest, row);
        highest = std::max(highest, row);
    }
    if (highest < 0)
        return;
    Q_EMIT dataChanged(index(lowest, DisplayName), index(highest, DisplayName), {Qt::CheckStateRole});
    Q_EMIT checkedCountChanged(m_checkedCount);
}

QList<int> ImportModel::checkedRows() const
{
    QList<int> rows;
    rows.reserve(m_checkedCount);
    for (int i = 0; i < m_rowCount; ++i) {
        if (m_checked.at(i))
            rows.append(i);
    }
    return rows;
}

QString ImportModel::searchTextFor(int row) const
{
    const M365User &user = m_session->matcher().row(row);
    const QChar sep(u'\x1f'); // a unit separator: a search term never spans two fields
    return QString(user.displayName + sep + user.userPrincipalName + sep + user.givenName + sep + user.surname + sep
                   + user.mail + sep + user.jobTitle + sep + user.department + sep + matchLabel(row))
        .toLower();
}

void ImportModel::onRowsAppended(int first, int last)
{
    beginInsertRows(QModelIndex(), first, last);
    m_rowCount = last + 1;
    m_checked.resize(m_rowCount, false);
    for (int row = first; row <= last; ++row)
        m_searchText.append(searchTextFor(row));
    endInsertRows();
}

void ImportModel::onRowsChanged(const QList<int> &rows)
{
    QList<QString> &matchKeys = m_sortKeys[Match];
    for (int row : rows) {
        if (row < m_rowCount)
            m_searchText[row] = searchTextFor(row);
        if (row < matchKeys.size())
            matchKeys[row] = matchLabel(row).toLower();
    }
    // One signal for the whole span: after an import every row may change, and per-row signals would crawl.
    if (!rows.isEmpty())
        Q_EMIT dataChanged(index(rows.first(), 0), index(std::min(rows.last(), m_rowCount - 1), ColumnCount - 1));
}

void ImportModel::onReset()
{
    m_rowCount = 0;
    m_checked.clear();
    m_searchText.clear();
    for (QList<QString> &keys : m_sortKeys)
        keys.clear();
    m_checkedCount = 0;
    endResetModel();
    Q_EMIT checkedCountChanged(0);
}
