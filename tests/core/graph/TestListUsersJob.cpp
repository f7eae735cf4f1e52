#include "tests/core/graph/GraphSimTestBase.h"

#include <QTimer>

using namespace Qt::StringLiterals;

// ListUsersJob against graphsim: paging, headers, counting, retries and the page-level failures.
class TestListUsersJob : public GraphSimTestBase
{
    Q_OBJECT

private Q_SLOTS:
    void init()
    {
        QTest::failOnWarning(QRegularExpression(u".*"_s));
        QVERIFY(setUpSim());
    }

    void cleanup() { tearDownSim(); }

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
};

QTEST_GUILESS_MAIN(TestListUsersJob)
#include "TestListUsersJob.moc"
