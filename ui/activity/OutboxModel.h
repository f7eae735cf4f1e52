#pragma once

#include "core/directory/OutboxEntry.h"

#include <QAbstractTableModel>
#include <QList>

// The outbox rows that need an admin's eye (retrying and failed) on the Activity page. Holds a copy; setEntries()
// swaps all rows in one reset.
class OutboxModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(OutboxModel)

public:
    enum Column { State, Operation, Account, Attempts, NextAttempt, GraphCode, LastError, RequestId, ColumnCount };

    explicit OutboxModel(QObject *parent = nullptr);

    void setEntries(QList<OutboxEntry> entries);
    const OutboxEntry &entry(int row) const { return m_entries.at(row); }
    // The row of the entry with this id, or -1.
    int rowOf(const QString &id) const;

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    // The outbox state as the page words it ("Retrying", "Failed", ...).
    static QString stateText(const QString &state);

private:
    QVariant display(const OutboxEntry &entry, int column) const;

    QList<OutboxEntry> m_entries;
};
