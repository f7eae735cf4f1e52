#include "../directory/StoreTestSupport.h"
#include "../directory/TestDatabase.h"
#include "core/directory/BindingTable.h"
#include "core/directory/OutboxTable.h"
#include "core/directory/Store.h"
#include "core/sync/PlanInputLoader.h"
#include "core/sync/PlanQueue.h"
#include "core/sync/Planner.h"

#include <QTest>

// What the planner reads from a real store (SQLite and PostgreSQL rows): the outbox rows Graph has not confirmed
// (a re-plan queues nothing twice), and the link of a bound user who was deleted (migration 0007: it outlives the
// user, so the plan suspends the account, cloud-directories.md §2.3).
namespace {

struct Fixture
{
    ~Fixture() { store.reset(); } // every Store before the database it stands on
    std::unique_ptr<Store> store;
    std::unique_ptr<TestDatabase> db;
    Integration integration;
    QString userId;
};

M365State tenant(const PlanInput &input, bool withAccount)
{
    M365State state(Planner::exportedProperties(input.mappings));
    if (withAccount) {
        M365Account a;
        a.id = QStringLiteral("m-ana");
        a.upn = QStringLiteral("ana@contoso.com");
        a.enabled = true;
        for (const QString &p : state.properties())
            a.values.append(p == u"displayName" ? QStringLiteral("Ana Lee")
                                                : (p == u"givenName" ? QStringLiteral("Ana") : QStringLiteral("Lee")));
        state.addAccount(a);
    }
    return state;
}

} // namespace

class TestPlanInputLoader : public QObject
{
    Q_OBJECT

private:
    void open(Fixture &f)
    {
        QFETCH_GLOBAL(QString, backend);
        f.db = std::make_unique<TestDatabase>(backend);
        QVERIFY2(f.db->error().isEmpty(), qPrintable(f.db->error()));
        auto store = Store::open(f.db->spec());
        QVERIFY_RESULT(store);
        f.store = std::move(*store);
        Integration integration;
        integration.name = QStringLiteral("Contoso M365");
        auto created = f.store->createIntegration(integration);
        QVERIFY_RESULT(created);
        f.integration = *created;
        User ana;
        ana.username = QStringLiteral("ana");
        ana.email = QStringLiteral("ana@contoso.com");
        ana.firstname = QStringLiteral("Ana");
        ana.lastname = QStringLiteral("Lee");
        QVERIFY_RESULT(f.store->insertUsers({ana}));
        auto stored = f.store->userByUsername(QStringLiteral("ana"));
        QVERIFY_RESULT(stored);
        QVERIFY(stored->has_value());
        f.userId = (*stored)->id;
    }

    Plan planOf(Fixture &f, bool withAccount, PlanInput *input = nullptr, const PlanRequest &request = {})
    {
        auto loaded = PlanInputLoader::load(*f.store, f.integration, request);
        if (!loaded)
            qFatal("load failed: %s", qPrintable(loaded.error().message));
        auto plan = Planner::plan(*loaded, tenant(*loaded, withAccount));
        if (!plan)
            qFatal("plan failed: %s", qPrintable(plan.error().message));
        if (input)
            *input = *loaded;
        return *plan;
    }

private Q_SLOTS:
    void initTestCase_data() { addBackendRows(); }
    void init()
    {
        QFETCH_GLOBAL(QString, backend);
        SKIP_OR_FAIL_WITHOUT_PG(backend);
    }

    // Bind → create queued; planning again (rows pending) queues nothing; once a row failed, it is planned again.
    void pendingRowsAreLoaded()
    {
        Fixture f;
        open(f);
        QVERIFY(f.store);
        PlanRequest request;
        request.change.bindUsers = {f.userId};
        PlanInput input;
        const Plan first = planOf(f, false, &input, request);
        QCOMPARE(first.count(PlanOperation::Op::Create), 1);
        QCOMPARE(input.pending.size(), 0);
        auto queued = PlanQueue::confirm(*f.store, first, input, request);
        QVERIFY_RESULT(queued);
        QCOMPARE(*queued, 1);

        const Plan second = planOf(f, false, &input);
        QCOMPARE(input.pending.size(), 1);
        QCOMPARE(input.pending.first().op, QStringLiteral("create"));
        QCOMPARE(second.operations.size(), 0);

        QString error;
        f.db->exec(QStringLiteral("UPDATE outbox SET state = 'failed'"), &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        const Plan third = planOf(f, false, &input);
        QCOMPARE(input.pending.size(), 0);
        QCOMPARE(third.count(PlanOperation::Op::Create), 1);
    }

    // Deleting a bound, linked directory user keeps its binding row; the next plan suspends the account.
    void deletedUserIsSuspended()
    {
        Fixture f;
        open(f);
        QVERIFY(f.store);
        BindingTable bindings = f.store->bindings();
        BindingChange change;
        change.bindUsers = {f.userId};
        QVERIFY_RESULT(bindings.apply(f.integration.id, change));
        BindingLink link;
        link.userId = f.userId;
        link.m365Id = QStringLiteral("m-ana");
        link.upn = QStringLiteral("ana@contoso.com");
        QVERIFY_RESULT(bindings.saveLinks(f.integration.id, {link}));
        QCOMPARE(planOf(f, true).operations.size(), 0); // bound and equal: nothing

        QString error;
        f.db->exec(QStringLiteral("DELETE FROM users WHERE id = '%1'").arg(f.userId), &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        auto links = bindings.links(f.integration.id);
        QVERIFY_RESULT(links);
        QCOMPARE(links->size(), 1); // the binding outlived the user
        QCOMPARE(links->first().m365Id, QStringLiteral("m-ana"));

        PlanInput input;
        const Plan plan = planOf(f, true, &input);
        QCOMPARE(plan.operations.size(), 1);
        const PlanOperation &o = plan.operations.first();
        QCOMPARE(o.op, PlanOperation::Op::Suspend);
        QCOMPARE(o.reason, QStringLiteral("deleted"));
        QCOMPARE(o.m365Id, QStringLiteral("m-ana"));
        QVERIFY_RESULT(PlanQueue::confirm(*f.store, plan, input, PlanRequest {}, input.integrationName));
        QCOMPARE(planOf(f, true).operations.size(), 0); // the suspension is queued: not twice
    }

    // Without the foreign key, binding checks that the user exists itself.
    void bindingAMissingUserFails()
    {
        Fixture f;
        open(f);
        QVERIFY(f.store);
        BindingChange change;
        change.bindUsers = {QStringLiteral("no-such-user")};
        const auto result = f.store->bindings().apply(f.integration.id, change);
        QVERIFY(!result);
        QVERIFY2(result.error().message.contains(QStringLiteral("no-such-user")), qPrintable(result.error().message));
        auto links = f.store->bindings().links(f.integration.id);
        QVERIFY_RESULT(links);
        QCOMPARE(links->size(), 0);
    }
};

QTEST_GUILESS_MAIN(TestPlanInputLoader)
#include "TestPlanInputLoader.moc"
