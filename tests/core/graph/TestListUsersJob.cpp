#include "core/graph/CountUsersJob.h"
#include "core/graph/GraphClient.h"
#include "core/graph/ListUsersJob.h"
#include "core/graph/StaticTokenProvider.h"
#include "tests/graphsim/GraphSim.h"

#include <QJsonObject>
#include <QLoggingCategory>
#include <QNetworkAccessManager>
#include <QNetworkRequest>
#include <QSet>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTest>
#include <QTimer>

#include <memory>

using namespace Qt::StringLiterals;
using namespace std::chrono_literals;

namespace {

constexpr int WaitMs = 20000;
const QString s_usersPath = u"^/v1\\.0/users$"_s;

// A real QNAM that remembers every request it was asked to send, before any DNS lookup or connection: the test
// sees exactly which URLs and headers left the client.
class RecordingNam : public QNetworkAccessManager
{
public:
    using QNetworkAccessManager::QNetworkAccessManager;
    QList<QNetworkRequest> requests;

protected:
    QNetworkReply *createRequest(Operation op, const QNetworkRequest &request, QIODevice *data) override
    {
        requests.append(request);
        return QNetworkAccessManager::createRequest(op, request, data);
    }
};

// A provider with a refresh seam, like the OAuth one to come: refresh() swaps in the next token asynchronously.
class RefreshingTokens final : public AccessTokenProvider
{
public:
    QByteArray current = QByteArrayLiteral("old");
    QByteArray next = QByteArrayLiteral("new");
    bool refreshSucceeds = true;
    int refreshes = 0;

    Secret accessToken() const override { return Secret(current); }
    bool canRefresh() const override { return true; }
    void refresh(QObject *context, std::function<void(bool)> done) override
    {
        ++refreshes;
        QTimer::singleShot(0, context, [this, done] {
            if (refreshSucceeds) {
                current = next;
            }
            done(refreshSucceeds);
        });
    }
};

QStringList s_log;
QtMessageHandler s_previousHandler = nullptr;

void captureMessage(QtMsgType type, const QMessageLogContext &context, const QString &message)
{
    s_log.append(message);
    Q_UNUSED(type)
    Q_UNUSED(context)
}

} // namespace

class TestListUsersJob : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<GraphSim> m_sim;
    std::unique_ptr<RecordingNam> m_nam;
    std::unique_ptr<StaticTokenProvider> m_tokens;
    std::unique_ptr<GraphClient> m_client;

    // Starts the job and waits for its one finished signal; returns false if it never came or came twice.
    bool run(GraphJob *job)
    {
        QSignalSpy finished(job, &GraphJob::finished);
        job->start();
        if (finished.count() != 0) {
            return false; // start() must only schedule
        }
        if (!finished.wait(WaitMs)) {
            return false;
        }
        QCoreApplication::processEvents();
        return finished.count() == 1;
    }

    void useRetries(int maxAttempts)
    {
        RetryPolicy policy;
        policy.setMaxAttempts(maxAttempts);
        policy.setTimeScale(0.001); // "1 s" Retry-After = 1 ms
        policy.setSeed(1);
        m_client->setRetryPolicy(policy);
    }

    // Jobs stay alive after finished (children of the client) so the test can read them; the auto-delete
    // contract has its own tests.
    ListUsersJob *listJob(int top = 999, bool count = false, bool autoDelete = false)
    {
        ListUsersJob::Query query;
        query.select = QStringList {u"id"_s, u"displayName"_s, u"userPrincipalName"_s, u"accountEnabled"_s};
        query.top = top;
        query.count = count;
        ListUsersJob *job = m_client->listUsers(query);
        job->setAutoDelete(autoDelete);
        return job;
    }

    static QSet<QString> ids(const QSignalSpy &pages)
    {
        QSet<QString> result;
        for (const QList<QVariant> &args : pages) {
            const QJsonArray value = args.at(0).toJsonArray();
            for (const QJsonValue &user : value) {
                result.insert(user.toObject().value(u"id"_s).toString());
            }
        }
        return result;
    }

    static qsizetype rows(const QSignalSpy &pages)
    {
        qsizetype n = 0;
        for (const QList<QVariant> &args : pages) {
            n += args.at(0).toJsonArray().size();
        }
        return n;
    }

