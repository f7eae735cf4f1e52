#pragma once

#include "core/graph/GraphError.h"
#include "core/graph/RetryPolicy.h"

#include <QByteArray>
#include <QElapsedTimer>
#include <QList>
#include <QObject>
#include <QPair>
#include <QPointer>
#include <QTimer>
#include <QUrl>

#include <chrono>
#include <utility>

class GraphClient;
class QNetworkReply;

// Base of every Graph operation (STYLE §4). Owns what all requests share: URL building, the Authorization header
// (never logged), a fresh client-request-id per request, Accept, the per-attempt transfer timeout, retry with
// RetryPolicy (GET only), error parsing, cancellation and the one-result contract. Subclasses build their request
// in begin() and parse the payload in handleResponse().
//
// Contract (KJob's):
// - start() only schedules the work and returns; even an immediate failure arrives later via the event loop.
// - finished(job) is emitted exactly once per started job — except after kill(KillMode::Quietly), which emits
//   nothing. After finished (or a kill) the job deleteLater()s itself unless setAutoDelete(false).
// - kill(KillMode::EmitFinished) emits finished with a Cancelled error instead.
// - Destroying a running job disconnects and aborts its reply: no callback reaches a dead object.
// - Signals may be emitted into a slot that kills or deletes the job; the job checks for that after each emit.
// Thread affinity: the GraphClient's thread.
class GraphJob : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(GraphJob)

public:
    enum class KillMode { Quietly, EmitFinished };

    ~GraphJob() override;

    void start();
    void kill(KillMode mode = KillMode::Quietly);

    bool isFinished() const { return m_finished; }
    bool hasError() const { return m_error.isError(); }
    const GraphError &error() const { return m_error; }
    QString errorString() const { return m_error.toString(); }

    void setAutoDelete(bool autoDelete) { m_autoDelete = autoDelete; }
    bool isAutoDelete() const { return m_autoDelete; }

    // Attempts made for the most recent request (1 unless it was retried).
    int attempts() const { return m_attempt; }

Q_SIGNALS:
    void finished(GraphJob *job);

protected:
    struct Response
    {
        int httpStatus = 0;
        QByteArray body;
        QString requestId;
    };

    GraphJob(GraphClient *client, QObject *parent);

    // Called once from the event loop after start(); must eventually call get(), succeed() or fail().
    virtual void begin() = 0;
    // A 2xx answer to the request sent by get(). Must call get() again, succeed() or fail().
    virtual void handleResponse(const Response &response) = 0;

    GraphClient *client() const { return m_client; }
    // The client's base URL as it was when the job began: the only origin the token is sent to.
    QUrl origin() const { return m_origin; }
    bool isSameOrigin(const QUrl &url) const;
    // origin() + path + query (so only valid from begin() on); values are percent-encoded once here ('+' and '&'
    // included), keys are sent as given.
    QUrl graphUrl(const QString &path, const QList<QPair<QString, QString>> &query = {}) const;

    // Sent on every request of this job (e.g. ConsistencyLevel on every page, graph.md trap 7).
    void setRequestHeader(const QByteArray &name, const QByteArray &value);
    void setAccept(const QByteArray &accept) { m_accept = accept; }
    // Caps the attempts of this job's requests (e.g. 1 for a write whose retry the caller decides, as $batch).
    void setMaxAttempts(int attempts) { m_policy.setMaxAttempts(attempts); }
    // For messages: 1-based page the next get() fetches; 0 = not a paged job.
    void setPage(int page) { m_page = page; }
    int page() const { return m_page; }

    // Sends GET url (the URL is used verbatim: build it with QUrl::fromEncoded) with retries.
    void get(const QUrl &url);
    // Sends another verb (PATCH, POST, ...) with a JSON body; retried like GET, so only for idempotent writes
    // (e.g. PATCH /domains/{id} with absolute values).
    void send(const QByteArray &verb, const QUrl &url, const QByteArray &jsonBody);
    void succeed();
    // Fills in method, URL, page, attempts and ids, then finishes.
    void fail(GraphError error);

private:
    void run();
    void sendAttempt();
    void onReplyFinished(QNetworkReply *reply);
    void retryOrFail(GraphError error);
    void onUnauthorized(GraphError error);
    void abortReply();
    void emitFinished();

    GraphClient *m_client;
    RetryPolicy m_policy;
    QUrl m_origin;
    QByteArray m_accept = QByteArrayLiteral("application/json");
    QList<QPair<QByteArray, QByteArray>> m_headers;
    QPointer<QNetworkReply> m_reply;
    QTimer m_retryTimer;
    QElapsedTimer m_attemptClock;
    QUrl m_url;
    QByteArray m_verb = QByteArrayLiteral("GET");
    QByteArray m_body;
    QString m_clientRequestId;
    QString m_lastRequestId;
    GraphError m_error;
    std::chrono::milliseconds m_waited {0};
    int m_attempt = 0;
    int m_page = 0;
    bool m_started = false;
    bool m_finished = false;
    bool m_aborting = false;
    bool m_refreshed = false;
    bool m_autoDelete = true;
};
