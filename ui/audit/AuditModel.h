#pragma once

#include "core/common/Result.h"
#include "core/directory/AuditEntry.h"

#include <QAbstractTableModel>
#include <QFutureWatcher>
#include <QList>

// The audit log as a lazy table, newest first: setQuery() reads the first page and the total on a worker thread,
// each fetchMore() the next page, appended as one insert. A generation counter drops pages of an older query.
// Each read opens its own Store on the worker (Qt Sql connections must not cross threads).
class AuditModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AuditModel)

public:
    enum Column { When, Who, Action, User, Property, Change, RequestId, ResultColumn, Detail, ColumnCount };
    static constexpr int PageSize = 200;

    explicit AuditModel(const QString &storeSpec, QObject *parent = nullptr);
    ~AuditModel() override;

    // Replaces the rows with the first page of this query (its limit and offset are ignored).
    void setQuery(const AuditQuery &query);
    const AuditQuery &query() const { return m_query; }
    // Rows the query selects in all (not only the ones fetched so far); -1 until the first page arrived.
    int total() const { return m_total; }
    bool isLoading() const { return m_busy; }
    const AuditEntry &entry(int row) const { return m_rows.at(row); }

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    bool canFetchMore(const QModelIndex &parent) const override;
    void fetchMore(const QModelIndex &parent) override;

Q_SIGNALS:
    // A page (the first one after setQuery, or a further one) arrived, or reading failed (error non-empty).
    void pageLoaded(const QString &error);

private:
    struct Page
    {
        quint64 generation = 0;
        Result<QList<AuditEntry>> rows = QList<AuditEntry>();
        int total = -1;
    };

    void startPage(int offset, bool withTotal);
    void onPage();
    QVariant display(const AuditEntry &entry, int column) const;

    QString m_spec;
    AuditQuery m_query;
    quint64 m_generation = 0;
    QList<AuditEntry> m_rows;
    int m_total = -1;
    QFutureWatcher<Page> m_page;
    bool m_pendingRestart = false;
    // A page is on its way: set by startPage, cleared when its finished signal is handled. QFutureWatcher's
    // isRunning() turns false before that signal arrives, so it cannot guard against starting a second page then.
    bool m_busy = false;
};
