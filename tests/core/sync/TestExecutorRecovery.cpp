// The outbox executor recovering (issue 7), on SQLite and PostgreSQL against an in-process graphsim: a reply lost
// after commit found by UPN without a duplicate, 404 right after a create, two executors on one directory, rows of a
// dead owner resumed after their lease, start / wake / stop.
#include "TestExecutorFixture.h"

using namespace ExecutorTest;

class TestExecutorRecovery : public ExecutorFixture
{
    Q_OBJECT

private slots:
    void initTestCase_data() { addBackendRows(); }
    void init() { setUpFixture(); }
    void cleanup() { tearDownFixture(); }

    void aLostReplyAfterCommitIsFoundByUpn()
    {
        // Every answer to the first $batch is lost after graphsim created the account: the executor cannot know.
        // The retry looks the UPN up and records the account instead of creating it again.
        queue({create(0, "zoe")});
        m_sim->addFault({"POST", BatchPath, GraphSimFault::Kind::ReplyLostAfterCommit, 0, -1, 0, -1});
        Executor executor(m_db->spec(), m_integration, m_client.get(), fast());
        QSignalSpy done(&executor, &Executor::finished);
        connect(&executor, &Executor::entryFinished, this, [this](const OutboxEntry &e) {
            if (e.state == u"retrying")
                m_sim->clearFaults();
        });
        executor.runUntilEmpty();
        QVERIFY(done.wait(30'000));
        QCOMPARE(m_sim->writeStats().usersCreated, 1);
        QCOMPARE(executor.counts().done, 1);
        QCOMPARE(executor.counts().retried, 1);
        QVERIFY(executor.counts().lookups >= 1);
        const OutboxEntry row = outbox().first();
        QCOMPARE(row.state, QStringLiteral("done"));
        QCOMPARE(row.m365Id, m_sim->user("zoe@" + Domain).value("id").toString());
    }

    void aRenameWithoutIdFindsTheAccountByItsOldUpn()
    {
        // A rename planned while the create was still queued names the account by the UPN it has before the row
        // runs ("resolveUpn", PlanOperation.h); its own upn column already holds the new one.
        const QString newUpn = "benjamin@" + Domain;
        queue(
            {entry(1, "rename",
                   {{"id", ""}, {"resolveUpn", "ben@" + Domain}, {"body", QJsonObject {{"userPrincipalName", newUpn}}}},
                   newUpn)});
        const ExecutorCounts counts = drain(fast());
        QCOMPARE(counts.done, 1);
        QCOMPARE(counts.failed, 0);
        QCOMPARE(m_sim->user(newUpn).value("id").toString(), QStringLiteral("ben-id"));
    }

    void notFoundRightAfterACreateIsRetried()
    {
        m_sim->setReplicationLagMs(300);
        link(1, "ben-id", "ben@" + Domain);
        queue({create(0, "zoe"), manager(0, "", 1, "ben-id")});
        ExecutorOptions options = fast();
        options.timeScale = 0.1; // backoff 2 s → 100–200 ms
        const ExecutorCounts counts = drain(options);
        QCOMPARE(counts.done, 2);
        QVERIFY(counts.retried >= 1);
        QCOMPARE(m_sim->user("zoe@" + Domain).value("managerId").toString(), QStringLiteral("ben-id"));
    }

    void twoExecutorsNeverSendTheSameRow()
    {
        QList<QJsonObject> accounts;
        QList<OutboxEntry> rows;
        for (int i = 0; i < 60; ++i) {
            accounts.append(graphUser(QStringLiteral("id-%1").arg(i), QStringLiteral("p%1").arg(i)));
            rows.append(update(i, QStringLiteral("id-%1").arg(i), {{"jobTitle", "Engineer"}}));
        }
        m_sim->setUsers(accounts);
        queue(rows);
        ExecutorOptions a = fast("a");
        a.concurrency = 1;
        a.batchSize = 5;
        ExecutorOptions b = a;
        b.owner = "b";
        Executor first(m_db->spec(), m_integration, m_client.get(), a);
        Executor second(m_db->spec(), m_integration, m_client.get(), b);
        QSignalSpy firstDone(&first, &Executor::finished);
        QSignalSpy secondDone(&second, &Executor::finished);
        first.runUntilEmpty();
        second.runUntilEmpty();
        QVERIFY(firstDone.wait(30'000) || firstDone.count() == 1);
        QTRY_COMPARE_WITH_TIMEOUT(secondDone.count(), 1, 30'000);
        QCOMPARE(first.counts().done + second.counts().done, 60);
        QVERIFY(first.counts().done > 0);
        QVERIFY(second.counts().done > 0);
        QCOMPARE(m_sim->writeStats().writesAccepted, 60); // each row sent once
        QCOMPARE(states(), QStringList(60, "done"));
    }

    void rowsOfADeadOwnerAreResumedAfterTheirLease()
    {
        queue({update(1, "ben-id", {{"jobTitle", "A"}}), update(2, "cy-id", {{"jobTitle", "B"}})});
        // A process claimed them and died (kill -9): nothing was sent.
        const qint64 lease = 400;
        QVERIFY_RESULT(
            m_store->outbox().claimDue(m_integration.id, "dead", QDateTime::currentMSecsSinceEpoch(), 10, lease));
        QElapsedTimer clock;
        clock.start();
        const ExecutorCounts counts = drain(fast("heir"));
        QCOMPARE(counts.done, 2);
        QVERIFY(clock.elapsed() >= lease - 50);
        QCOMPARE(m_sim->user("ben-id").value("jobTitle").toString(), QStringLiteral("A"));
        QCOMPARE(m_sim->writeStats().writesAccepted, 2);
    }

    void nothingIsSentOnALeaseThatRanShort()
    {
        // ben's id is unknown: the round looks it up, and graphsim takes 1.5 s to answer. With a 2 s lease the batch
        // would start after the last safe moment (lease − margin), so the row goes back unsent and uncounted.
        queue({entry(1, "update", {{"id", ""}, {"body", QJsonObject {{"jobTitle", "A"}}}}, "ben@" + Domain)});
        m_sim->addFault({"GET", "^/v1\\.0/users/ben@", GraphSimFault::Kind::Status, 503, -1, 1'500, 1});
        ExecutorOptions options = fast();
        options.leaseMs = 2'000;
        const ExecutorCounts counts = drain(options);
        QCOMPARE(counts.done, 1);
        QCOMPARE(counts.batches, 1);
        QCOMPARE(counts.lookups, 2);
        QCOMPARE(outbox().first().attempt, 0);
        QCOMPARE(m_sim->writeStats().writesAccepted, 1);
        QCOMPARE(m_sim->user("ben-id").value("jobTitle").toString(), QStringLiteral("A"));
    }

    void startWakesAndStopsCleanly()
    {
        Executor executor(m_db->spec(), m_integration, m_client.get(), fast());
        QSignalSpy idle(&executor, &Executor::idle);
        QSignalSpy finished(&executor, &Executor::finished);
        QSignalSpy entries(&executor, &Executor::entryFinished);
        executor.start();
        QVERIFY(idle.wait(5'000));
        queue({update(1, "ben-id", {{"jobTitle", "A"}}), update(2, "cy-id", {{"jobTitle", "B"}})});
        for (int i = 0; i < 5; ++i)
            executor.wake();
        QTRY_COMPARE_WITH_TIMEOUT(entries.count(), 2, 5'000);
        QCOMPARE(m_sim->countRequests("POST", BatchPath), 1); // five wakes, one round
        executor.stop();
        QVERIFY(finished.wait(5'000));
        QVERIFY(!executor.isRunning());
        QCOMPARE(m_store->outbox().summary(m_integration.id, QDateTime::currentMSecsSinceEpoch())->leased, 0);
    }
};

QTEST_GUILESS_MAIN(TestExecutorRecovery)
#include "TestExecutorRecovery.moc"
