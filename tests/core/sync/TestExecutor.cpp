// The outbox executor against an in-process graphsim over real HTTP, on SQLite and PostgreSQL (issue 7): chains and
// parallel batches, packing by 20, inner 429 with Retry-After, 503 until the attempts run out, 424 dependents,
// ObjectConflict → takeover, on-premises accounts. Recovery cases are in TestExecutorRecovery.
#include "TestExecutorFixture.h"

using namespace ExecutorTest;

class TestExecutor : public ExecutorFixture
{
    Q_OBJECT

private slots:
    void initTestCase_data() { addBackendRows(); }
    void init() { setUpFixture(); }
    void cleanup() { tearDownFixture(); }

    void sendsChainsAndParallelRows()
    {
        // u0: create "zoe" then make ben her manager (one sequential batch); u1 (ben) and u2 (cy): single rows.
        link(1, "ben-id", "ben@" + Domain);
        queue({create(0, "zoe"), manager(0, "", 1, ""), update(1, "ben-id", {{"jobTitle", "CTO"}}),
               entry(2, "suspend", {{"id", "cy-id"}, {"body", QJsonObject {{"accountEnabled", false}}}})});
        const ExecutorCounts counts = drain(fast());
        QCOMPARE(counts.done, 4);
        QCOMPARE(counts.failed, 0);
        QCOMPARE(counts.batches, 2); // one chain, one parallel batch
        QCOMPARE(m_sim->countRequests("POST", BatchPath), 2);
        const QJsonObject zoe = m_sim->user("zoe@" + Domain);
        QVERIFY(!zoe.isEmpty());
        QCOMPARE(zoe.value("managerId").toString(), QStringLiteral("ben-id"));
        QCOMPARE(m_sim->user("ben-id").value("jobTitle").toString(), QStringLiteral("CTO"));
        QCOMPARE(m_sim->user("cy-id").value("accountEnabled").toBool(), false);
        QCOMPARE(states(), QStringList(4, "done"));
        // The new id went into the binding and the create's row.
        const auto links = m_store->bindings().links(m_integration.id).value();
        const auto it =
            std::find_if(links.cbegin(), links.cend(), [&](const BindingLink &l) { return l.userId == m_users.at(0); });
        QVERIFY(it != links.cend());
        QCOMPARE(it->m365Id, zoe.value("id").toString());
        QCOMPARE(m_sim->writeStats().usersCreated, 1);
    }

    void packsAtMostTwentyPerBatch()
    {
        QList<QJsonObject> accounts;
        QList<OutboxEntry> rows;
        for (int i = 0; i < 45; ++i) {
            accounts.append(graphUser(QStringLiteral("id-%1").arg(i), QStringLiteral("p%1").arg(i)));
            rows.append(update(i, QStringLiteral("id-%1").arg(i), {{"jobTitle", "Engineer"}}));
        }
        m_sim->setUsers(accounts);
        // And one user's chain of 25 rows: 20 go in one sequential batch, the other 5 in a later one.
        for (int i = 0; i < 25; ++i)
            rows.append(update(50, "id-0", {{"department", QStringLiteral("D%1").arg(i)}}));
        queue(rows);
        const ExecutorCounts counts = drain(fast());
        QCOMPARE(counts.done, 70);
        QCOMPARE(m_sim->countRequests("POST", BatchPath), 5); // 20 + 20 + 5 singles, 20 + 5 chained
        QCOMPARE(counts.batches, 5);
        QCOMPARE(m_sim->user("id-0").value("department").toString(), QStringLiteral("D24")); // in order
    }

