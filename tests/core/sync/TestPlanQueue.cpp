#include "../directory/StoreTestSupport.h"
#include "../directory/TestDatabase.h"
#include "core/directory/AuditTable.h"
#include "core/directory/BindingTable.h"
#include "core/directory/IntegrationSettingsTable.h"
#include "core/directory/OutboxTable.h"
#include "core/directory/Store.h"
#include "core/sync/PlanInputLoader.h"
#include "core/sync/PlanQueue.h"
#include "core/sync/Planner.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

#include <algorithm>

// Confirming a plan on a real store (SQLite and PostgreSQL rows) (cloud-directories.md §2.3): exactly the planned
// outbox rows, one snapshot per overwritten M365 value, the request's bindings and settings, all in one transaction;
// the brake and "not confirming" write nothing.
namespace {

#define QVERIFY_OK(expr)                                \
    do {                                                \
        const auto &result_ = (expr);                   \
        if (!result_)                                   \
            QFAIL(qPrintable(result_.error().message)); \
    } while (false)

using Op = PlanOperation::Op;

const QString DisplayName = QStringLiteral("displayName");
const QString GivenName = QStringLiteral("givenName");
const QString Surname = QStringLiteral("surname");

User makeUser(const QString &username, const QString &email, const QString &first, const QString &last)
{
    User u;
    u.username = username;
    u.email = email;
    u.firstname = first;
    u.lastname = last;
    return u;
}

M365Account account(const M365State &state, const QString &id, const QString &upn, const QMap<QString, QString> &values,
                    bool enabled = true)
{
    M365Account a;
    a.id = id;
    a.upn = upn;
    a.enabled = enabled;
    for (const QString &p : state.properties())
        a.values.append(values.value(p));
    return a;
}

struct Fixture
{
    ~Fixture() { store.reset(); } // every Store before the database it stands on
    std::unique_ptr<Store> store;
    std::unique_ptr<TestDatabase> db;
    Integration integration;
    QHash<QString, QString> ids; // username → user id
};

} // namespace

class TestPlanQueue : public QObject
{
    Q_OBJECT

private:
    // Users ana (new: create), ben (existing M365 account: takeover with old values), cy (takeover, equal values).
    void open(Fixture &f, int extraUsers = 0)
    {
        QFETCH_GLOBAL(QString, backend);
        f.db = std::make_unique<TestDatabase>(backend);
        QVERIFY2(f.db->error().isEmpty(), qPrintable(f.db->error()));
        auto store = Store::open(f.db->spec());
        QVERIFY_OK(store);
        f.store = std::move(*store);
        Integration integration;
        integration.name = QStringLiteral("Contoso M365");
        auto created = f.store->createIntegration(integration);
        QVERIFY_OK(created);
        f.integration = *created;
        QList<User> users = {
            makeUser(QStringLiteral("ana"), QStringLiteral("ana@contoso.com"), QStringLiteral("Ana"),
                     QStringLiteral("Lee")),
            makeUser(QStringLiteral("ben"), QStringLiteral("ben@contoso.com"), QStringLiteral("Ben"),
                     QStringLiteral("Ode")),
            makeUser(QStringLiteral("cy"), QStringLiteral("cy@contoso.com"), QStringLiteral("Cy"),
                     QStringLiteral("Dee")),
        };
        for (int i = 0; i < extraUsers; ++i)
            users.append(makeUser(QStringLiteral("x%1").arg(i), QStringLiteral("x%1@contoso.com").arg(i),
                                  QStringLiteral("X"), QStringLiteral("Y")));
        QVERIFY_OK(f.store->insertUsers(users));
        auto all = f.store->users();
        QVERIFY_OK(all);
        for (const User &u : *all)
            f.ids.insert(u.username, u.id);
    }

