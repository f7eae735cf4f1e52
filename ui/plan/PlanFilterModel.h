#pragma once

#include "core/sync/PlanOperation.h"

#include <QSortFilterProxyModel>

#include <optional>

class PlanModel;

// Filters a plan by operation and by text (user, UPN, a changed property or value, the reason; case-insensitive).
// Like ImportFilterModel it re-filters in one layout change and reads the plan's fields directly.
class PlanFilterModel final : public QSortFilterProxyModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PlanFilterModel)

public:
    explicit PlanFilterModel(PlanModel *source, QObject *parent = nullptr);

    void setOperation(std::optional<PlanOperation::Op> op);
    void setSearchText(const QString &text);

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;

private:
    PlanModel *m_source;
    std::optional<PlanOperation::Op> m_op;
    QString m_text;
};
