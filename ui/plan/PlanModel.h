#pragma once

#include "core/sync/Plan.h"

#include <QAbstractTableModel>

// The operations of a Plan as a table: operation, user, UPN, old → new per attribute, and why. Cells are rendered
// when a view asks (only visible rows), so opening a plan of 100,000 users costs no more than showing a screenful.
class PlanModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PlanModel)

public:
    enum Column { Operation, User, Upn, Changes, Reason, ColumnCount };

    explicit PlanModel(Plan plan, QObject *parent = nullptr);

    const Plan &plan() const { return m_plan; }
    const PlanOperation &operation(int row) const { return m_plan.operations.at(row); }

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    // The operation's name as the admin reads it ("Create", "Take over", …).
    static QString opLabel(PlanOperation::Op op);
    // "givenName: Ana → Anna" per change, one per line; "(none)" for a null or absent value.
    static QString changesText(const PlanOperation &operation);

private:
    Plan m_plan;
};
