// Restore on SQLite and PostgreSQL: snapshots taken by real edits (UserEditor) are chosen oldest-first per property
// (or by id), planned against the account's current values as an update with a warning while the attribute is still
// exported, and queued by PlanQueue::confirm like any other plan.
#include "../directory/StoreTestSupport.h"
#include "../directory/TestDatabase.h"

#include "core/directory/BindingTable.h"
#include "core/directory/OutboxTable.h"
#include "core/directory/Store.h"
#include "core/sync/PlanQueue.h"
#include "core/sync/RestorePlanner.h"
#include "core/sync/UserEditor.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QTest>

class TestRestore : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<TestDatabase> m_db;
    std::unique_ptr<Store> m_store;
    QString m_integration;
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
    }
    void cleanup()
    {
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

        // Nothing left to restore: a skip with a reason, nothing to queue.
        const Plan done = RestorePlanner::plan(m_integration, QStringLiteral("Contoso"), m_ana, m_link, *chosen,
                                               {{QStringLiteral("givenName"), QStringLiteral("Ana")},
                                                {QStringLiteral("displayName"), QStringLiteral("Ana Lopez")}},
                                               {}, false);
        QVERIFY(!done.hasWrites());
    }
};

QTEST_GUILESS_MAIN(TestRestore)
#include "TestRestore.moc"
