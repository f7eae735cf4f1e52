#include "ui/plan/PlanFilterModel.h"

#include "ui/plan/PlanModel.h"

PlanFilterModel::PlanFilterModel(PlanModel *source, QObject *parent)
    : QSortFilterProxyModel(parent)
    , m_source(source)
{
    setSourceModel(source);
    setSortCaseSensitivity(Qt::CaseInsensitive);
}

void PlanFilterModel::setOperation(std::optional<PlanOperation::Op> op)
{
    if (op == m_op)
        return;
    m_op = op;
    invalidate();
}

void PlanFilterModel::setSearchText(const QString &text)
{
    if (text.trimmed() == m_text)
        return;
    m_text = text.trimmed();
    invalidate();
}

bool PlanFilterModel::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    if (sourceParent.isValid())
        return false;
    const PlanOperation &operation = m_source->operation(sourceRow);
    if (m_op && operation.op != *m_op)
        return false;
    if (m_text.isEmpty())
        return true;
    const auto has = [this](const QString &field) { return field.contains(m_text, Qt::CaseInsensitive); };
    if (has(operation.username) || has(operation.upn) || has(operation.reason) || has(operation.message))
        return true;
    for (const PlanChange &change : operation.changes) {
        if (has(change.property) || has(change.oldValue.toString()) || has(change.newValue.toString()))
            return true;
    }
    return false;
}