    M365State tenant(const PlanInput &input)
    {
        M365State state(Planner::exportedProperties(input.mappings));
        state.addAccount(account(state, QStringLiteral("m-ben"), QStringLiteral("ben@contoso.com"),
                                 {{DisplayName, QStringLiteral("Benjamin Ode")},
                                  {GivenName, QStringLiteral("Benjamin")},
                                  {Surname, QStringLiteral("Ode")}}));
        state.addAccount(account(state, QStringLiteral("m-cy"), QStringLiteral("cy@contoso.com"),
                                 {{DisplayName, QStringLiteral("Cy Dee")},
                                  {GivenName, QStringLiteral("Cy")},
                                  {Surname, QStringLiteral("Dee")}}));
        return state;
    }

    static int rows(Store &store, const QString &integrationId, int &snapshots)
    {
        auto entries = store.outbox().entries(integrationId);
        auto snaps = store.outbox().snapshots(integrationId);
        snapshots = snaps ? int(snaps->size()) : -1;
        return entries ? int(entries->size()) : -1;
    }

private Q_SLOTS:
    void initTestCase_data() { addBackendRows(); }
    void init()
    {
        QFETCH_GLOBAL(QString, backend);
        SKIP_OR_FAIL_WITHOUT_PG(backend);
    }

