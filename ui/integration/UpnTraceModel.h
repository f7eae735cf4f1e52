#pragma once

#include "core/sync/UpnTrace.h"

#include <QAbstractTableModel>

// The domain rule's trace for the bound users (cloud-directories.md §2.4): user, email, the resulting user principal
// name or none, the outcome and why. Collisions and users out of scope are marked; the explanation is also the
// tooltip of every cell of the row.
class UpnTraceModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(UpnTraceModel)

public:
    enum Column { Username, Email, Upn, Outcome, Explanation, ColumnCount };

    explicit UpnTraceModel(QObject *parent = nullptr);

    void setTrace(UpnTrace::Result trace);
    const UpnTrace::Result &trace() const { return m_trace; }
    // The row of a username, or -1.
    int rowOf(const QString &username) const;
    static QString outcomeText(UpnRule::Reason reason);

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    UpnTrace::Result m_trace;
};