private Q_SLOTS:
    void init()
    {
        QTest::failOnWarning(QRegularExpression(u".*"_s));
        m_sim = std::make_unique<GraphSim>();
        m_sim->generateUsers(2500);
        m_sim->setAcceptedTokens({u"t"_s});
        QVERIFY(m_sim->listen() != 0);
        m_nam = std::make_unique<RecordingNam>();
        m_tokens = std::make_unique<StaticTokenProvider>(Secret(QByteArrayLiteral("t")));
        m_client = std::make_unique<GraphClient>(m_nam.get(), m_tokens.get());
        m_client->setBaseUrl(m_sim->baseUrl());
        m_client->setTransferTimeout(10000);
        useRetries(6);
    }

    void cleanup()
    {
        m_client.reset();
        m_nam.reset();
        m_sim.reset();
    }

    void walksAllPages_data()
    {
        QTest::addColumn<int>("users");
        QTest::addColumn<int>("top");
        QTest::addColumn<int>("expectedRequests");

        QTest::newRow("2500 at 999") << 2500 << 999 << 3;
        QTest::newRow("2500 at default 100") << 2500 << 0 << 25;
        QTest::newRow("5 at 3") << 5 << 3 << 2;
        QTest::newRow("empty tenant") << 0 << 999 << 1;
        QTest::newRow("100000 at 999") << 100000 << 999 << 101;
    }

    void walksAllPages()
    {
        QFETCH(int, users);
        QFETCH(int, top);
        QFETCH(int, expectedRequests);
        m_sim->generateUsers(users);

        ListUsersJob *job = listJob(top);
        QSignalSpy pages(job, &ListUsersJob::pageReceived);
        QSignalSpy count(job, &ListUsersJob::totalCountKnown);
        QSignalSpy destroyed(job, &QObject::destroyed);
        QVERIFY(run(job));
        QVERIFY2(!job->hasError(), qPrintable(job->errorString()));
        QCOMPARE(job->pagesReceived(), expectedRequests);
        QCOMPARE(job->usersReceived(), qint64(users));
        QCOMPARE(pages.count(), expectedRequests);
        QCOMPARE(rows(pages), users);
        QCOMPARE(ids(pages).size(), users); // no row twice
        QCOMPARE(count.count(), 0);         // not asked for
        QCOMPARE(m_sim->countRequests(u"GET"_s, s_usersPath), expectedRequests);
        QCOMPARE(destroyed.count(), 0); // auto-delete is off for this test
    }

    void finishesOnceThenDeletesItself()
    {
        ListUsersJob *job = listJob(999, false, true);
        QSignalSpy finished(job, &GraphJob::finished);
        QSignalSpy destroyed(job, &QObject::destroyed);
        bool succeeded = false;
        connect(job, &GraphJob::finished, this, [&succeeded](GraphJob *j) { succeeded = !j->hasError(); });
        job->start();
        QCOMPARE(finished.count(), 0); // start() only schedules
        QVERIFY(destroyed.wait(WaitMs));
        QCOMPARE(finished.count(), 1);
        QVERIFY(succeeded);
        QCOMPARE(qvariant_cast<GraphJob *>(finished.first().first()), static_cast<GraphJob *>(job));
    }

    void resendsHeadersOnEveryPageAndCountsOnce()
    {
        ListUsersJob *job = listJob(999, true);
        QSignalSpy pages(job, &ListUsersJob::pageReceived);
        QSignalSpy count(job, &ListUsersJob::totalCountKnown);
        QVERIFY(run(job));
        QVERIFY2(!job->hasError(), qPrintable(job->errorString()));
        QCOMPARE(rows(pages), 2500);
        QCOMPARE(count.count(), 1);
        QCOMPARE(count.first().first().toLongLong(), 2500);

        QCOMPARE(m_nam->requests.size(), 3);
        QSet<QByteArray> clientRequestIds;
        for (const QNetworkRequest &request : std::as_const(m_nam->requests)) {
            QCOMPARE(request.rawHeader("Authorization"), QByteArrayLiteral("Bearer t"));
            QCOMPARE(request.rawHeader("ConsistencyLevel"), QByteArrayLiteral("eventual"));
            QCOMPARE(request.rawHeader("Accept"), QByteArrayLiteral("application/json"));
            QCOMPARE(request.url().host(), m_sim->baseUrl().host());
            clientRequestIds.insert(request.rawHeader("client-request-id"));
        }
        QCOMPARE(clientRequestIds.size(), 3); // a fresh uuid per request
        QVERIFY(m_nam->requests.at(1).url().query(QUrl::FullyEncoded).contains(u"$skiptoken="_s));
    }

    void encodesTheFilterOnce()
    {
        qsizetype enabled = 0;
        const QList<QJsonObject> users = m_sim->users();
        for (const QJsonObject &user : users) {
            enabled += user.value(u"accountEnabled"_s).toBool() ? 1 : 0;
        }
        QVERIFY(enabled > 0 && enabled < 2500);
        ListUsersJob::Query query;
        query.filter = u"accountEnabled eq true"_s;
        query.top = 999;
        ListUsersJob *job = m_client->listUsers(query);
        job->setAutoDelete(false);
        QSignalSpy pages(job, &ListUsersJob::pageReceived);
        QVERIFY(run(job));
        QVERIFY2(!job->hasError(), qPrintable(job->errorString()));
        QCOMPARE(rows(pages), enabled);
        QVERIFY(m_nam->requests.first().url().toEncoded().contains("$filter=accountEnabled%20eq%20true"));
    }

    void retriesTransientFailuresThenSucceeds_data()
    {
        QTest::addColumn<int>("status");
        QTest::addColumn<int>("retryAfter");
        QTest::addColumn<int>("failures");

        QTest::newRow("429 Retry-After 1") << 429 << 1 << 2;
        QTest::newRow("429 Retry-After 0") << 429 << 0 << 1;
        QTest::newRow("503 no Retry-After") << 503 << -1 << 1;
        QTest::newRow("504 no Retry-After") << 504 << -1 << 3;
    }

    void retriesTransientFailuresThenSucceeds()
    {
        QFETCH(int, status);
        QFETCH(int, retryAfter);
        QFETCH(int, failures);
        GraphSimFault fault;
        fault.method = u"GET"_s;
        fault.pathPattern = s_usersPath;
        fault.status = status;
        fault.retryAfter = retryAfter;
        fault.count = failures;
        m_sim->addFault(fault);

        ListUsersJob *job = listJob();
        QSignalSpy pages(job, &ListUsersJob::pageReceived);
        QVERIFY(run(job));
        QVERIFY2(!job->hasError(), qPrintable(job->errorString()));
        QCOMPARE(rows(pages), 2500);
        QCOMPARE(m_sim->countRequests(u"GET"_s, s_usersPath), 3 + failures);
        QCOMPARE(m_nam->requests.at(0).rawHeader("Retry-Attempt"), QByteArray());
        QCOMPARE(m_nam->requests.at(failures).rawHeader("Retry-Attempt"), QByteArray::number(failures));
    }

    void failsWhenThrottledBeyondBudget()
    {
        useRetries(4);
        GraphSimFault fault;
        fault.pathPattern = s_usersPath;
        fault.status = 429;
        fault.retryAfter = 1;
        fault.count = -1;
        m_sim->addFault(fault);

        ListUsersJob *job = listJob();
        QVERIFY(run(job));
        const GraphError &e = job->error();
        QCOMPARE(e.kind, GraphError::Kind::Http);
        QCOMPARE(e.httpStatus, 429);
        QCOMPARE(e.attempts, 4);
        QVERIFY(!e.requestId.isEmpty());
        QCOMPARE(m_sim->countRequests(u"GET"_s, s_usersPath), 4);
        const QString line = job->errorString();
        QVERIFY2(line.contains(u"4 attempt"_s) && line.contains(e.requestId) && line.contains(u"HTTP 429"_s),
                 qPrintable(line));
    }

    void failsFastOnHttpErrors_data()
    {
        QTest::addColumn<int>("status");
        QTest::addColumn<QString>("code");
        QTest::addColumn<QString>("phrase");

        QTest::newRow("401") << 401 << u"InvalidAuthenticationToken"_s << u"access token was rejected"_s;
        QTest::newRow("403") << 403 << u"Authorization_RequestDenied"_s << u"User.Read.All"_s;
    }

    void failsFastOnHttpErrors()
    {
        QFETCH(int, status);
        QFETCH(QString, code);
        QFETCH(QString, phrase);
        GraphSimFault fault;
        fault.pathPattern = s_usersPath;
        fault.status = status;
        m_sim->addFault(fault);

        ListUsersJob *job = listJob();
        QSignalSpy pages(job, &ListUsersJob::pageReceived);
        QVERIFY(run(job));
        QCOMPARE(job->error().kind, GraphError::Kind::Http);
        QCOMPARE(job->error().httpStatus, status);
        QCOMPARE(job->error().code, code);
        QCOMPARE(job->error().attempts, 1);
        QCOMPARE(pages.count(), 0);
        QCOMPARE(m_sim->countRequests(u"GET"_s, s_usersPath), 1);
        QVERIFY2(job->errorString().contains(phrase), qPrintable(job->errorString()));
        QVERIFY2(job->errorString().contains(job->error().requestId), qPrintable(job->errorString()));
    }

    void rejectedTokenIsUnauthorized()
    {
        m_tokens->setAccessToken(Secret(QByteArrayLiteral("wrong")));
        ListUsersJob *job = listJob();
        QVERIFY(run(job));
        QCOMPARE(job->error().httpStatus, 401);
        QCOMPARE(job->error().code, u"InvalidAuthenticationToken"_s);
    }

    void refreshesTheTokenOnceOn401_data()
    {
        QTest::addColumn<QString>("acceptedToken");
        QTest::addColumn<bool>("refreshSucceeds");
        QTest::addColumn<bool>("succeeds");
        QTest::addColumn<int>("requests");

        QTest::newRow("refresh fixes it") << u"new"_s << true << true << 4;
        QTest::newRow("refresh fails") << u"new"_s << false << false << 1;
        QTest::newRow("new token rejected too") << u"other"_s << true << false << 2;
    }

    void refreshesTheTokenOnceOn401()
    {
        QFETCH(QString, acceptedToken);
        QFETCH(bool, refreshSucceeds);
        QFETCH(bool, succeeds);
        QFETCH(int, requests);
        RefreshingTokens tokens;
        tokens.refreshSucceeds = refreshSucceeds;
        m_sim->setAcceptedTokens({acceptedToken});
        GraphClient client(m_nam.get(), &tokens);
        client.setBaseUrl(m_sim->baseUrl());
        ListUsersJob::Query query;
        query.top = 999;
        ListUsersJob *job = client.listUsers(query);
        job->setAutoDelete(false);
        QVERIFY(run(job));
        QCOMPARE(tokens.refreshes, 1);
        QCOMPARE(!job->hasError(), succeeds);
        if (!succeeds) {
            QCOMPARE(job->error().httpStatus, 401);
        }
        QCOMPARE(m_sim->countRequests(u"GET"_s, s_usersPath), requests);
        QCOMPARE(m_nam->requests.last().rawHeader("Authorization"),
                 QByteArrayLiteral("Bearer ") + (refreshSucceeds ? tokens.next : QByteArrayLiteral("old")));
    }

    void namesTheUrlWhenTheConnectionIsRefused()
    {
        QTcpServer probe;
        QVERIFY(probe.listen(QHostAddress::LocalHost));
        const quint16 port = probe.serverPort();
        probe.close(); // nothing listens there now
        const QUrl base(u"http://127.0.0.1:%1"_s.arg(port));
        m_client->setBaseUrl(base);

        ListUsersJob *job = listJob();
        QVERIFY(run(job));
        QCOMPARE(job->error().kind, GraphError::Kind::Network);
        QCOMPARE(job->error().networkError, QNetworkReply::ConnectionRefusedError);
        QCOMPARE(job->error().attempts, 1); // a wrong URL does not heal by retrying
        QVERIFY2(job->errorString().contains(base.toString()), qPrintable(job->errorString()));
    }

    void droppedConnectionMidPage_data()
    {
        QTest::addColumn<int>("drops");
        QTest::addColumn<bool>("recovers");

        QTest::newRow("once, recovers") << 1 << true;
        QTest::newRow("always, gives up") << -1 << false;
    }

    void droppedConnectionMidPage()
    {
        QFETCH(int, drops);
        QFETCH(bool, recovers);
        useRetries(3);
        ListUsersJob *job = listJob();
        QSignalSpy pages(job, &ListUsersJob::pageReceived);
        // Break page 2 (and later) only: the fault is armed once page 1 has arrived.
        connect(job, &ListUsersJob::pageReceived, this, [this, drops, job] {
            if (job->pagesReceived() == 1) {
                GraphSimFault fault;
                fault.pathPattern = s_usersPath;
                fault.kind = GraphSimFault::Kind::DropConnection;
                fault.count = drops;
                m_sim->addFault(fault);
            }
        });
        QVERIFY(run(job));
        if (recovers) {
            QVERIFY2(!job->hasError(), qPrintable(job->errorString()));
            QCOMPARE(rows(pages), 2500);
            QCOMPARE(m_sim->countRequests(u"GET"_s, s_usersPath), 4);
            return;
        }
        QVERIFY2(job->error().kind == GraphError::Kind::Network, qPrintable(job->errorString()));
        QCOMPARE(job->error().networkError, QNetworkReply::RemoteHostClosedError);
        QCOMPARE(job->error().page, 2);
        QCOMPARE(job->error().attempts, 3);
        QCOMPARE(pages.count(), 1);
        QVERIFY2(job->errorString().contains(u"page 2"_s) && job->errorString().contains(u"3 attempt"_s),
                 qPrintable(job->errorString()));
    }

    void rejectsBadPages_data()
    {
        QTest::addColumn<GraphSimFault::Kind>("kind");
        QTest::addColumn<QString>("code");
        QTest::addColumn<QString>("phrase");

        QTest::newRow("malformed JSON") << GraphSimFault::Kind::MalformedJson
                                        << QString::fromLatin1(GraphError::InvalidJsonCode) << u"offset"_s;
        QTest::newRow("no value") << GraphSimFault::Kind::MissingValue
                                  << QString::fromLatin1(GraphError::MissingValueCode) << u"\"value\""_s;
    }

    void rejectsBadPages()
    {
        QFETCH(GraphSimFault::Kind, kind);
        QFETCH(QString, code);
        QFETCH(QString, phrase);
        GraphSimFault fault;
        fault.pathPattern = s_usersPath;
        fault.kind = kind;
        m_sim->addFault(fault);

        ListUsersJob *job = listJob();
        QSignalSpy pages(job, &ListUsersJob::pageReceived);
        QVERIFY(run(job));
        QCOMPARE(job->error().kind, GraphError::Kind::Protocol);
        QCOMPARE(job->error().code, code);
        QCOMPARE(job->error().page, 1);
        QCOMPARE(pages.count(), 0);
        QCOMPARE(m_sim->countRequests(u"GET"_s, s_usersPath), 1); // not retried: the same answer would come back
        const QString line = job->errorString();
        QVERIFY2(line.contains(phrase) && line.contains(u"page 1"_s), qPrintable(line));
    }

    void refusesForeignNextLinkBeforeSending()
    {
        GraphSimFault fault;
        fault.pathPattern = s_usersPath;
        fault.kind = GraphSimFault::Kind::ForeignNextLink;
        m_sim->addFault(fault);

        ListUsersJob *job = listJob();
        QSignalSpy pages(job, &ListUsersJob::pageReceived);
        QVERIFY(run(job));
        QCOMPARE(job->error().kind, GraphError::Kind::Protocol);
        QCOMPARE(job->error().code, QString::fromLatin1(GraphError::ForeignNextLinkCode));
        QCOMPARE(job->error().refusedUrl.host(), u"evil.example.invalid"_s);
        QCOMPARE(pages.count(), 0);
        // Nothing was even handed to the network stack for the foreign host: no DNS lookup, no token.
        QCOMPARE(m_nam->requests.size(), 1);
        QCOMPARE(m_nam->requests.first().url().host(), m_sim->baseUrl().host());
        QVERIFY2(job->errorString().contains(u"evil.example.invalid"_s), qPrintable(job->errorString()));
    }

    void timesOutWhenGraphSendsNothing()
    {
        useRetries(2);
        m_client->setTransferTimeout(200);
        GraphSimFault fault;
        fault.pathPattern = s_usersPath;
        fault.status = 503;
        fault.delayMs = 3000;
        fault.count = -1;
        m_sim->addFault(fault);

        ListUsersJob *job = listJob();
        QVERIFY(run(job));
        QCOMPARE(job->error().kind, GraphError::Kind::Timeout);
        QCOMPARE(job->error().attempts, 2);
        QVERIFY2(job->errorString().contains(u"in time"_s), qPrintable(job->errorString()));
    }

    // kill() contract: Quietly emits nothing (the default), EmitFinished emits finished once with Cancelled; both
    // stop paging and delete the job.
    void killMidPaging_data()
    {
        QTest::addColumn<bool>("emitFinished");
        QTest::newRow("quietly") << false;
        QTest::newRow("emit finished") << true;
    }

    void killMidPaging()
    {
        QFETCH(bool, emitFinished);
        ListUsersJob *job = listJob(999, false, true);
        QSignalSpy finished(job, &GraphJob::finished);
        QSignalSpy destroyed(job, &QObject::destroyed);
        QSignalSpy pages(job, &ListUsersJob::pageReceived);
        GraphError::Kind cancelled = GraphError::Kind::None;
        connect(job, &GraphJob::finished, this, [&cancelled](GraphJob *j) { cancelled = j->error().kind; });
        // Page 2 hangs for 5 s; the kill lands while it is in flight.
        connect(job, &ListUsersJob::pageReceived, this, [this, job, emitFinished] {
            GraphSimFault slow;
            slow.pathPattern = s_usersPath;
            slow.status = 503;
            slow.delayMs = 5000;
            m_sim->addFault(slow);
            QTimer::singleShot(50, job, [job, emitFinished] {
                job->kill(emitFinished ? GraphJob::KillMode::EmitFinished : GraphJob::KillMode::Quietly);
            });
        });
        job->start();
        QVERIFY(destroyed.wait(WaitMs));
        QCOMPARE(pages.count(), 1);
        QCOMPARE(finished.count(), emitFinished ? 1 : 0);
        if (emitFinished) {
            QCOMPARE(cancelled, GraphError::Kind::Cancelled);
        }
        QCOMPARE(m_nam->requests.size(), 2); // no page 3
    }

    void killBeforeTheEventLoopSendsNothing()
    {
        ListUsersJob *job = listJob(999, false, true);
        QSignalSpy finished(job, &GraphJob::finished);
        QSignalSpy destroyed(job, &QObject::destroyed);
        job->start();
        job->kill(GraphJob::KillMode::EmitFinished);
        QCOMPARE(finished.count(), 1);
        QVERIFY(destroyed.wait(WaitMs));
        QCOMPARE(m_nam->requests.size(), 0);
    }

    void keepsTheJobWhenAutoDeleteIsOff()
    {
        ListUsersJob *job = listJob();
        job->setAutoDelete(false);
        const QPointer<ListUsersJob> guard(job);
        QVERIFY(run(job));
        QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);
        QVERIFY(guard);
        QVERIFY(job->isFinished());
        QVERIFY(!job->hasError());
        delete job;
    }

    void deletingARunningJobAbortsIt()
    {
        // A server that accepts and never answers: the request is certainly in flight when the job dies.
        QTcpServer silent;
        QVERIFY(silent.listen(QHostAddress::LocalHost));
        m_client->setBaseUrl(QUrl(u"http://127.0.0.1:%1"_s.arg(silent.serverPort())));
        ListUsersJob *job = listJob();
        QSignalSpy finished(job, &GraphJob::finished);
        job->start();
        QTRY_VERIFY_WITH_TIMEOUT(silent.hasPendingConnections(), WaitMs);
        QTcpSocket *socket = silent.nextPendingConnection();
        QVERIFY(socket);
        QTRY_VERIFY(socket->bytesAvailable() > 0); // the GET arrived
        delete job;                                // disconnects, then aborts the reply
        QTRY_COMPARE(socket->state(), QAbstractSocket::UnconnectedState);
        QCOMPARE(finished.count(), 0);
    }

    void countsUsers_data()
    {
        QTest::addColumn<QString>("filter");
        QTest::newRow("all") << QString();
        QTest::newRow("enabled") << u"accountEnabled eq true"_s;
    }

    void countsUsers()
    {
        QFETCH(QString, filter);
        qint64 expected = 0;
        const QList<QJsonObject> users = m_sim->users();
        for (const QJsonObject &user : users) {
            expected += (filter.isEmpty() || user.value(u"accountEnabled"_s).toBool()) ? 1 : 0;
        }
        CountUsersJob *job = m_client->countUsers(filter);
        job->setAutoDelete(false);
        QVERIFY(run(job));
        QVERIFY2(!job->hasError(), qPrintable(job->errorString()));
        QCOMPARE(job->count(), expected);
        QCOMPARE(m_nam->requests.first().rawHeader("ConsistencyLevel"), QByteArrayLiteral("eventual"));
        QCOMPARE(m_nam->requests.first().url().path(), u"/v1.0/users/$count"_s);
        delete job;
    }

    void neverLogsTheToken()
    {
        const QByteArray token = QByteArrayLiteral("tok-SECRET-4711");
        m_sim->setAcceptedTokens({QString::fromLatin1(token)});
        m_tokens->setAccessToken(Secret(token));
        QLoggingCategory::setFilterRules(u"clouddir.*=true"_s);
        s_log.clear();
        s_previousHandler = qInstallMessageHandler(captureMessage);

        GraphSimFault fault;
        fault.pathPattern = s_usersPath;
        fault.status = 429;
        fault.retryAfter = 0;
        m_sim->addFault(fault);
        ListUsersJob *ok = listJob(999, true);
        const bool okRan = run(ok);
        m_tokens->setAccessToken(Secret(QByteArrayLiteral("tok-SECRET-wrong")));
        ListUsersJob *rejected = listJob();
        const bool rejectedRan = run(rejected);

        qInstallMessageHandler(s_previousHandler);
        QLoggingCategory::setFilterRules(QString());
        QVERIFY(okRan && rejectedRan);
        QVERIFY(s_log.size() > 5);
        const QString all = s_log.join(u'\n');
        QVERIFY(!all.contains(u"tok-SECRET"_s));
        QVERIFY(!all.contains(u"Bearer"_s, Qt::CaseInsensitive));
        QVERIFY(!all.contains(u"Authorization"_s, Qt::CaseInsensitive));
        QVERIFY(!all.contains(u"skiptoken="_s)); // query values stay out of the log
        QVERIFY(all.contains(u"request-id"_s));
    }
};

QTEST_GUILESS_MAIN(TestListUsersJob)
#include "TestListUsersJob.moc"
