// The executor under chaos (issue 7): about 10,000 planned operations (creates, takeover PATCHes, manager links,
// planned by the real planner and PlanQueue) sent to an in-process graphsim that answers 10 % of requests 429, 5 %
// 503 and loses 2 % of write replies after carrying the write out. The tenant must end exactly as the directory
// says, field by field: no duplicate account, no lost change, every outbox row done, one account created per create.
#include "../directory/StoreTestSupport.h"
#include "../directory/TestDatabase.h"
#include "ExecutorScenario.h"
#include "core/directory/OutboxTable.h"
#include "core/graph/StaticTokenProvider.h"
#include "core/sync/Executor.h"
#include "tests/graphsim/GraphSim.h"

#include <QElapsedTimer>
#include <QNetworkAccessManager>
#include <QSignalSpy>
#include <QTest>

class TestExecutorChaos : public QObject
{
    Q_OBJECT

private:
    // CLOUDDIR_CHAOS_USERS overrides the size (n users plan about 2n operations).
    static int users()
    {
        return qEnvironmentVariableIntValue("CLOUDDIR_CHAOS_USERS") > 0
                   ? qEnvironmentVariableIntValue("CLOUDDIR_CHAOS_USERS")
                   : 5000;
    }

private slots:
    void tenThousandOperationsConvergeUnderChaos()
    {
        const int n = users();
        TestDatabase db(QStringLiteral("sqlite"));
        QVERIFY2(db.error().isEmpty(), qPrintable(db.error()));
        auto opened = Store::open(db.spec());
        QVERIFY_RESULT(opened);
        std::unique_ptr<Store> store = std::move(*opened);
        Integration integration;
        integration.name = QStringLiteral("Northwind");
        integration = store->createIntegration(integration).value();
        const QString added = ExecutorScenario::addDirectory(*store, n);
        QVERIFY2(added.isEmpty(), qPrintable(added));

        GraphSim sim;
        sim.setUsers(ExecutorScenario::tenant(n));
        sim.setWriteQuota(0, 0);
        QVERIFY(sim.listen() != 0);
        QNetworkAccessManager nam;
        StaticTokenProvider tokens(Secret("t"));
        GraphClient client(&nam, &tokens);
        client.setBaseUrl(sim.baseUrl());
        client.setTransferTimeout(10'000);
        RetryPolicy policy;
        policy.setTimeScale(0.001);
        client.setRetryPolicy(policy);

        const ExecutorScenario::Planned planned = ExecutorScenario::planAndQueue(*store, integration, client);
        QVERIFY2(planned.error.isEmpty(), qPrintable(planned.error));
        const int creates = planned.counts.value(QStringLiteral("create"));
        QCOMPARE(creates, (n + 1) / 2);
        QCOMPARE(planned.counts.value(QStringLiteral("takeover")), n / 2);
        QCOMPARE(planned.counts.value(QStringLiteral("manager")), n - 1);
        QCOMPARE(planned.operations, 2 * n - 1);
        QVERIFY(!ExecutorScenario::differences(sim.users(), n).isEmpty()); // the check can fail

        sim.clearRequestLog();
        GraphSimChaos chaos;
        chaos.p429 = 0.10;
        chaos.p503 = 0.05;
        chaos.pLost = 0.02;
        chaos.retryAfterSeconds = 1; // × timeScale 0.001 in the executor
        chaos.seed = 7;
        sim.setChaos(chaos);

        ExecutorOptions options;
        options.timeScale = 0.001;
        options.pollMs = 20'000;
        options.owner = QStringLiteral("chaos");
        Executor executor(db.spec(), integration, &client, options);
        QSignalSpy finished(&executor, &Executor::finished);
        QElapsedTimer clock;
        clock.start();
        executor.runUntilEmpty();
        QVERIFY(finished.wait(240'000));
        QVERIFY2(executor.errorString().isEmpty(), qPrintable(executor.errorString()));
        const ExecutorCounts counts = executor.counts();
        sim.setChaos(GraphSimChaos());

        int lost = 0, throttled = 0, unavailable = 0, created = 0;
        for (const GraphSimLogEntry &e : sim.requestLog()) {
            if (e.inner && e.fault == u"chaos" && e.status < 400)
                ++lost; // carried out, then its batch's reply was lost
            else if (e.fault == u"chaos" && e.status == 429)
                ++throttled;
            else if (e.fault == u"chaos" && e.status == 503)
                ++unavailable;
            if (e.method == u"POST" && e.path == u"/v1.0/users" && e.status == 201)
                ++created;
        }
        qInfo("%d operations in %lld ms: %d done, %d retries, %d failed, %d batches, %d lookups; graphsim: %d 429, "
              "%d 503, %d lost replies",
              planned.operations, clock.elapsed(), counts.done, counts.retried, counts.failed, counts.batches,
              counts.lookups, throttled, unavailable, lost);
        // The faults really happened, at about the rates asked for.
        QVERIFY2(throttled > planned.operations / 20, qPrintable(QString::number(throttled)));
        QVERIFY2(unavailable > planned.operations / 40, qPrintable(QString::number(unavailable)));
        QVERIFY2(lost > planned.operations / 200, qPrintable(QString::number(lost)));
        QVERIFY(counts.retried > 0);

        const auto failedRows = store->outbox().entriesInState(integration.id, {QStringLiteral("failed")}, 10);
        QVERIFY_RESULT(failedRows);
        for (const OutboxEntry &e : *failedRows)
            qWarning("failed: %s of %s after %d attempts: HTTP %d %s: %s", qPrintable(e.op), qPrintable(e.upn),
                     e.attempt, e.httpStatus, qPrintable(e.graphCode), qPrintable(e.lastError));
        QCOMPARE(counts.failed, 0);
        QCOMPARE(counts.done, planned.operations);
        const auto summary = store->outbox().summary(integration.id, QDateTime::currentMSecsSinceEpoch());
        QVERIFY_RESULT(summary);
        QCOMPARE(summary->done, planned.operations);
        QCOMPARE(summary->open(), 0);
        QCOMPARE(sim.writeStats().usersCreated, creates);
        QCOMPARE(created, creates); // POST /users that created an account, from graphsim's own log
        const QStringList diffs = ExecutorScenario::differences(sim.users(), n);
        QVERIFY2(diffs.isEmpty(), qPrintable(diffs.join(u'\n')));
    }

    void aThrottledTenantIsPacedNotHammered()
    {
        // 599 operations against a write quota of 150 per second: after a 429 the executor sends nothing until its
        // Retry-After, so it provokes a few 429s per window instead of one per waiting row, and still drains at
        // about the quota's rate (best case (599 - 150) / 150 = 3 s).
        const int n = 300;
        TestDatabase db(QStringLiteral("sqlite"));
        QVERIFY2(db.error().isEmpty(), qPrintable(db.error()));
        auto opened = Store::open(db.spec());
        QVERIFY_RESULT(opened);
        std::unique_ptr<Store> store = std::move(*opened);
        Integration integration;
        integration.name = QStringLiteral("Northwind");
        integration = store->createIntegration(integration).value();
        QVERIFY(ExecutorScenario::addDirectory(*store, n).isEmpty());
        GraphSim sim;
        sim.setUsers(ExecutorScenario::tenant(n));
        sim.setWriteQuota(0, 0);
        QVERIFY(sim.listen() != 0);
        QNetworkAccessManager nam;
        StaticTokenProvider tokens(Secret("t"));
        GraphClient client(&nam, &tokens);
        client.setBaseUrl(sim.baseUrl());
        const ExecutorScenario::Planned planned = ExecutorScenario::planAndQueue(*store, integration, client);
        QVERIFY2(planned.error.isEmpty(), qPrintable(planned.error));
        sim.setWriteQuota(150, 1);

        ExecutorOptions options; // real waits: Retry-After is whole seconds
        options.owner = QStringLiteral("paced");
        Executor executor(db.spec(), integration, &client, options);
        QSignalSpy finished(&executor, &Executor::finished);
        QElapsedTimer clock;
        clock.start();
        executor.runUntilEmpty();
        QVERIFY(finished.wait(60'000));
        const int throttled = sim.writeStats().throttled;
        qInfo("%d operations in %lld ms with 150 writes/s: %d 429s", planned.operations, clock.elapsed(), throttled);
        QCOMPARE(executor.counts().failed, 0);
        QCOMPARE(executor.counts().done, planned.operations);
        QVERIFY2(throttled < planned.operations / 3, qPrintable(QString::number(throttled)));
        QVERIFY2(clock.elapsed() < 9'000, qPrintable(QString::number(clock.elapsed())));
        const QStringList diffs = ExecutorScenario::differences(sim.users(), n);
        QVERIFY2(diffs.isEmpty(), qPrintable(diffs.join(u'\n')));
    }
};

QTEST_GUILESS_MAIN(TestExecutorChaos)
#include "TestExecutorChaos.moc"
