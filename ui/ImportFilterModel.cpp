#include "ui/ImportFilterModel.h"

#include "ui/ImportModel.h"

ImportFilterModel::ImportFilterModel(ImportModel *source, QObject *parent)
    : QSortFilterProxyModel(parent)
    , m_source(source)
{
    setSourceModel(source);
    setSortCaseSensitivity(Qt::CaseInsensitive);
    setDynamicSortFilter(true);
}

void ImportFilterModel::setSearchText(const QString &text)
{
    if (text == m_text)
        return;
    m_text = text;
    m_terms = text.toLower().split(QLatin1Char(' '), Qt::SkipEmptyParts);
    invalidate();
}

QList<int> ImportFilterModel::visibleSourceRows() const
{
    QList<int> rows;
    const int count = rowCount();
    rows.reserve(count);
    for (int row = 0; row < count; ++row)
        rows.append(mapToSource(index(row, 0)).row());
    return rows;
}

bool ImportFilterModel::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    if (sourceParent.isValid())
        return false;
    if (m_terms.isEmpty())
        return true;
    const QString &text = m_source->searchText(sourceRow);
    for (const QString &term : m_terms) {
        if (!text.contains(term))
            return false;
    }
    return true;
}

bool ImportFilterModel::lessThan(const QModelIndex &left, const QModelIndex &right) const
{
    // Code-point order of the lower-cased text: stable and fast, not locale collation.
    const int c = m_source->sortKey(left.row(), left.column()).compare(m_source->sortKey(right.row(), right.column()));
    return c != 0 ? c < 0 : left.row() < right.row();
}
