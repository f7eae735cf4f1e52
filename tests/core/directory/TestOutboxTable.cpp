// Migration 0005 on SQLite and PostgreSQL: OutboxTable's leases (claimDue in sending order, a user's rows in order,
// expiry after a crash, exclusivity between two processes), results recorded only under a live lease, the Activity
// page's retry / dismiss, summary and throughput.
#include "StoreTestSupport.h"
#include "TestDatabase.h"

#include "core/directory/BindingTable.h"
#include "core/directory/OutboxTable.h"
#include "core/directory/Store.h"

#include <QMutex>
#include <QRegularExpression>
#include <QSet>
#include <QTest>
#include <QThread>

namespace {

constexpr qint64 T0 = 1'700'000'000'000;
constexpr qint64 Lease = 60'000;

QStringList idsOf(const QList<OutboxEntry> &entries)
{
    QStringList ids;
    for (const OutboxEntry &e : entries)
        ids.append(e.id);
    return ids;
}

} // namespace

class TestOutboxTable : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<TestDatabase> m_db;
    std::unique_ptr<Store> m_store;
    QString m_integration;
    QStringList m_users; // ids of ana, ben, carl

    // Queues one plan: per (user index, op) one row, ids "r0", "r1", ... in seq order, created at createdAt.
    void queue(const QList<std::pair<int, QString>> &rows, qint64 createdAt = T0, const QString &prefix = "r")
    {
        OutboxBatch batch;
        batch.integrationId = m_integration;
        int seq = 0;
        for (const auto &[user, op] : rows) {
            OutboxEntry e;
            e.id = prefix + QString::number(seq);
            e.seq = seq++;
            e.userId = m_users.at(user);
            e.op = op;
            e.upn = QStringLiteral("u%1@contoso.com").arg(user);
            e.payload = QStringLiteral("{\"id\":\"\",\"body\":{}}");
            e.createdAt = createdAt;
            e.nextAt = createdAt;
            batch.entries.append(e);
        }
        QVERIFY_RESULT(m_store->outbox().commit(batch));
    }

    OutboxEntry row(const QString &id)
    {
        const auto all = m_store->outbox().entries(m_integration);
        if (all) {
            for (const OutboxEntry &e : *all) {
                if (e.id == id)
                    return e;
            }
        }
        return {};
    }

