// Restore on SQLite and PostgreSQL: snapshots taken by real edits (UserEditor) are chosen oldest-first per property
// (or by id), planned against the account's current values as an update with a warning while the attribute is still
// exported, and queued by PlanQueue::confirm like any other plan. PlanSession plans a restore request against an
// in-process graphsim: the old values are the account's current ones, read with GET /users/{id}?$select=.
#include "../directory/StoreTestSupport.h"
#include "../directory/TestDatabase.h"

#include "core/directory/BindingTable.h"
#include "core/directory/OutboxTable.h"
#include "core/directory/Store.h"
#include "core/graph/GraphClient.h"
#include "core/graph/StaticTokenProvider.h"
#include "core/sync/PlanQueue.h"
#include "core/sync/PlanSession.h"
#include "core/sync/RestorePlanner.h"
#include "core/sync/UserEditor.h"
#include "tests/graphsim/GraphSim.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QTest>

class TestRestore : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<TestDatabase> m_db;
    std::unique_ptr<Store> m_store;
    QString m_integration;
    Integration m_integrationRow;
    User m_ana;
    BindingLink m_link;

    void edit(const QString &firstname)
    {
        User ana = **m_store->userById(m_ana.id);
        ana.firstname = firstname;
        auto edited = UserEditor(*m_store, QStringLiteral("os:tester")).save(ana);
        QVERIFY_RESULT(edited);
        QCOMPARE(edited->queued.size(), 1);
    }

    // The executor sent the queued edits: Graph confirmed every open row.
    void markSent()
    {
        const qint64 now = QDateTime::currentMSecsSinceEpoch();
        auto claimed = m_store->outbox().claimDue(m_integration, QStringLiteral("test"), now, 100, 60'000);
        QVERIFY_RESULT(claimed);
        for (const OutboxEntry &e : *claimed)
            QVERIFY_RESULT(m_store->outbox().recordDone(e.id, QStringLiteral("test"), QStringLiteral("req"), now));
    }

    // Plans request through PlanSession against a graphsim holding the given accounts; the session's plan, or the
    // failure message in *failure.
    std::unique_ptr<PlanSession> planSession(GraphSim &sim, const RestoreRequest &restore, QString *failure)
    {
        m_client->setBaseUrl(sim.baseUrl());
        PlanRequest request;
        request.restore = restore;
        auto session = std::make_unique<PlanSession>(m_client.get(), m_store.get(), m_integrationRow, request);
        QSignalSpy planned(session.get(), &PlanSession::planned);
        QSignalSpy failed(session.get(), &PlanSession::failed);
        session->start();
        if (!QTest::qWaitFor([&] { return planned.size() + failed.size() > 0; }, 10'000))
            qFatal("the restore was neither planned nor failed");
        *failure = failed.isEmpty() ? QString() : failed.first().first().toString();
        return session;
    }
    static QJsonObject account(const QString &givenName)
    {
        return {{QStringLiteral("id"), QStringLiteral("m-ana")},
                {QStringLiteral("userPrincipalName"), QStringLiteral("ana@contoso.com")},
                {QStringLiteral("givenName"), givenName},
                {QStringLiteral("surname"), QStringLiteral("Lopez")},
                {QStringLiteral("displayName"), QStringLiteral("Ana Lopez")},
                {QStringLiteral("mailNickname"), QStringLiteral("ana")},
                {QStringLiteral("accountEnabled"), true}};
    }
    std::unique_ptr<QNetworkAccessManager> m_nam;
    std::unique_ptr<StaticTokenProvider> m_tokens;
    std::unique_ptr<GraphClient> m_client;

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
        m_integrationRow = *created;
        User ana;
        ana.username = QStringLiteral("ana");
        ana.email = QStringLiteral("ana@contoso.com");
        ana.firstname = QStringLiteral("Ana");
        ana.lastname = QStringLiteral("Lopez");
        QVERIFY_RESULT(m_store->insertUsers({ana}));
        m_ana = **m_store->userByUsername(QStringLiteral("ana"));
        QVERIFY_RESULT(m_store->bind(m_integration, m_ana.id, QStringLiteral("m-ana")));
        m_link = {m_ana.id, QStringLiteral("m-ana"), QStringLiteral("ana@contoso.com"), true, false};
        QVERIFY_RESULT(m_store->bindings().saveLinks(m_integration, {m_link}));
        edit(QStringLiteral("Anna"));  // snapshots givenName "Ana", displayName "Ana Lopez"
        edit(QStringLiteral("Annie")); // snapshots givenName "Anna", displayName "Anna Lopez"
        m_nam = std::make_unique<QNetworkAccessManager>();
        m_tokens = std::make_unique<StaticTokenProvider>(Secret("t"));
        m_client = std::make_unique<GraphClient>(m_nam.get(), m_tokens.get());
    }
    void cleanup()
    {
        m_client.reset();
        m_tokens.reset();
        m_nam.reset();
        m_store.reset();
        m_db.reset();
    }

    void choosesTheOriginalValuePerPropertyOrTheNamedSnapshot()
    {
        const QList<Snapshot> all = *m_store->outbox().snapshots(m_integration);
        QCOMPARE(all.size(), 4);
        auto original = RestorePlanner::choose(all, {m_ana.id, QString(), QString()});
        QVERIFY_RESULT(original);
        QCOMPARE(original->size(), 2);
        for (const Snapshot &s : *original)
            QVERIFY(s.oldValue->contains(QStringLiteral("\"Ana")));
        QCOMPARE(RestorePlanner::properties(*original).size(), 2);

        auto one = RestorePlanner::choose(all, {m_ana.id, QStringLiteral("givenName"), QString()});
        QVERIFY_RESULT(one);
        QCOMPARE(one->size(), 1);
        QCOMPARE(*one->first().oldValue, QStringLiteral("\"Ana\""));

        QString later;
        for (const Snapshot &s : all) {
            if (s.property == u"givenName" && s.oldValue == QStringLiteral("\"Anna\""))
                later = s.id;
        }
        auto named = RestorePlanner::choose(all, {m_ana.id, QString(), later});
        QVERIFY_RESULT(named);
        QCOMPARE(*named->first().oldValue, QStringLiteral("\"Anna\""));

        auto none = RestorePlanner::choose(all, {m_ana.id, QStringLiteral("jobTitle"), QString()});
        QVERIFY(!none);
        QVERIFY(none.error().message.contains(QStringLiteral("has not overwritten jobTitle")));
        QVERIFY(!RestorePlanner::choose(all, {m_ana.id, QString(), QStringLiteral("nope")}));
    }

    void plansAnUpdateFromTheCurrentValuesAndQueuesIt()
    {
        const QList<Snapshot> all = *m_store->outbox().snapshots(m_integration);
        auto chosen = RestorePlanner::choose(all, {m_ana.id, QString(), QString()});
        QVERIFY_RESULT(chosen);
        // What Graph says now: the executor sent the edits; someone fixed displayName by hand already.
        const QJsonObject current {{QStringLiteral("givenName"), QStringLiteral("Annie")},
                                   {QStringLiteral("displayName"), QStringLiteral("Ana Lopez")}};
        const Plan plan =
            RestorePlanner::plan(m_integration, QStringLiteral("Contoso"), m_ana, m_link, *chosen, current,
                                 {QStringLiteral("givenName"), QStringLiteral("displayName")}, true);
        QCOMPARE(plan.operations.size(), 1);
        const PlanOperation &o = plan.operations.first();
        QCOMPARE(o.op, PlanOperation::Op::Update);
        QCOMPARE(o.m365Id, QStringLiteral("m-ana"));
        QCOMPARE(o.changes,
                 QList<PlanChange>({{QStringLiteral("givenName"), QStringLiteral("Annie"), QStringLiteral("Ana")}}));
        QVERIFY2(o.message.contains(QStringLiteral("givenName still exported")), qPrintable(o.message));

        PlanInput input;
        input.integrationId = m_integration;
        input.integrationName = QStringLiteral("Contoso");
        input.links = {m_link};
        QStringList before;
        const QList<OutboxEntry> earlier = *m_store->outbox().entries(m_integration);
        for (const OutboxEntry &e : earlier)
            before.append(e.id);
        auto queued = PlanQueue::confirm(*m_store, plan, input, PlanRequest());
        QVERIFY_RESULT(queued);
        QCOMPARE(*queued, 1);
        QList<OutboxEntry> rows = *m_store->outbox().entries(m_integration);
        QCOMPARE(rows.size(), before.size() + 1);
        rows.removeIf([&](const OutboxEntry &e) { return before.contains(e.id); });
        QCOMPARE(rows.size(), 1);
        const QJsonObject payload = QJsonDocument::fromJson(rows.first().payload.toUtf8()).object();
        QCOMPARE(payload.value(QStringLiteral("body")).toObject(),
                 QJsonObject({{QStringLiteral("givenName"), QStringLiteral("Ana")}}));
        // The restore keeps what it overwrites too.
        const QList<Snapshot> after = *m_store->outbox().snapshots(m_integration);
        QVERIFY(std::any_of(after.cbegin(), after.cend(), [&](const Snapshot &s) {
            return s.outboxId == rows.first().id && s.property == u"givenName" && s.oldValue == u"\"Annie\"";
        }));

        // A collection that had no value before clouddir is emptied ([]), not set to null.
        Snapshot phones = chosen->first();
        phones.property = QStringLiteral("businessPhones");
        phones.oldValue = std::nullopt;
        const Plan emptied =
            RestorePlanner::plan(m_integration, QStringLiteral("Contoso"), m_ana, m_link, {phones},
                                 {{QStringLiteral("businessPhones"), QJsonArray {QStringLiteral("+47 1")}}}, {}, false);
        QCOMPARE(emptied.operations.first().changes,
                 QList<PlanChange>(
                     {{QStringLiteral("businessPhones"), QJsonArray {QStringLiteral("+47 1")}, QJsonArray()}}));

        // Nothing left to restore: a skip with a reason, nothing to queue.
        const Plan done = RestorePlanner::plan(m_integration, QStringLiteral("Contoso"), m_ana, m_link, *chosen,
                                               {{QStringLiteral("givenName"), QStringLiteral("Ana")},
                                                {QStringLiteral("displayName"), QStringLiteral("Ana Lopez")}},
                                               {}, false);
        QVERIFY(!done.hasWrites());
    }

    void plansARestoreRequestWithTheValuesReadFromGraph()
    {
        GraphSim sim;
        sim.setUsers({account(QStringLiteral("Annika"))}); // someone renamed her by hand since
        QVERIFY(sim.listen() != 0);
        markSent();
        QString failure;
        auto session = planSession(sim, {m_ana.id, QString(), QString()}, &failure);
        QVERIFY2(failure.isEmpty(), qPrintable(failure));
        QCOMPARE(sim.countRequests(QStringLiteral("GET"), QStringLiteral("^/v1\\.0/users/m-ana$")), 1);
        QCOMPARE(sim.countRequests(QStringLiteral("GET"), QStringLiteral("^/v1\\.0/users$")), 0);
        const Plan &plan = session->plan();
        QCOMPARE(plan.operations.size(), 1);
        const PlanOperation &o = plan.operations.first();
        QCOMPARE(o.op, PlanOperation::Op::Update);
        QCOMPARE(o.upn, QStringLiteral("ana@contoso.com"));
        // old = what Graph holds now (not the last snapshot); displayName holds the original already.
        QCOMPARE(o.changes,
                 QList<PlanChange>({{QStringLiteral("givenName"), QStringLiteral("Annika"), QStringLiteral("Ana")}}));
        QVERIFY2(o.message.contains(QStringLiteral("still exported")), qPrintable(o.message));

        const int before = int(m_store->outbox().entries(m_integration)->size());
        auto queued = session->confirm(QString());
        QVERIFY_RESULT(queued);
        QCOMPARE(*queued, 1);
        const QList<OutboxEntry> rows = *m_store->outbox().entries(m_integration);
        QCOMPARE(rows.size(), before + 1);
        const QJsonObject payload = QJsonDocument::fromJson(rows.last().payload.toUtf8()).object();
        QCOMPARE(payload.value(QStringLiteral("id")).toString(), QStringLiteral("m-ana"));
        QCOMPARE(payload.value(QStringLiteral("body")).toObject(),
                 QJsonObject({{QStringLiteral("givenName"), QStringLiteral("Ana")}}));
    }

    void restoresOnePropertyOrANamedSnapshot()
    {
        GraphSim sim;
        sim.setUsers({account(QStringLiteral("Annie"))});
        QVERIFY(sim.listen() != 0);
        markSent();
        QString failure;
        auto one = planSession(sim, {m_ana.id, QStringLiteral("displayName"), QString()}, &failure);
        QVERIFY2(failure.isEmpty(), qPrintable(failure));
        QCOMPARE(one->plan().operations.first().op, PlanOperation::Op::Skip); // Graph holds "Ana Lopez" already

        QString later;
        const QList<Snapshot> all = *m_store->outbox().snapshots(m_integration);
        for (const Snapshot &s : all) {
            if (s.property == u"givenName" && s.oldValue == QStringLiteral("\"Anna\""))
                later = s.id;
        }
        auto named = planSession(sim, {m_ana.id, QString(), later}, &failure);
        QVERIFY2(failure.isEmpty(), qPrintable(failure));
        QCOMPARE(named->plan().operations.first().changes,
                 QList<PlanChange>({{QStringLiteral("givenName"), QStringLiteral("Annie"), QStringLiteral("Anna")}}));

        // A later edit Graph has not confirmed yet is sent before the restore: it is what the restore overwrites.
        edit(QStringLiteral("Annabel"));
        auto pending = planSession(sim, {m_ana.id, QStringLiteral("givenName"), QString()}, &failure);
        QVERIFY2(failure.isEmpty(), qPrintable(failure));
        QCOMPARE(pending->plan().operations.first().changes,
                 QList<PlanChange>({{QStringLiteral("givenName"), QStringLiteral("Annabel"), QStringLiteral("Ana")}}));
    }

    void failsNamingWhatIsMissing()
    {
        GraphSim sim; // the account was deleted in Microsoft 365
        QVERIFY(sim.listen() != 0);
        QString failure;
        planSession(sim, {m_ana.id, QString(), QString()}, &failure);
        QVERIFY2(failure.contains(QStringLiteral("m-ana of ana no longer exists")), qPrintable(failure));
        planSession(sim, {m_ana.id, QStringLiteral("jobTitle"), QString()}, &failure);
        QVERIFY2(failure.contains(QStringLiteral("has not overwritten jobTitle")), qPrintable(failure));
        QCOMPARE(sim.countRequests(QStringLiteral("GET"), QStringLiteral("^/v1\\.0/users/m-ana$")), 1);
    }
};

QTEST_GUILESS_MAIN(TestRestore)
#include "TestRestore.moc"
