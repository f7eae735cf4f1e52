#pragma once

#include "core/graph/GraphJob.h"

#include <QJsonArray>
#include <QStringList>

#include <functional>

// GET /v1.0/users, walking every page (graph.md §2.1). Each page arrives as pageReceived(value) in order; finished
// follows the last page (no @odata.nextLink) or the first error. A failure after some pages leaves those pages
// delivered: treat the listing as incomplete.
//
// Paging rules: @odata.nextLink is followed verbatim (never rebuilt from $skiptoken) and only when it has the scheme,
// host and port the job started on — otherwise the job fails with ForeignNextLinkCode before anything is sent, so
// the token never leaves the Graph host. Every header (Authorization, ConsistencyLevel, ...) is sent on every page.
// An empty page with a nextLink is followed. Each page is parsed once; the QJsonArray shares that parse.
class ListUsersJob final : public GraphJob
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ListUsersJob)

public:
    struct Query
    {
        QStringList select; // $select; empty = Graph's default 11 properties (trap 5)
        QString filter;     // $filter, sent as written (percent-encoded once)
        QString expand;     // $expand, e.g. manager($select=id): one relationship inline, no request per user
        int top = 0;        // $top 1..999; 0 = Graph's default (100)
        bool count = false; // $count=true: totalCountKnown fires; implies ConsistencyLevel: eventual (trap 6)
        QList<QPair<QByteArray, QByteArray>> headers; // extra headers, e.g. {"ConsistencyLevel", "eventual"}
        // Deliver rowsReceived (one string per selected property, JsonPageScanner) instead of pageReceived: no
        // QJsonObject per user. Needs a non-empty select.
        bool stringRows = false;
    };

    explicit ListUsersJob(GraphClient *client, Query query, QObject *parent = nullptr);

    const Query &query() const { return m_query; }
    int pagesReceived() const { return m_pages; }
    qint64 usersReceived() const { return m_users; }
    // @odata.count of page 1, or -1 if not asked for or not sent.
    qint64 totalCount() const { return m_totalCount; }

Q_SIGNALS:
    void pageReceived(const QJsonArray &value);
    // With Query::stringRows: each user as the values of query().select, in that order (null = absent or null),
    // then, with Query::expand, the expanded relationship's JSON text (null when the user has none).
    void rowsReceived(const QList<QStringList> &rows);
    // At most once, before the first pageReceived, when page 1 carries @odata.count.
    void totalCountKnown(qint64 count);

protected:
    void begin() override;
    void handleResponse(const Response &response) override;

private:
    // Shared by both parsing paths once the page is parsed: count, nextLink check, delivery, next page.
    void deliver(qint64 count, const QString &nextLink, const std::function<void()> &emitPage, qsizetype users);
    void failProtocol(const char *code, const QString &message);

    Query m_query;
    int m_pages = 0;
    qint64 m_users = 0;
    qint64 m_totalCount = -1;
};
