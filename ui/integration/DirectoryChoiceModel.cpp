#include "ui/integration/DirectoryChoiceModel.h"

#include <algorithm>

DirectoryChoiceModel::DirectoryChoiceModel(QObject *parent)
    : QAbstractListModel(parent)
{ }

void DirectoryChoiceModel::setChoices(QList<Choice> choices)
{
    beginResetModel();
    m_choices = std::move(choices);
    m_checked = QList<bool>(m_choices.size(), false);
    m_checkedCount = 0;
    endResetModel();
    Q_EMIT checkedCountChanged(0);
}

void DirectoryChoiceModel::setChecked(const QList<int> &rows, bool checked)
{
    if (rows.isEmpty())
        return;
    int first = int(m_choices.size());
    int last = -1;
    for (int row : rows) {
        if (row < 0 || row >= m_checked.size() || m_checked.at(row) == checked)
            continue;
        m_checked[row] = checked;
        m_checkedCount += checked ? 1 : -1;
        first = std::min(first, row);
        last = std::max(last, row);
    }
    if (last < 0)
        return;
    Q_EMIT dataChanged(index(first), index(last), {Qt::CheckStateRole});
    Q_EMIT checkedCountChanged(m_checkedCount);
}

QStringList DirectoryChoiceModel::checkedIds(Kind kind) const
{
    QStringList ids;
    for (int row = 0; row < m_choices.size(); ++row) {
        if (m_checked.at(row) && m_choices.at(row).kind == kind)
            ids.append(m_choices.at(row).id);
    }
    return ids;
}

int DirectoryChoiceModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_choices.size());
}

QVariant DirectoryChoiceModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_choices.size())
        return {};
    const Choice &choice = m_choices.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        return choice.text;
    case Qt::CheckStateRole:
        return m_checked.at(index.row()) ? Qt::Checked : Qt::Unchecked;
    case Qt::ToolTipRole:
        return choice.kind == Kind::Group ? tr("Binding a group binds every member, now and later.") : QVariant();
    case IdRole:
        return choice.id;
    default:
        return {};
    }
}

bool DirectoryChoiceModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (!index.isValid() || role != Qt::CheckStateRole)
        return false;
    setChecked({index.row()}, value.toInt() == Qt::Checked);
    return true;
}

Qt::ItemFlags DirectoryChoiceModel::flags(const QModelIndex &index) const
{
    return index.isValid() ? Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemIsUserCheckable : Qt::NoItemFlags;
}
