#pragma once

#include "core/graph/BatchRequest.h"
#include "core/graph/BatchResponse.h"
#include "core/graph/GraphJob.h"

#include <QList>

// POST /v1.0/$batch with up to 20 requests (graph.md §2.7): either all parallel (no dependsOn) or one sequential
// chain (each request depends on the one before); the constructor's caller builds them so (see isValidBatch).
//
// The batch is sent once, never retried here: it carries writes (a create retried blindly could make the account
// twice), so the caller decides per request what to do with each inner answer, and treats a failed batch
// (hasError(): dropped connection, timeout, non-200 answer) as an unknown outcome for every request in it.
// A 401 is still answered by one token refresh (GraphJob), as nothing was executed.
// responses() is valid after a successful finished, in the order of the requests.
class BatchJob final : public GraphJob
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(BatchJob)

public:
    static constexpr int MaxRequests = 20;
    static constexpr const char *MissingResponseCode = "clouddir.MissingBatchResponse";

    BatchJob(GraphClient *client, QList<BatchRequest> requests, QObject *parent = nullptr);

    const QList<BatchRequest> &requests() const { return m_requests; }
    const QList<BatchResponse> &responses() const { return m_responses; }
    // The request-id of the $batch POST itself.
    const QString &batchRequestId() const { return m_batchRequestId; }

    // 1..20 requests with unique ids, and either no dependsOn at all or each one naming the request before it.
    static bool isValidBatch(const QList<BatchRequest> &requests);
    // The JSON body of the POST.
    static QByteArray body(const QList<BatchRequest> &requests);
    // Parses the batch answer into one BatchResponse per request, in request order.
    static QList<BatchResponse> parse(const QList<BatchRequest> &requests, const QByteArray &body, QString *error);

protected:
    void begin() override;
    void handleResponse(const Response &response) override;

private:
    QList<BatchRequest> m_requests;
    QList<BatchResponse> m_responses;
    QString m_batchRequestId;
};
