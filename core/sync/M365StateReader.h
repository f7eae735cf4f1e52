#pragma once

#include "core/sync/M365State.h"

#include <QObject>
#include <QPointer>

class GraphClient;
class ListUsersJob;

// Reads the tenant's accounts for the planner in one paged listing (graph.md §2.1): $select of the exported
// properties plus accountEnabled and onPremisesSyncEnabled, $expand=manager($select=id), $top=999 — one request per
// 999 accounts, never one per user. Rows are scanned without a QJsonObject per account (ListUsersJob::stringRows).
// Lives on the GraphClient's thread; emits finished once (check error()).
class M365StateReader final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(M365StateReader)

public:
    M365StateReader(GraphClient *client, const QStringList &properties, QObject *parent = nullptr);
    ~M365StateReader() override;

    void start();
    // Valid after finished without error.
    const M365State &state() const { return m_state; }
    // Empty when the listing succeeded.
    const QString &error() const { return m_error; }
    int pages() const { return m_pages; }

Q_SIGNALS:
    void progress(qint64 accounts);
    void finished();

private:
    GraphClient *m_client;
    QPointer<ListUsersJob> m_job;
    M365State m_state;
    QString m_error;
    int m_pages = 0;
};