private slots:
    void initTestCase_data() { addBackendRows(); }
    void init()
    {
        QTest::failOnWarning(QRegularExpression(QStringLiteral(".*")));
        QFETCH_GLOBAL(QString, backend);
        SKIP_OR_FAIL_WITHOUT_PG(backend);
        m_db = std::make_unique<TestDatabase>(backend);
        QVERIFY2(m_db->error().isEmpty(), qPrintable(m_db->error()));
        auto store = Store::open(m_db->spec());
        QVERIFY_RESULT(store);
        m_store = std::move(*store);
        Integration integration;
        integration.name = QStringLiteral("Contoso");
        auto created = m_store->createIntegration(integration);
        QVERIFY_RESULT(created);
        m_integration = created->id;
        QList<User> users;
        for (const char *name : {"ana", "ben", "carl"}) {
            User u;
            u.username = QLatin1String(name);
            u.email = u.username + QStringLiteral("@contoso.com");
            users.append(u);
        }
        QVERIFY_RESULT(m_store->insertUsers(users));
        auto all = m_store->users();
        QVERIFY_RESULT(all);
        m_users.clear();
        for (const User &u : *all)
            m_users.append(u.id);
    }
    void cleanup()
    {
        m_store.reset();
        m_db.reset();
    }

    void claimsDueRowsInSendingOrderUnderALease()
    {
        queue({{0, "update"}, {1, "update"}, {2, "update"}});
        OutboxTable outbox = m_store->outbox();
        auto first = outbox.claimDue(m_integration, "a", T0, 2, Lease);
        QVERIFY_RESULT(first);
        QCOMPARE(idsOf(*first), QStringList({"r0", "r1"}));
        QCOMPARE(first->first().leaseOwner, QStringLiteral("a"));
        QCOMPARE(first->first().leaseUntil, T0 + Lease);
        auto second = outbox.claimDue(m_integration, "b", T0 + 1, 5, Lease);
        QVERIFY_RESULT(second);
        QCOMPARE(idsOf(*second), QStringList({"r2"}));
        auto none = outbox.claimDue(m_integration, "b", T0 + 2, 5, Lease);
        QVERIFY_RESULT(none);
        QVERIFY(none->isEmpty());
        // Not due yet: nothing before nextAt.
        queue({{0, "suspend"}}, T0 + 10'000, "late");
        auto early = outbox.claimDue(m_integration, "c", T0 + 9'999, 5, Lease);
        QVERIFY_RESULT(early);
        QVERIFY(early->isEmpty());
    }

    void rowsOfADeadOwnerComeBackAfterTheLease()
    {
        queue({{0, "update"}, {1, "update"}});
        OutboxTable outbox = m_store->outbox();
        QVERIFY_RESULT(outbox.claimDue(m_integration, "dead", T0, 10, Lease));
        auto during = outbox.claimDue(m_integration, "b", T0 + Lease - 1, 10, Lease);
        QVERIFY_RESULT(during);
        QVERIFY(during->isEmpty());
        auto after = outbox.claimDue(m_integration, "b", T0 + Lease, 10, Lease);
        QVERIFY_RESULT(after);
        QCOMPARE(idsOf(*after), QStringList({"r0", "r1"}));
        QCOMPARE(after->first().leaseOwner, QStringLiteral("b"));
        // The dead owner cannot record over the new owner's lease.
        auto late = outbox.recordDone("r0", "dead", "req", T0 + Lease + 5);
        QVERIFY(!late);
        QVERIFY2(late.error().message.contains(u"no longer held"), qPrintable(late.error().message));
        QCOMPARE(row("r0").state, QStringLiteral("pending"));
        QVERIFY_RESULT(outbox.recordDone("r0", "b", "req-b", T0 + Lease + 5));
        QCOMPARE(row("r0").state, QStringLiteral("done"));
        QCOMPARE(row("r0").requestId, QStringLiteral("req-b"));
        QCOMPARE(row("r0").finishedAt, T0 + Lease + 5);
        QCOMPARE(row("r0").leaseOwner, QString());
    }

    void leasesOfDeadOwnersAreFreed()
    {
        queue({{0, "update"}, {1, "update"}, {2, "update"}});
        OutboxTable outbox = m_store->outbox();
        QVERIFY_RESULT(outbox.claimDue(m_integration, "dead", T0, 2, Lease));
        QVERIFY_RESULT(outbox.claimDue(m_integration, "alive", T0, 1, Lease));
        QStringList asked;
        auto freed = outbox.releaseDeadLeases(m_integration, T0 + 1, [&](const QString &owner) {
            asked.append(owner);
            return owner == u"dead";
        });
        QVERIFY_RESULT(freed);
        QCOMPARE(*freed, 2);
        asked.sort();
        QCOMPARE(asked, QStringList({"alive", "dead"}));
        auto claimed = outbox.claimDue(m_integration, "heir", T0 + 1, 10, Lease);
        QVERIFY_RESULT(claimed);
        QCOMPARE(idsOf(*claimed), QStringList({"r0", "r1"})); // r2 stays with its live owner
    }

    void aUsersLaterRowWaitsForItsEarlierRow()
    {
        // ana: create then update; ben: update. Claiming one row at a time never hands out ana's update while her
        // create is leased or waiting for a retry.
        queue({{0, "create"}, {1, "update"}, {0, "update"}});
        OutboxTable outbox = m_store->outbox();
        auto a = outbox.claimDue(m_integration, "a", T0, 1, Lease);
        QVERIFY_RESULT(a);
        QCOMPARE(idsOf(*a), QStringList({"r0"}));
        auto b = outbox.claimDue(m_integration, "b", T0, 10, Lease);
        QVERIFY_RESULT(b);
        QCOMPARE(idsOf(*b), QStringList({"r1"})); // r2 waits for r0
        QVERIFY_RESULT(outbox.recordRetry("r0", "a", T0 + 5'000, "HTTP 503", "req"));
        auto waiting = outbox.claimDue(m_integration, "b", T0 + 1'000, 10, Lease);
        QVERIFY_RESULT(waiting);
        QVERIFY(waiting->isEmpty()); // r0 not due again, so r2 still waits
        auto both = outbox.claimDue(m_integration, "b", T0 + 5'000, 10, Lease);
        QVERIFY_RESULT(both);
        QCOMPARE(idsOf(*both), QStringList({"r0", "r2"})); // due together: one chain
        QCOMPARE(both->first().attempt, 1);
        QCOMPARE(both->first().state, QStringLiteral("retrying"));
        // A failed earlier row no longer holds the later ones back.
        QVERIFY_RESULT(outbox.recordFailed("r0", "b", {400, "Request_BadRequest", "bad", "req-f"}, T0 + 6'000));
        QVERIFY_RESULT(outbox.release("r2", "b", T0 + 6'000));
        auto after = outbox.claimDue(m_integration, "c", T0 + 6'000, 10, Lease);
        QVERIFY_RESULT(after);
        QCOMPARE(idsOf(*after), QStringList({"r2"}));
        QCOMPARE(after->first().attempt, 0); // release does not count as an attempt
    }

    void recordsResultsWithGraphsIdentity()
    {
        queue({{0, "create"}, {0, "update"}, {0, "manager"}, {1, "update"}});
        BindingChange change;
        change.bindUsers = {m_users.at(0)};
        OutboxBatch bind;
        bind.integrationId = m_integration;
        bind.change = change;
        QVERIFY_RESULT(m_store->outbox().commit(bind));
        OutboxTable outbox = m_store->outbox();
        QVERIFY_RESULT(outbox.claimDue(m_integration, "a", T0, 1, Lease));
        QVERIFY_RESULT(outbox.recordCreated("r0", "a", "req-c", T0 + 10, "m365-ana"));
        QCOMPARE(row("r0").state, QStringLiteral("done"));
        QCOMPARE(row("r0").m365Id, QStringLiteral("m365-ana"));
        QCOMPARE(row("r1").m365Id, QStringLiteral("m365-ana"));
        QCOMPARE(row("r2").m365Id, QStringLiteral("m365-ana"));
        QCOMPARE(row("r3").m365Id, QString()); // another user
        auto links = m_store->bindings().links(m_integration);
        QVERIFY_RESULT(links);
        QCOMPARE(links->size(), 1);
        QCOMPARE(links->first().m365Id, QStringLiteral("m365-ana"));

        QVERIFY_RESULT(outbox.claimDue(m_integration, "a", T0 + 20, 10, Lease));
        QVERIFY_RESULT(outbox.recordRetry("r1", "a", T0 + 6'020, "HTTP 429 TooManyRequests: retry after 6 s", "req-r"));
        const OutboxEntry retrying = row("r1");
        QCOMPARE(retrying.state, QStringLiteral("retrying"));
        QCOMPARE(retrying.attempt, 1);
        QCOMPARE(retrying.nextAt, T0 + 6'020);
        QCOMPARE(retrying.lastError, QStringLiteral("HTTP 429 TooManyRequests: retry after 6 s"));
        QCOMPARE(retrying.finishedAt, 0);
        QVERIFY_RESULT(outbox.recordFailed(
            "r3", "a", {400, "Request_BadRequest", "Unable to update on-premises mastered objects.", "req-x"},
            T0 + 30));
        const OutboxEntry failed = row("r3");
        QCOMPARE(failed.state, QStringLiteral("failed"));
        QCOMPARE(failed.httpStatus, 400);
        QCOMPARE(failed.graphCode, QStringLiteral("Request_BadRequest"));
        QCOMPARE(failed.lastError, QStringLiteral("Unable to update on-premises mastered objects."));
        QCOMPARE(failed.requestId, QStringLiteral("req-x"));
        QCOMPARE(failed.finishedAt, T0 + 30);
        // A finished row takes no further result.
        QVERIFY(!outbox.recordDone("r3", "a", "again", T0 + 40));
    }

    void retryNowAndDismissFollowTheActivityPage()
    {
        queue({{0, "create"}, {1, "update"}, {2, "update"}});
        OutboxTable outbox = m_store->outbox();
        QVERIFY_RESULT(outbox.claimDue(m_integration, "a", T0, 10, Lease));
        QVERIFY_RESULT(outbox.recordFailed("r0", "a", {503, "serviceNotAvailable", "down", "q"}, T0 + 1));
        QVERIFY_RESULT(outbox.recordFailed("r1", "a", {400, "Request_BadRequest", "bad", "q"}, T0 + 1));
        auto busy = outbox.retryNow("r2"); // pending and leased: not retryable
        QVERIFY(!busy);
        QVERIFY2(busy.error().message.contains(u"r2"), qPrintable(busy.error().message));
        QVERIFY_RESULT(outbox.retryNow("r0"));
        QCOMPARE(row("r0").state, QStringLiteral("pending"));
        QCOMPARE(row("r0").attempt, 1); // a create that was sent keeps the UPN lookup first
        QCOMPARE(row("r0").finishedAt, 0);
        QVERIFY(!outbox.dismiss("r0")); // only failed rows
        QVERIFY_RESULT(outbox.dismiss("r1"));
        QCOMPARE(row("r1").state, QStringLiteral("dismissed"));
        QVERIFY(!outbox.retryNow("r1"));
    }

    void summaryAndEntriesInState()
    {
        queue({{0, "update"}, {1, "update"}, {2, "update"}});
        queue({{0, "suspend"}}, T0 + 100, "s");
        OutboxTable outbox = m_store->outbox();
        QVERIFY_RESULT(outbox.claimDue(m_integration, "a", T0, 3, Lease));
        QVERIFY_RESULT(outbox.recordDone("r0", "a", "q", T0 + 5));
        QVERIFY_RESULT(outbox.recordRetry("r1", "a", T0 + 9'000, "HTTP 503", "q"));
        QVERIFY_RESULT(outbox.recordFailed("r2", "a", {404, "Request_ResourceNotFound", "gone", "q"}, T0 + 6));
        auto summary = outbox.summary(m_integration, T0 + 200);
        QVERIFY_RESULT(summary);
        OutboxSummary expected;
        expected.pending = 1;
        expected.retrying = 1;
        expected.done = 1;
        expected.failed = 1;
        expected.due = 1; // s0
        expected.nextRetryAt = T0 + 9'000;
        expected.oldestOpenAt = T0;
        QCOMPARE(*summary, expected);
        QCOMPARE(summary->open(), 2);
        auto attention = outbox.entriesInState(m_integration, {"retrying", "failed"}, 10);
        QVERIFY_RESULT(attention);
        QCOMPARE(idsOf(*attention), QStringList({"r1", "r2"}));
        auto limited = outbox.entriesInState(m_integration, {"pending", "retrying", "done", "failed"}, 2);
        QVERIFY_RESULT(limited);
        QCOMPARE(idsOf(*limited), QStringList({"r0", "r1"}));
        auto bad = outbox.entriesInState(m_integration, {"sending"}, 10);
        QVERIFY(!bad);
        QVERIFY2(bad.error().message.contains(u"sending"), qPrintable(bad.error().message));
    }

    void throughputPerBucket()
    {
        // Four rows created at T0; two done in the first second, one failed in the third, one still open.
        queue({{0, "update"}, {1, "update"}, {2, "update"}, {0, "suspend"}});
        OutboxTable outbox = m_store->outbox();
        QVERIFY_RESULT(outbox.claimDue(m_integration, "a", T0, 10, Lease));
        QVERIFY_RESULT(outbox.recordDone("r0", "a", "q", T0 + 100));
        QVERIFY_RESULT(outbox.recordDone("r1", "a", "q", T0 + 900));
        QVERIFY_RESULT(outbox.recordFailed("r2", "a", {400, "x", "y", "q"}, T0 + 2'500));
        auto rates = outbox.throughput(m_integration, T0, T0 + 3'000, 1'000);
        QVERIFY_RESULT(rates);
        QCOMPARE(rates->size(), 3);
        QCOMPARE(rates->at(0), (OutboxRate {T0, 2, 0, 2}));
        QCOMPARE(rates->at(1), (OutboxRate {T0 + 1'000, 0, 0, 2}));
        QCOMPARE(rates->at(2), (OutboxRate {T0 + 2'000, 0, 1, 1}));
        // A window starting later sees the backlog carried in.
        auto later = outbox.throughput(m_integration, T0 + 1'000, T0 + 2'000, 1'000);
        QVERIFY_RESULT(later);
        QCOMPARE(later->size(), 1);
        QCOMPARE(later->at(0), (OutboxRate {T0 + 1'000, 0, 0, 2}));
    }

    void twoProcessesNeverClaimTheSameRow()
    {
        // Two threads, each with its own Store (its own connection, as two clouddir processes have), claim and
        // record concurrently until the outbox is empty: every row is sent exactly once.
        constexpr int Rows = 300;
        OutboxBatch batch;
        batch.integrationId = m_integration;
        for (int i = 0; i < Rows; ++i) {
            OutboxEntry e;
            e.id = QStringLiteral("x%1").arg(i, 4, 10, QLatin1Char('0'));
            e.seq = i;
            e.userId = m_users.at(i % 3);
            e.op = QStringLiteral("update");
            e.payload = QStringLiteral("{}");
            e.createdAt = T0;
            e.nextAt = T0;
            batch.entries.append(e);
        }
        QVERIFY_RESULT(m_store->outbox().commit(batch));
        QMutex mutex;
        QStringList sent;
        QStringList errors;
        const QString spec = m_db->spec();
        const QString integration = m_integration;
        auto worker = [&](const QString &owner) {
            auto store = Store::open(spec, std::chrono::milliseconds(20'000));
            if (!store) {
                QMutexLocker lock(&mutex);
                errors.append(store.error().message);
                return;
            }
            OutboxTable outbox = (*store)->outbox();
            for (;;) {
                auto claimed = outbox.claimDue(integration, owner, T0, 7, Lease);
                if (!claimed) {
                    QMutexLocker lock(&mutex);
                    errors.append(claimed.error().message);
                    return;
                }
                if (claimed->isEmpty())
                    return;
                for (const OutboxEntry &e : *claimed) {
                    {
                        QMutexLocker lock(&mutex);
                        sent.append(e.id);
                    }
                    if (auto done = outbox.recordDone(e.id, owner, owner, T0 + 1); !done) {
                        QMutexLocker lock(&mutex);
                        errors.append(done.error().message);
                    }
                }
            }
        };
        std::unique_ptr<QThread> a(QThread::create(worker, QStringLiteral("a")));
        std::unique_ptr<QThread> b(QThread::create(worker, QStringLiteral("b")));
        a->start();
        b->start();
        QVERIFY(a->wait(120'000));
        QVERIFY(b->wait(120'000));
        QVERIFY2(errors.isEmpty(), qPrintable(errors.join(u'\n')));
        QCOMPARE(sent.size(), Rows);
        QCOMPARE(QSet<QString>(sent.cbegin(), sent.cend()).size(), Rows);
        auto summary = m_store->outbox().summary(m_integration, T0 + 2);
        QVERIFY_RESULT(summary);
        QCOMPARE(summary->done, Rows);
    }
};

QTEST_GUILESS_MAIN(TestOutboxTable)
#include "TestOutboxTable.moc"