    void honoursTheLargestInnerRetryAfter()
    {
        queue({update(1, "ben-id", {{"jobTitle", "A"}}), update(2, "cy-id", {{"jobTitle", "B"}})});
        m_sim->addFault({"PATCH", "^/v1\\.0/users/ben-id$", GraphSimFault::Kind::Status, 429, 1, 0, 1});
        m_sim->addFault({"PATCH", "^/v1\\.0/users/cy-id$", GraphSimFault::Kind::Status, 429, 4, 0, 1});
        ExecutorOptions options = fast();
        options.timeScale = 0.05; // Retry-After 4 s = 200 ms
        QList<OutboxEntry> finished;
        QElapsedTimer clock;
        clock.start();
        const ExecutorCounts counts = drain(options, &finished);
        QCOMPARE(counts.retried, 2);
        QCOMPARE(counts.done, 2);
        QVERIFY(clock.elapsed() >= 200);
        QCOMPARE(finished.size(), 4);
        // Both wait for the largest Retry-After of their batch.
        QCOMPARE(finished.at(0).state, QStringLiteral("retrying"));
        QCOMPARE(finished.at(0).nextAt, finished.at(1).nextAt);
        QVERIFY2(finished.at(0).lastError.contains(u"429"), qPrintable(finished.at(0).lastError));
        QCOMPARE(m_sim->user("cy-id").value("jobTitle").toString(), QStringLiteral("B"));
        QCOMPARE(outbox().at(1).attempt, 1);
    }

    void retries503ThenGivesUpAfterMaxAttempts()
    {
        queue({update(1, "ben-id", {{"jobTitle", "A"}}), update(2, "cy-id", {{"jobTitle", "B"}})});
        m_sim->addFault({"PATCH", "^/v1\\.0/users/ben-id$", GraphSimFault::Kind::Status, 503, -1, 0, 2});
        m_sim->addFault({"PATCH", "^/v1\\.0/users/cy-id$", GraphSimFault::Kind::Status, 503, -1, 0, -1});
        ExecutorOptions options = fast();
        options.maxAttempts = 3;
        const ExecutorCounts counts = drain(options);
        QCOMPARE(counts.done, 1);
        QCOMPARE(counts.failed, 1);
        const QList<OutboxEntry> rows = outbox();
        QCOMPARE(rows.at(0).state, QStringLiteral("done"));
        QCOMPARE(rows.at(0).attempt, 2);
        QCOMPARE(rows.at(1).state, QStringLiteral("failed"));
        QCOMPARE(rows.at(1).attempt, 3);
        QCOMPARE(rows.at(1).httpStatus, 503);
        // One audit line per finished row, with Graph's identity.
        AuditQuery query;
        query.integrationId = m_integration.id;
        const QList<AuditEntry> audit = m_store->audit().search(query).value();
        QCOMPARE(audit.size(), 2);
        QCOMPARE(audit.at(0).action, AuditEntry::ActionSent);
        QStringList results {audit.at(0).result, audit.at(1).result};
        results.sort();
        QCOMPARE(results, QStringList({"done", "failed"}));
        const AuditEntry &failure = audit.at(0).result == u"failed" ? audit.at(0) : audit.at(1);
        QVERIFY2(failure.detail.contains(u"HTTP 503"), qPrintable(failure.detail));
        QCOMPARE(failure.requestId, rows.at(1).requestId);
        QVERIFY2(rows.at(1).lastError.contains(u"Gave up after 3 attempt"), qPrintable(rows.at(1).lastError));
        QVERIFY(!rows.at(1).requestId.isEmpty());
    }