    void confirmWritesExactlyThePlan()
    {
        Fixture f;
        open(f);
        if (!f.store)
            QFAIL("the fixture could not be opened");
        PlanRequest request;
        request.change.bindUsers = {f.ids.value(QStringLiteral("ana")), f.ids.value(QStringLiteral("ben")),
                                    f.ids.value(QStringLiteral("cy"))};
        IntegrationSettings settings;
        settings.domains = {QStringLiteral("contoso.com")};
        request.settings = settings;
        auto input = PlanInputLoader::load(*f.store, f.integration, request);
        QVERIFY_OK(input);
        QCOMPARE(input->bound.size(), 3);
        QCOMPARE(input->settings, settings);
        input->verifiedDomains = QStringList({QStringLiteral("contoso.com")});
        const M365State state = tenant(*input);
        auto plan = Planner::plan(*input, state);
        QVERIFY_OK(plan);
        QCOMPARE(plan->counts(), (QMap<QString, int> {{QStringLiteral("create"), 1}, {QStringLiteral("takeover"), 2}}));

        // Planning wrote nothing.
        int snapshots = 0;
        QCOMPARE(rows(*f.store, f.integration.id, snapshots), 0);
        QCOMPARE(snapshots, 0);

        auto queued = PlanQueue::confirm(*f.store, *plan, *input, request, QString(), QStringLiteral("admin@x"));
        QVERIFY_OK(queued);
        QCOMPARE(*queued, 3);

        // The audit log: the bindings, the domains and one "queued" line per planned attribute change, by the actor.
        auto audit = f.store->audit().search({});
        QVERIFY_OK(audit);
        int changes = 0;
        for (const PlanOperation &o : plan->operations)
            changes += int(o.changes.size());
        QMap<QString, int> actions;
        for (const AuditEntry &e : *audit) {
            QCOMPARE(e.actor, QStringLiteral("admin@x"));
            QCOMPARE(e.integrationId, f.integration.id);
            ++actions[e.action];
            if (e.action == u"domains") {
                QCOMPARE(e.property, QStringLiteral("domains"));
                QCOMPARE(e.newValue, QStringLiteral("contoso.com"));
            }
        }
        QCOMPARE(actions, (QMap<QString, int> {{QStringLiteral("bind"), 3},
                                               {QStringLiteral("domains"), 1},
                                               {QStringLiteral("queued"), changes}}));
        AuditQuery forBen;
        forBen.text = QStringLiteral("ben");
        QVERIFY(*f.store->audit().count(forBen) >= 3); // bound, displayName and givenName queued

        auto entries = f.store->outbox().entries(f.integration.id);
        QVERIFY_OK(entries);
        QCOMPARE(entries->size(), 3);
        const OutboxBatch expected = PlanQueue::batch(*plan, *input, request);
        QStringList planIds;
        for (qsizetype i = 0; i < entries->size(); ++i) {
            const OutboxEntry &e = entries->at(i);
            const OutboxEntry &x = expected.entries.at(i);
            QCOMPARE(e.seq, int(i));
            QCOMPARE(e.op, x.op);
            QCOMPARE(e.userId, x.userId);
            QCOMPARE(e.m365Id, x.m365Id);
            QCOMPARE(e.upn, x.upn);
            QCOMPARE(QJsonDocument::fromJson(e.payload.toUtf8()), QJsonDocument::fromJson(x.payload.toUtf8()));
            QCOMPARE(e.state, QStringLiteral("pending"));
            QVERIFY(!e.id.isEmpty());
            planIds.append(e.planId);
        }
        planIds.removeDuplicates();
        QCOMPARE(planIds.size(), 1);
        QCOMPARE(entries->at(0).op, QStringLiteral("create"));
        QCOMPARE(entries->at(0).upn, QStringLiteral("ana@contoso.com"));
        QCOMPARE(entries->at(1).op, QStringLiteral("takeover"));
        QCOMPARE(entries->at(1).m365Id, QStringLiteral("m-ben"));
        QCOMPARE(QJsonDocument::fromJson(entries->at(1).payload.toUtf8()).object(),
                 (QJsonObject {{QStringLiteral("id"), QStringLiteral("m-ben")},
                               {QStringLiteral("body"), QJsonObject {{DisplayName, QStringLiteral("Ben Ode")},
                                                                     {GivenName, QStringLiteral("Ben")}}}}));
        QCOMPARE(entries->at(2).op, QStringLiteral("takeover"));
        QCOMPARE(
            QJsonDocument::fromJson(entries->at(2).payload.toUtf8()).object(),
            (QJsonObject {{QStringLiteral("id"), QStringLiteral("m-cy")}, {QStringLiteral("body"), QJsonObject()}}));

        // One snapshot per overwritten M365 value: ben's displayName and givenName, nothing for ana or cy.
        auto snaps = f.store->outbox().snapshots(f.integration.id);
        QVERIFY_OK(snaps);
        QCOMPARE(snaps->size(), 2);
        QStringList described;
        for (const Snapshot &s : *snaps) {
            QCOMPARE(s.userId, f.ids.value(QStringLiteral("ben")));
            QCOMPARE(s.m365Id, QStringLiteral("m-ben"));
            QCOMPARE(s.operation, QStringLiteral("takeover"));
            QCOMPARE(s.outboxId, entries->at(1).id);
            QVERIFY(s.takenAt > 0);
            described.append(s.property + u'=' + s.oldValue.value_or(QStringLiteral("<none>")));
        }
        described.sort();
        QCOMPARE(described, QStringList({QStringLiteral("displayName=\"Benjamin Ode\""),
                                         QStringLiteral("givenName=\"Benjamin\"")}));

        // The request and the learnt links were written with them.
        auto settingsNow = f.store->integrationSettings().get(f.integration.id);
        QVERIFY_OK(settingsNow);
        QCOMPARE(*settingsNow, settings);
        auto bound = f.store->bindings().effectiveUserIds(f.integration.id);
        QVERIFY_OK(bound);
        QCOMPARE(*bound, input->bound);
        auto links = f.store->bindings().links(f.integration.id);
        QVERIFY_OK(links);
        QCOMPARE(links->size(), 3);
        QHash<QString, BindingLink> byUser;
        for (const BindingLink &l : *links)
            byUser.insert(l.userId, l);
        QCOMPARE(byUser.value(f.ids.value(QStringLiteral("ben"))).m365Id, QStringLiteral("m-ben"));
        QCOMPARE(byUser.value(f.ids.value(QStringLiteral("ben"))).upn, QStringLiteral("ben@contoso.com"));
        QVERIFY(byUser.value(f.ids.value(QStringLiteral("ben"))).direct);
        QCOMPARE(byUser.value(f.ids.value(QStringLiteral("ana"))).m365Id, QString());
        QCOMPARE(byUser.value(f.ids.value(QStringLiteral("ana"))).upn, QStringLiteral("ana@contoso.com"));

        // A second plan after the confirm: the takeovers are linked now, nothing is left to do for ben and cy.
        auto again = PlanInputLoader::load(*f.store, f.integration, PlanRequest {});
        QVERIFY_OK(again);
        again->verifiedDomains = QStringList({QStringLiteral("contoso.com")});
        auto second = Planner::plan(*again, tenant(*again));
        QVERIFY_OK(second);
        QStringList linkedOps;
        for (const PlanOperation &o : second->operations) {
            if (o.userId != f.ids.value(QStringLiteral("ana")))
                linkedOps.append(PlanOperation::opName(o.op) + u' ' + o.username);
        }
        // ben's M365 values are unchanged until the executor runs, but his takeover is still pending in the outbox
        // (PlanInput::pending): no second takeover and no update of the same values; cy is equal.
        QCOMPARE(linkedOps, QStringList());
    }

