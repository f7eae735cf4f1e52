// The outbox executor against an in-process graphsim over real HTTP, on SQLite and PostgreSQL (issue 7): chains and
// parallel batches, packing by 20, inner 429 with Retry-After, 503, 424 dependents, ObjectConflict → takeover, a lost
// reply after commit without a duplicate, 404 right after a create, on-premises accounts, two executors on one
// directory, and rows of a dead owner coming back after their lease.
#include "../directory/StoreTestSupport.h"
#include "../directory/TestDatabase.h"
#include "core/directory/AuditTable.h"
#include "core/directory/BindingTable.h"
#include "core/directory/OutboxTable.h"
#include "core/directory/Store.h"
#include "core/graph/GraphClient.h"
#include "core/graph/StaticTokenProvider.h"
#include "core/sync/Executor.h"
#include "tests/graphsim/GraphSim.h"

#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QSignalSpy>
#include <QTest>

namespace {

const QString Domain = QStringLiteral("northwind-labs.com");
const QString BatchPath = QStringLiteral("^/v1\\.0/\\$batch$");

QString json(const QJsonObject &o)
{
    return QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact));
}

QJsonObject graphUser(const QString &id, const QString &name, bool enabled = true, bool onPremises = false)
{
    QJsonObject u {{"id", id},
                   {"userPrincipalName", name + u'@' + Domain},
                   {"displayName", name},
                   {"mailNickname", name},
                   {"accountEnabled", enabled}};
    if (onPremises)
        u.insert("onPremisesSyncEnabled", true);
    return u;
}

} // namespace

class TestExecutor : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<TestDatabase> m_db;
    std::unique_ptr<Store> m_store;
    std::unique_ptr<GraphSim> m_sim;
    std::unique_ptr<QNetworkAccessManager> m_nam;
    std::unique_ptr<StaticTokenProvider> m_tokens;
    std::unique_ptr<GraphClient> m_client;
    Integration m_integration;
    QStringList m_users; // directory user ids, u0 … un-1 (username = "u<i>")
    int m_seq = 0;

    void addUsers(int n)
    {
        QList<User> users;
        for (int i = 0; i < n; ++i) {
            User u;
            u.username = QStringLiteral("u%1").arg(i);
            u.email = u.username + u'@' + Domain;
            users.append(u);
        }
        QVERIFY_RESULT(m_store->insertUsers(users));
        m_users.clear();
        for (int i = 0; i < n; ++i)
            m_users.append(m_store->userByUsername(QStringLiteral("u%1").arg(i)).value()->id);
        OutboxBatch bind;
        bind.integrationId = m_integration.id;
        bind.change.bindUsers = m_users;
        QVERIFY_RESULT(m_store->outbox().commit(bind));
    }

    OutboxEntry entry(int user, const QString &op, const QJsonObject &payload, const QString &upn = QString())
    {
        OutboxEntry e;
        e.seq = m_seq++;
        e.userId = m_users.at(user);
        e.op = op;
        e.upn = upn.isEmpty() ? QStringLiteral("u%1@").arg(user) + Domain : upn;
        e.m365Id = payload.value("id").toString();
        e.payload = json(payload);
        return e;
    }
    OutboxEntry create(int user, const QString &name)
    {
        return entry(user, "create",
                     {{"body", QJsonObject {{"userPrincipalName", name + u'@' + Domain},
                                            {"displayName", name},
                                            {"mailNickname", name},
                                            {"givenName", name},
                                            {"accountEnabled", true}}}},
                     name + u'@' + Domain);
    }
    OutboxEntry update(int user, const QString &id, const QJsonObject &body)
    {
        return entry(user, "update", {{"id", id}, {"body", body}});
    }
    OutboxEntry manager(int user, const QString &id, int managerUser, const QString &managerId)
    {
        return entry(user, "manager",
                     {{"id", id},
                      {"userId", m_users.at(user)},
                      {"managerId", managerId},
                      {"managerUserId", m_users.at(managerUser)}});
    }

    void queue(const QList<OutboxEntry> &entries)
    {
        OutboxBatch batch;
        batch.integrationId = m_integration.id;
        batch.entries = entries;
        QVERIFY_RESULT(m_store->outbox().commit(batch));
    }
    void link(int user, const QString &m365Id, const QString &upn)
    {
        BindingLink l;
        l.userId = m_users.at(user);
        l.m365Id = m365Id;
        l.upn = upn;
        l.direct = true;
        QVERIFY_RESULT(m_store->bindings().saveLinks(m_integration.id, {l}));
    }

    ExecutorOptions fast(const QString &owner = QStringLiteral("test")) const
    {
        ExecutorOptions o;
        o.timeScale = 0.001;
        o.pollMs = 20'000; // × 0.001 = 20 ms
        o.owner = owner;
        return o;
    }

    // Runs an executor until the outbox is empty; fails the test when it does not finish in time.
    ExecutorCounts drain(const ExecutorOptions &options, QList<OutboxEntry> *finished = nullptr)
    {
        Executor executor(m_db->spec(), m_integration, m_client.get(), options);
        QSignalSpy done(&executor, &Executor::finished);
        if (finished)
            connect(&executor, &Executor::entryFinished, this,
                    [finished](const OutboxEntry &e) { finished->append(e); });
        executor.runUntilEmpty();
        if (!done.wait(30'000))
            qWarning("the executor did not finish");
        if (!executor.errorString().isEmpty())
            qWarning("%s", qPrintable(executor.errorString()));
        return executor.counts();
    }

    QList<OutboxEntry> outbox() { return m_store->outbox().entries(m_integration.id).value(); }
    QStringList states()
    {
        QStringList s;
        for (const OutboxEntry &e : outbox())
            s.append(e.state);
        return s;
    }

private slots:
    void initTestCase_data() { addBackendRows(); }
    void init()
    {
        QFETCH_GLOBAL(QString, backend);
        SKIP_OR_FAIL_WITHOUT_PG(backend);
        m_db = std::make_unique<TestDatabase>(backend);
        QVERIFY2(m_db->error().isEmpty(), qPrintable(m_db->error()));
        auto store = Store::open(m_db->spec());
        QVERIFY_RESULT(store);
        m_store = std::move(*store);
        Integration integration;
        integration.name = QStringLiteral("Northwind");
        m_integration = m_store->createIntegration(integration).value();
        m_sim = std::make_unique<GraphSim>();
        m_sim->setUsers({graphUser("ben-id", "ben"), graphUser("cy-id", "cy"), graphUser("old-id", "ana"),
                         graphUser("off-id", "dora", false), graphUser("prem-id", "ed", true, true)});
        QVERIFY(m_sim->listen() != 0);
        m_nam = std::make_unique<QNetworkAccessManager>();
        m_tokens = std::make_unique<StaticTokenProvider>(Secret("t"));
        m_client = std::make_unique<GraphClient>(m_nam.get(), m_tokens.get());
        m_client->setBaseUrl(m_sim->baseUrl());
        m_client->setTransferTimeout(10'000);
        RetryPolicy policy;
        policy.setTimeScale(0.001);
        m_client->setRetryPolicy(policy);
        m_seq = 0;
        addUsers(60);
    }
    void cleanup()
    {
        m_client.reset();
        m_tokens.reset();
        m_nam.reset();
        m_sim.reset();
        m_store.reset();
        m_db.reset();
    }

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

QTEST_GUILESS_MAIN(TestExecutor)
#include "TestExecutor.moc"