    void dependentsFollowTheirParent()
    {
        // ben: PATCH (503 once) → manager → suspend, one chain: the 424s wait, unsent and uncounted, and go after.
        link(2, "cy-id", "cy@" + Domain);
        queue({update(1, "ben-id", {{"jobTitle", "A"}}), manager(1, "ben-id", 2, "cy-id"),
               entry(1, "suspend", {{"id", "ben-id"}, {"body", QJsonObject {{"accountEnabled", false}}}})});
        m_sim->addFault({"PATCH", "^/v1\\.0/users/ben-id$", GraphSimFault::Kind::Status, 503, -1, 0, 1});
        QList<OutboxEntry> finished;
        const ExecutorCounts counts = drain(fast(), &finished);
        QCOMPARE(counts.done, 3);
        QCOMPARE(counts.retried, 1);
        const QList<OutboxEntry> rows = outbox();
        QCOMPARE(rows.at(0).attempt, 1);
        QCOMPARE(rows.at(1).attempt, 0); // followed its parent, never counted
        QCOMPARE(rows.at(2).attempt, 0);
        QCOMPARE(m_sim->user("ben-id").value("managerId").toString(), QStringLiteral("cy-id"));
        QCOMPARE(m_sim->user("ben-id").value("accountEnabled").toBool(), false);

        // A parent that fails for good takes its dependents with it, saying why.
        queue({update(2, "cy-id", {{"otherEmails", QJsonArray {"x@y.z"}}}),
               entry(2, "suspend", {{"id", "cy-id"}, {"body", QJsonObject {{"accountEnabled", false}}}})});
        const ExecutorCounts second = drain(fast());
        QCOMPARE(second.failed, 2);
        const QList<OutboxEntry> after = outbox();
        QCOMPARE(after.at(3).httpStatus, 400);
        QCOMPARE(after.at(4).httpStatus, 424);
        QVERIFY2(after.at(4).lastError.startsWith(u"Not sent: the update before it failed"),
                 qPrintable(after.at(4).lastError));
        QCOMPARE(m_sim->user("cy-id").value("accountEnabled").toBool(), true);
    }

    void objectConflictTakesTheAccountOver()
    {
        // "ana" exists in M365 already (id old-id), enabled: the create becomes a takeover of that account.
        queue({create(0, "ana"), update(0, "", {{"jobTitle", "Lead"}})});
        const ExecutorCounts counts = drain(fast());
        QCOMPARE(counts.done, 2);
        QCOMPARE(counts.failed, 0);
        QCOMPARE(m_sim->writeStats().usersCreated, 0);
        QCOMPARE(m_sim->users().size(), 5);
        QCOMPARE(m_sim->user("old-id").value("givenName").toString(), QStringLiteral("ana"));
        QCOMPARE(m_sim->user("old-id").value("jobTitle").toString(), QStringLiteral("Lead"));
        QCOMPARE(outbox().at(1).m365Id, QStringLiteral("old-id"));
        const auto links = m_store->bindings().links(m_integration.id).value();
        QVERIFY(std::any_of(links.cbegin(), links.cend(),
                            [&](const BindingLink &l) { return l.userId == m_users.at(0) && l.m365Id == u"old-id"; }));
    }

    void conflictsWithDisabledOrOnPremisesAccountsFail()
    {
        queue({create(0, "dora"), create(1, "ed")});
        const ExecutorCounts counts = drain(fast());
        QCOMPARE(counts.failed, 2);
        const QList<OutboxEntry> rows = outbox();
        QCOMPARE(rows.at(0).graphCode, QStringLiteral("ObjectConflict"));
        QVERIFY2(rows.at(0).lastError.contains(u"is disabled"), qPrintable(rows.at(0).lastError));
        QVERIFY2(rows.at(1).lastError.contains(u"on-premises"), qPrintable(rows.at(1).lastError));
        QCOMPARE(m_sim->user("off-id").value("accountEnabled").toBool(), false);
    }

    void onPremisesAccountsFailWithoutRetry()
    {
        queue({update(1, "prem-id", {{"jobTitle", "A"}})});
        const ExecutorCounts counts = drain(fast());
        QCOMPARE(counts.failed, 1);
        QCOMPARE(counts.retried, 0);
        const OutboxEntry row = outbox().first();
        QCOMPARE(row.httpStatus, 400);
        QCOMPARE(row.attempt, 1);
        QVERIFY2(row.lastError.contains(u"mastered in on-premises Active Directory"), qPrintable(row.lastError));
        QCOMPARE(m_sim->countRequests("POST", BatchPath), 1);
    }
};

QTEST_GUILESS_MAIN(TestExecutor)
#include "TestExecutor.moc"