    void notConfirmingWritesNothing()
    {
        Fixture f;
        open(f);
        if (!f.store)
            QFAIL("the fixture could not be opened");
        PlanRequest request;
        request.change.bindUsers = {f.ids.value(QStringLiteral("ana"))};
        IntegrationSettings settings;
        settings.exportManager = true;
        request.settings = settings;
        auto input = PlanInputLoader::load(*f.store, f.integration, request);
        QVERIFY_OK(input);
        QCOMPARE(input->bound, QSet<QString>({f.ids.value(QStringLiteral("ana"))}));
        auto plan = Planner::plan(*input, tenant(*input));
        QVERIFY_OK(plan);
        QCOMPARE(plan->count(Op::Create), 1);
        // No confirm(): the store is as it was.
        int snapshots = 0;
        QCOMPARE(rows(*f.store, f.integration.id, snapshots), 0);
        QCOMPARE(snapshots, 0);
        auto bound = f.store->bindings().effectiveUserIds(f.integration.id);
        QVERIFY_OK(bound);
        QVERIFY(bound->isEmpty());
        auto links = f.store->bindings().links(f.integration.id);
        QVERIFY_OK(links);
        QVERIFY(links->isEmpty());
        auto settingsNow = f.store->integrationSettings().get(f.integration.id);
        QVERIFY_OK(settingsNow);
        QCOMPARE(*settingsNow, IntegrationSettings());
    }

