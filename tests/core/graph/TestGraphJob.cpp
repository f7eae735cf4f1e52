#include "tests/core/graph/GraphSimTestBase.h"

#include <QLoggingCategory>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTimer>

#include <functional>

using namespace Qt::StringLiterals;

namespace {

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

// The GraphJob contract against graphsim: failures that end a job at once, token refresh, timeouts, kill,
// auto-delete, deletion while running, and what the logs may contain.
class TestGraphJob : public GraphSimTestBase
{
    Q_OBJECT

private Q_SLOTS:
    void init()
    {
        QTest::failOnWarning(QRegularExpression(u".*"_s));
        QVERIFY(setUpSim());
    }

    void cleanup() { tearDownSim(); }

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

QTEST_GUILESS_MAIN(TestGraphJob)
#include "TestGraphJob.moc"
