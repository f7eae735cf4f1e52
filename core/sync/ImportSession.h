#pragma once

#include "core/sync/ImportMatcher.h"

#include <QElapsedTimer>
#include <QObject>
#include <QPointer>

class GraphClient;
class GraphJob;
class ListUsersJob;

// One run of the import preview: pages the tenant's enabled accounts out of Graph and matches each against the
// directory (cloud-directories.md §1.4, §2.2). Writes nothing anywhere; see UserImporter for the import itself.
//
// Signals, in order: totalKnown (at most once, from $count on page 1), then rowsAppended/rowsChanged per page, then
// exactly one of finished, failed or cancelled. start() may be called again after failed or cancelled (Retry): the
// rows already received are dropped and paging starts over.
// Thread affinity: the GraphClient's thread; each page is handled in a few milliseconds, so the GUI thread is fine.
class ImportSession final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ImportSession)

public:
    enum class State { Idle, Running, Finished, Failed, Cancelled };

    explicit ImportSession(GraphClient *client, QObject *parent = nullptr);
    ~ImportSession() override;

    // The directory to match against; may be called while running or after an import (matches are recomputed and
    // rowsChanged reports every row).
    void setDirectory(const QList<UserKey> &users, const QSet<QString> &boundM365Ids);

    void start();
    void cancel();

    State state() const { return m_state; }
    const ImportMatcher &matcher() const { return m_matcher; }
    // @odata.count of the listing, or -1 while unknown.
    qint64 totalCount() const { return m_total; }
    int pagesReceived() const { return m_pages; }
    qint64 elapsedMs() const { return m_clock.isValid() ? m_clock.elapsed() : 0; }
    QString errorString() const { return m_error; }

Q_SIGNALS:
    void totalKnown(qint64 total);
    void rowsAppended(int first, int last);
    void rowsChanged(const QList<int> &rows);
    // Retry drops the rows received so far: aboutToReset before, reset after (a model wraps them in a reset).
    void aboutToReset();
    void reset();
    void finished();
    void failed(const QString &message);
    void cancelled();

private:
    void onPage(const QList<QStringList> &rows);
    void onJobFinished(GraphJob *job);

    GraphClient *m_client;
    QPointer<ListUsersJob> m_job;
    ImportMatcher m_matcher;
    QElapsedTimer m_clock;
    QString m_error;
    qint64 m_total = -1;
    int m_pages = 0;
    State m_state = State::Idle;
};