    void brake_data()
    {
        QTest::addColumn<QString>("typed");
        QTest::addColumn<bool>("queued");
        QTest::newRow("nothing typed") << QString() << false;
        QTest::newRow("wrong name") << QStringLiteral("Contoso") << false;
        QTest::newRow("wrong case") << QStringLiteral("contoso m365") << false;
        QTest::newRow("right name") << QStringLiteral("Contoso M365") << true;
    }
    void brake()
    {
        QFETCH(QString, typed);
        QFETCH(bool, queued);
        // 60 linked users (ids known), 55 of them unbound → 55 suspensions: over 50 and over 10 %.
        Fixture f;
        open(f, 57);
        if (!f.store)
            QFAIL("the fixture could not be opened");
        QStringList all = f.ids.values();
        std::sort(all.begin(), all.end());
        QCOMPARE(all.size(), 60);
        QList<BindingLink> links;
        auto users = f.store->users();
        QVERIFY_OK(users);
        PlanRequest bindAll;
        bindAll.change.bindUsers = all;
        // Bind all 60 and learn their links through a plan against a tenant where every account exists.
        auto input = PlanInputLoader::load(*f.store, f.integration, bindAll);
        QVERIFY_OK(input);
        M365State state(Planner::exportedProperties(input->mappings));
        for (const User &u : *users) {
            state.addAccount(account(
                state, QStringLiteral("m-") + u.username, u.email,
                {{DisplayName, u.firstname + u' ' + u.lastname}, {GivenName, u.firstname}, {Surname, u.lastname}}));
        }
        auto first = Planner::plan(*input, state);
        QVERIFY_OK(first);
        QCOMPARE(first->count(Op::Takeover), 60);
        QVERIFY(!first->needsConfirmation());
        QVERIFY_OK(PlanQueue::confirm(*f.store, *first, *input, bindAll));
        int snapshots = 0;
        QCOMPARE(rows(*f.store, f.integration.id, snapshots), 60);
        QCOMPARE(snapshots, 0);

        PlanRequest unbind;
        unbind.change.unbindUsers = all.mid(0, 55);
        auto unbindInput = PlanInputLoader::load(*f.store, f.integration, unbind);
        QVERIFY_OK(unbindInput);
        QCOMPARE(unbindInput->bound.size(), 5);
        auto plan = Planner::plan(*unbindInput, state);
        QVERIFY_OK(plan);
        QCOMPARE(plan->count(Op::Suspend), 55);
        QCOMPARE(plan->operations.size(), 55);
        QVERIFY(plan->needsConfirmation());
        QCOMPARE(plan->confirmationText(), QStringLiteral("Contoso M365"));

        auto result = PlanQueue::confirm(*f.store, *plan, *unbindInput, unbind, typed);
        QCOMPARE(bool(result), queued);
        auto bound = f.store->bindings().effectiveUserIds(f.integration.id);
        QVERIFY_OK(bound);
        if (!queued) {
            QVERIFY2(result.error().message.contains(QStringLiteral("Contoso M365")),
                     qPrintable(result.error().message));
            QCOMPARE(rows(*f.store, f.integration.id, snapshots), 60);
            QCOMPARE(snapshots, 0);
            QCOMPARE(bound->size(), 60);
            return;
        }
        QCOMPARE(*result, 55);
        QCOMPARE(rows(*f.store, f.integration.id, snapshots), 115);
        QCOMPARE(snapshots, 55); // accountEnabled=true kept for each suspension
        QCOMPARE(bound->size(), 5);
        auto after = f.store->bindings().links(f.integration.id);
        QVERIFY_OK(after);
        QCOMPARE(after->size(), 60); // unbound users keep their link rows
        QCOMPARE(std::count_if(after->cbegin(), after->cend(), [](const BindingLink &l) { return l.suspended; }), 55);
    }

    // All or nothing: a plan whose last link cannot be written (a user that does not exist) leaves no binding,
    // no setting, no outbox row and no snapshot behind.
    void failureWritesNothing()
    {
        Fixture f;
        open(f);
        if (!f.store)
            QFAIL("the fixture could not be opened");
        PlanRequest request;
        request.change.bindUsers = {f.ids.value(QStringLiteral("ben"))};
        IntegrationSettings settings;
        settings.domains = {QStringLiteral("contoso.com")};
        request.settings = settings;
        auto input = PlanInputLoader::load(*f.store, f.integration, request);
        QVERIFY_OK(input);
        auto plan = Planner::plan(*input, tenant(*input));
        QVERIFY_OK(plan);
        QCOMPARE(plan->count(Op::Takeover), 1);
        PlanOperation ghost;
        ghost.op = Op::Update;
        ghost.userId = QStringLiteral("00000000-0000-0000-0000-000000000000");
        ghost.m365Id = QStringLiteral("m-ghost");
        ghost.changes = {{Surname, QStringLiteral("Old"), QStringLiteral("New")}};
        plan->operations.append(ghost);
        auto result = PlanQueue::confirm(*f.store, *plan, *input, request);
        QVERIFY(!result);
        QCOMPARE(*f.store->audit().count({}), 0); // the log rolls back with the plan
        int snapshots = 0;
        QCOMPARE(rows(*f.store, f.integration.id, snapshots), 0);
        QCOMPARE(snapshots, 0);
        auto bound = f.store->bindings().effectiveUserIds(f.integration.id);
        QVERIFY_OK(bound);
        QVERIFY(bound->isEmpty());
        auto settingsNow = f.store->integrationSettings().get(f.integration.id);
        QVERIFY_OK(settingsNow);
        QCOMPARE(*settingsNow, IntegrationSettings());
    }
};

QTEST_GUILESS_MAIN(TestPlanQueue)
#include "TestPlanQueue.moc"
