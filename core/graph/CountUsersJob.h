#pragma once

#include "core/graph/GraphJob.h"

// GET /v1.0/users/$count[?$filter=...] with ConsistencyLevel: eventual (graph.md §2.1): Graph answers text/plain,
// a bare number. The count is eventually consistent: minutes-old after bulk changes.
class CountUsersJob final : public GraphJob
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CountUsersJob)

public:
    explicit CountUsersJob(GraphClient *client, QString filter = QString(), QObject *parent = nullptr);

    const QString &filter() const { return m_filter; }
    // Valid after finished without error; -1 before.
    qint64 count() const { return m_count; }

protected:
    void begin() override;
    void handleResponse(const Response &response) override;

private:
    QString m_filter;
    qint64 m_count = -1;
};
