#include "core/mapping/BuiltInMappings.h"
#include "core/mapping/MappingSet.h"
#include "core/sync/PlanQueue.h"
#include "core/sync/Planner.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

// Pure tests of the planner (cloud-directories.md §1.5–§1.7, §2.3, §2.4): PlanInput and M365State built in code.
namespace {

using Op = PlanOperation::Op;

const QString IntegrationId = QStringLiteral("int-1");
const QString UpnProp = QStringLiteral("userPrincipalName");
const QString DisplayName = QStringLiteral("displayName");
const QString GivenName = QStringLiteral("givenName");
const QString Surname = QStringLiteral("surname");

User makeUser(const QString &id, const QString &email, const QString &first = QStringLiteral("Ana"),
              const QString &last = QStringLiteral("Lee"))
{
    User u;
    u.id = id;
    u.username = QStringLiteral("user-") + id;
    u.email = email;
    u.firstname = first;
    u.lastname = last;
    return u;
}

Mapping optionalMapping(const QString &builtIn)
{
    for (const Mapping &m : BuiltInMappings::optional(IntegrationId)) {
        if (m.builtIn == builtIn)
            return m;
    }
    qFatal("no optional mapping %s", qPrintable(builtIn));
}

PlanInput makeInput(const QList<User> &users, const QStringList &bound = {}, const QList<BindingLink> &links = {},
                    const QList<Mapping> &extra = {})
{
    PlanInput in;
    in.integrationId = IntegrationId;
    in.integrationName = QStringLiteral("Contoso M365");
    in.mappings = BuiltInMappings::withDefaults(IntegrationId, extra);
    in.users = users;
    for (const QString &id : bound)
        in.bound.insert(id);
    in.links = links;
    return in;
}

BindingLink link(const QString &userId, const QString &m365Id, const QString &upn, bool direct = true)
{
    BindingLink l;
    l.userId = userId;
    l.m365Id = m365Id;
    l.upn = upn;
    l.direct = direct;
    return l;
}

// An account carrying `values` (property → raw listing string) for the state's properties; absent = null.
M365Account account(const M365State &state, const QString &id, const QString &upn, const QMap<QString, QString> &values,
                    bool enabled = true, bool onPremises = false, const QString &managerId = QString())
{
    M365Account a;
    a.id = id;
    a.upn = upn;
    a.enabled = enabled;
    a.onPremises = onPremises;
    a.managerId = managerId;
    for (const QString &p : state.properties())
        a.values.append(values.value(p));
    return a;
}

QMap<QString, QString> anaLee()
{
    return {
        {DisplayName, QStringLiteral("Ana Lee")}, {GivenName, QStringLiteral("Ana")}, {Surname, QStringLiteral("Lee")}};
}

M365State stateFor(const PlanInput &in)
{
    return M365State(Planner::exportedProperties(in.mappings));
}

Plan planOf(const PlanInput &in, const M365State &state)
{
    auto result = Planner::plan(in, state);
    if (!result)
        qFatal("plan failed: %s", qPrintable(result.error().message));
    return *result;
}

QList<PlanOperation> opsOf(const Plan &plan, Op op)
{
    QList<PlanOperation> result;
    for (const PlanOperation &o : plan.operations) {
        if (o.op == op)
            result.append(o);
    }
    return result;
}

QString describe(const QList<PlanChange> &changes)
{
    QStringList parts;
    for (const PlanChange &c : changes) {
        parts.append(
            c.property + u'='
            + QString::fromUtf8(QJsonDocument(QJsonArray {c.oldValue, c.newValue}).toJson(QJsonDocument::Compact)));
    }
    return parts.join(u';');
}

// What the next plan sees after `plan` was confirmed and its rows are not sent yet (or are in rowState): the links
// PlanQueue wrote and the outbox rows (M365 itself unchanged).
PlanInput afterConfirm(const PlanInput &in, const Plan &plan, const QString &rowState)
{
    const OutboxBatch b = PlanQueue::batch(plan, in, PlanRequest {});
    PlanInput next = in;
    for (const BindingLink &l : b.links) {
        const auto it = std::find_if(next.links.begin(), next.links.end(),
                                     [&l](const BindingLink &x) { return x.userId == l.userId; });
        if (it == next.links.end())
            next.links.append(l);
        else
            *it = l;
    }
    for (OutboxEntry e : b.entries) {
        e.state = rowState;
        next.pending.append(e);
    }
    return next;
}

QJsonObject payloadOf(const OutboxEntry &e)
{
    return QJsonDocument::fromJson(e.payload.toUtf8()).object();
}

const QStringList Verified {QStringLiteral("contoso.com"), QStringLiteral("contoso.co.uk"),
                            QStringLiteral("fabrikam.com"), QStringLiteral("contoso.onmicrosoft.com")};

} // namespace

class TestPlanner : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void exportedPropertiesOfDefaults()
    {
        QCOMPARE(Planner::exportedProperties(BuiltInMappings::withDefaults(IntegrationId, {})),
                 QStringList({DisplayName, GivenName, Surname}));
        const QList<Mapping> extra = {optionalMapping(QStringLiteral("user_alternate_email")),
                                      optionalMapping(QStringLiteral("user_business_phones"))};
        const QStringList props = Planner::exportedProperties(BuiltInMappings::withDefaults(IntegrationId, extra));
        QVERIFY(props.contains(QStringLiteral("otherMails")));
        QVERIFY(!props.contains(QStringLiteral("otherEmails")));
        QVERIFY(props.contains(QStringLiteral("businessPhones")));
        QVERIFY(!props.contains(UpnProp));
        QCOMPARE(props.size(), 5);
    }

    void createForNewUpn()
    {
        const PlanInput in =
            makeInput({makeUser(QStringLiteral("u1"), QStringLiteral("ana.lee@contoso.com"))}, {QStringLiteral("u1")});
        const Plan plan = planOf(in, stateFor(in));
        QCOMPARE(plan.operations.size(), 1);
        const PlanOperation &o = plan.operations.first();
        QCOMPARE(o.op, Op::Create);
        QCOMPARE(o.userId, QStringLiteral("u1"));
        QCOMPARE(o.upn, QStringLiteral("ana.lee@contoso.com"));
        QCOMPARE(o.reason, QStringLiteral("new-account"));
        QVERIFY(o.m365Id.isEmpty());
        QCOMPARE(describe(o.changes), QStringLiteral("userPrincipalName=[null,\"ana.lee@contoso.com\"];"
                                                     "displayName=[null,\"Ana Lee\"];givenName=[null,\"Ana\"];"
                                                     "surname=[null,\"Lee\"]"));
        QCOMPARE(plan.boundUsers, 1);
        QCOMPARE(plan.counts(), (QMap<QString, int> {{QStringLiteral("create"), 1}}));

        // The outbox payload: POST /users body, enabled, with a mailNickname and no passwordProfile.
        const OutboxBatch b = PlanQueue::batch(plan, in, PlanRequest {});
        QCOMPARE(b.entries.size(), 1);
        const QJsonObject body = payloadOf(b.entries.first()).value(QStringLiteral("body")).toObject();
        QCOMPARE(body.value(UpnProp).toString(), QStringLiteral("ana.lee@contoso.com"));
        QCOMPARE(body.value(DisplayName).toString(), QStringLiteral("Ana Lee"));
        QCOMPARE(body.value(QStringLiteral("accountEnabled")), QJsonValue(true));
        QCOMPARE(body.value(QStringLiteral("mailNickname")).toString(), QStringLiteral("ana.lee"));
        QVERIFY(!body.contains(QStringLiteral("passwordProfile")));
        QVERIFY(b.snapshots.isEmpty()); // nothing in M365 to keep
    }

    void takeoverChangesOldToNew()
    {
        const PlanInput in =
            makeInput({makeUser(QStringLiteral("u1"), QStringLiteral("ana.lee@contoso.com"))}, {QStringLiteral("u1")});
        M365State state = stateFor(in);
        state.addAccount(account(state, QStringLiteral("m-1"), QStringLiteral("ana.lee@contoso.com"),
                                 {{DisplayName, QStringLiteral("Ana L.")}, {GivenName, QStringLiteral("Ana")}}));
        const Plan plan = planOf(in, state);
        QCOMPARE(plan.operations.size(), 1);
        const PlanOperation &o = plan.operations.first();
        QCOMPARE(o.op, Op::Takeover);
        QCOMPARE(o.reason, QStringLiteral("upn-exists"));
        QCOMPARE(o.m365Id, QStringLiteral("m-1"));
        QCOMPARE(o.upn, QStringLiteral("ana.lee@contoso.com"));
        QCOMPARE(describe(o.changes), QStringLiteral("displayName=[\"Ana L.\",\"Ana Lee\"];surname=[null,\"Lee\"]"));

        const OutboxBatch b = PlanQueue::batch(plan, in, PlanRequest {});
        QCOMPARE(b.entries.size(), 1);
        QCOMPARE(b.entries.first().op, QStringLiteral("takeover"));
        QCOMPARE(payloadOf(b.entries.first()),
                 (QJsonObject {{QStringLiteral("id"), QStringLiteral("m-1")},
                               {QStringLiteral("body"), QJsonObject {{DisplayName, QStringLiteral("Ana Lee")},
                                                                     {Surname, QStringLiteral("Lee")}}}}));
        // One snapshot per overwritten value that M365 had: displayName only (surname was null).
        QCOMPARE(b.snapshots.size(), 1);
        QCOMPARE(b.snapshots.first().property, DisplayName);
        QCOMPARE(b.snapshots.first().oldValue, std::optional<QString>(QStringLiteral("\"Ana L.\"")));
        QCOMPARE(b.links.size(), 1);
        QCOMPARE(b.links.first().m365Id, QStringLiteral("m-1"));
    }

    void takeoverCaseOnlyUpn()
    {
        const PlanInput in =
            makeInput({makeUser(QStringLiteral("u1"), QStringLiteral("Ana.Lee@contoso.com"))}, {QStringLiteral("u1")});
        M365State state = stateFor(in);
        state.addAccount(account(state, QStringLiteral("m-1"), QStringLiteral("ana.lee@contoso.com"), anaLee()));
        const Plan plan = planOf(in, state);
        QCOMPARE(plan.operations.size(), 1);
        QCOMPARE(plan.operations.first().op, Op::Takeover);
        QCOMPARE(describe(plan.operations.first().changes),
                 QStringLiteral("userPrincipalName=[\"ana.lee@contoso.com\",\"Ana.Lee@contoso.com\"]"));
    }

    void update_data()
    {
        QTest::addColumn<QString>("first");
        QTest::addColumn<QString>("last");
        QTest::addColumn<QString>("expected"); // describe() of the update, empty = no operation at all

        QTest::newRow("equal") << QStringLiteral("Ana") << QStringLiteral("Lee") << QString();
        QTest::newRow("lastname") << QStringLiteral("Ana") << QStringLiteral("Ode")
                                  << QStringLiteral("displayName=[\"Ana Lee\",\"Ana Ode\"];surname=[\"Lee\",\"Ode\"]");
        QTest::newRow("firstname") << QStringLiteral("Anna") << QStringLiteral("Lee")
                                   << QStringLiteral("displayName=[\"Ana Lee\",\"Anna Lee\"];"
                                                     "givenName=[\"Ana\",\"Anna\"]");
    }
    void update()
    {
        QFETCH(QString, first);
        QFETCH(QString, last);
        QFETCH(QString, expected);
        const PlanInput in =
            makeInput({makeUser(QStringLiteral("u1"), QStringLiteral("ana.lee@contoso.com"), first, last)},
                      {QStringLiteral("u1")},
                      {link(QStringLiteral("u1"), QStringLiteral("m-1"), QStringLiteral("ana.lee@contoso.com"))});
        M365State state = stateFor(in);
        state.addAccount(account(state, QStringLiteral("m-1"), QStringLiteral("ana.lee@contoso.com"), anaLee()));
        const Plan plan = planOf(in, state);
        if (expected.isEmpty()) {
            QCOMPARE(plan.operations.size(), 0);
            QVERIFY(!plan.hasWrites());
            QCOMPARE(plan.toJson().value(QStringLiteral("counts")).toObject(), QJsonObject());
            return;
        }
        QCOMPARE(plan.operations.size(), 1);
        QCOMPARE(plan.operations.first().op, Op::Update);
        QCOMPARE(plan.operations.first().reason, QStringLiteral("changed"));
        QCOMPARE(plan.operations.first().m365Id, QStringLiteral("m-1"));
        QCOMPARE(describe(plan.operations.first().changes), expected);
    }

    void renameBoundAccount()
    {
        const PlanInput in =
            makeInput({makeUser(QStringLiteral("u1"), QStringLiteral("ana.lee@fabrikam.com"))}, {QStringLiteral("u1")},
                      {link(QStringLiteral("u1"), QStringLiteral("m-1"), QStringLiteral("ana.lee@contoso.com"))});
        M365State state = stateFor(in);
        state.addAccount(account(state, QStringLiteral("m-1"), QStringLiteral("ana.lee@contoso.com"), anaLee()));
        const Plan plan = planOf(in, state);
        QCOMPARE(plan.operations.size(), 1);
        const PlanOperation &o = plan.operations.first();
        QCOMPARE(o.op, Op::Rename);
        QCOMPARE(o.reason, QStringLiteral("upn-changed"));
        QCOMPARE(o.m365Id, QStringLiteral("m-1"));
        QCOMPARE(o.upn, QStringLiteral("ana.lee@fabrikam.com"));
        QCOMPARE(describe(o.changes),
                 QStringLiteral("userPrincipalName=[\"ana.lee@contoso.com\",\"ana.lee@fabrikam.com\"]"));
        const OutboxBatch b = PlanQueue::batch(plan, in, PlanRequest {});
        QCOMPARE(payloadOf(b.entries.first()).value(QStringLiteral("body")).toObject(),
                 (QJsonObject {{UpnProp, QStringLiteral("ana.lee@fabrikam.com")}}));
        QCOMPARE(b.snapshots.size(), 1);
        QCOMPARE(b.snapshots.first().property, UpnProp);
        QCOMPARE(b.links.first().upn, QStringLiteral("ana.lee@fabrikam.com"));
    }

    void renameOntoTakenUpnIsSkipped()
    {
        const PlanInput in =
            makeInput({makeUser(QStringLiteral("u1"), QStringLiteral("ana.lee@fabrikam.com"))}, {QStringLiteral("u1")},
                      {link(QStringLiteral("u1"), QStringLiteral("m-1"), QStringLiteral("ana.lee@contoso.com"))});
        M365State state = stateFor(in);
        state.addAccount(account(state, QStringLiteral("m-1"), QStringLiteral("ana.lee@contoso.com"), anaLee()));
        state.addAccount(account(state, QStringLiteral("m-2"), QStringLiteral("ana.lee@fabrikam.com"), anaLee()));
        const Plan plan = planOf(in, state);
        QCOMPARE(plan.operations.size(), 1);
        QCOMPARE(plan.operations.first().op, Op::Skip);
        QCOMPARE(plan.operations.first().reason, QStringLiteral("upn-taken"));
        QCOMPARE(plan.count(Op::Rename), 0);
    }

    void manager_data()
    {
        QTest::addColumn<QString>("directoryManager"); // user id of u2's manager in the directory
        QTest::addColumn<QString>("m365Manager");      // m365 id of m-2's manager now
        QTest::addColumn<QString>("expected");         // describe() of the manager op; empty = none

        QTest::newRow("set") << QStringLiteral("u1") << QString()
                             << QStringLiteral("manager=[null,\"boss@contoso.com\"]");
        QTest::newRow("clear") << QString() << QStringLiteral("m-1")
                               << QStringLiteral("manager=[\"boss@contoso.com\",null]");
        QTest::newRow("equal") << QStringLiteral("u1") << QStringLiteral("m-1") << QString();
        QTest::newRow("none") << QString() << QString() << QString();
        QTest::newRow("change") << QStringLiteral("u3") << QStringLiteral("m-1")
                                << QStringLiteral("manager=[\"boss@contoso.com\",\"other@contoso.com\"]");
    }
    void manager()
    {
        QFETCH(QString, directoryManager);
        QFETCH(QString, m365Manager);
        QFETCH(QString, expected);
        User boss = makeUser(QStringLiteral("u1"), QStringLiteral("boss@contoso.com"), QStringLiteral("Bo"),
                             QStringLiteral("Ss"));
        User report = makeUser(QStringLiteral("u2"), QStringLiteral("ana.lee@contoso.com"));
        report.managerId = directoryManager;
        User other = makeUser(QStringLiteral("u3"), QStringLiteral("other@contoso.com"), QStringLiteral("Ot"),
                              QStringLiteral("Her"));
        PlanInput in =
            makeInput({boss, report, other}, {QStringLiteral("u1"), QStringLiteral("u2"), QStringLiteral("u3")},
                      {link(QStringLiteral("u1"), QStringLiteral("m-1"), QStringLiteral("boss@contoso.com")),
                       link(QStringLiteral("u2"), QStringLiteral("m-2"), QStringLiteral("ana.lee@contoso.com")),
                       link(QStringLiteral("u3"), QStringLiteral("m-3"), QStringLiteral("other@contoso.com"))});
        in.settings.exportManager = true;
        M365State state = stateFor(in);
        state.addAccount(account(state, QStringLiteral("m-1"), QStringLiteral("boss@contoso.com"),
                                 {{DisplayName, QStringLiteral("Bo Ss")},
                                  {GivenName, QStringLiteral("Bo")},
                                  {Surname, QStringLiteral("Ss")}}));
        state.addAccount(account(state, QStringLiteral("m-2"), QStringLiteral("ana.lee@contoso.com"), anaLee(), true,
                                 false, m365Manager));
        state.addAccount(account(state, QStringLiteral("m-3"), QStringLiteral("other@contoso.com"),
                                 {{DisplayName, QStringLiteral("Ot Her")},
                                  {GivenName, QStringLiteral("Ot")},
                                  {Surname, QStringLiteral("Her")}}));
        const Plan plan = planOf(in, state);
        if (expected.isEmpty()) {
            QCOMPARE(plan.operations.size(), 0);
            return;
        }
        QCOMPARE(plan.operations.size(), 1);
        const PlanOperation &o = plan.operations.first();
        QCOMPARE(o.op, Op::Manager);
        QCOMPARE(o.userId, QStringLiteral("u2"));
        QCOMPARE(o.m365Id, QStringLiteral("m-2"));
        QCOMPARE(o.managerUserId, directoryManager);
        QCOMPARE(describe(o.changes), expected);

        // Payload: {"id","userId","managerId","managerUserId"}; managerId null = clear.
        const OutboxBatch b = PlanQueue::batch(plan, in, PlanRequest {});
        QCOMPARE(b.entries.size(), 1);
        const QJsonObject payload = payloadOf(b.entries.first());
        QCOMPARE(payload.value(QStringLiteral("id")).toString(), QStringLiteral("m-2"));
        QCOMPARE(payload.value(QStringLiteral("userId")).toString(), QStringLiteral("u2"));
        if (directoryManager.isEmpty()) {
            QVERIFY(payload.value(QStringLiteral("managerId")).isNull());
            QVERIFY(payload.value(QStringLiteral("managerUserId")).isNull());
        } else {
            const QString expectedM365 = directoryManager == u"u1" ? QStringLiteral("m-1") : QStringLiteral("m-3");
            QCOMPARE(payload.value(QStringLiteral("managerId")).toString(), expectedM365);
            QCOMPARE(payload.value(QStringLiteral("managerUserId")).toString(), directoryManager);
        }
    }

    void managerOfCreatedAccounts()
    {
        // Both created by this plan: the manager's id is "" (resolved by UPN by the executor).
        User boss = makeUser(QStringLiteral("u1"), QStringLiteral("boss@contoso.com"));
        User report = makeUser(QStringLiteral("u2"), QStringLiteral("ana.lee@contoso.com"));
        report.managerId = QStringLiteral("u1");
        PlanInput in = makeInput({boss, report}, {QStringLiteral("u1"), QStringLiteral("u2")});
        in.settings.exportManager = true;
        const Plan plan = planOf(in, stateFor(in));
        QCOMPARE(plan.counts(), (QMap<QString, int> {{QStringLiteral("create"), 2}, {QStringLiteral("manager"), 1}}));
        const PlanOperation o = opsOf(plan, Op::Manager).first();
        QCOMPARE(describe(o.changes), QStringLiteral("manager=[null,\"boss@contoso.com\"]"));
        const OutboxBatch b = PlanQueue::batch(plan, in, PlanRequest {});
        QCOMPARE(b.entries.size(), 3);
        QCOMPARE(b.entries.last().op, QStringLiteral("manager")); // after the creates it depends on
        const QJsonObject payload = payloadOf(b.entries.last());
        QCOMPARE(payload.value(QStringLiteral("id")), QJsonValue(QString()));
        QCOMPARE(payload.value(QStringLiteral("managerId")), QJsonValue(QString()));
        QCOMPARE(payload.value(QStringLiteral("managerUserId")), QJsonValue(QStringLiteral("u1")));
    }

    void managerNotExported()
    {
        User boss = makeUser(QStringLiteral("u1"), QStringLiteral("boss@contoso.com"));
        User report = makeUser(QStringLiteral("u2"), QStringLiteral("ana.lee@contoso.com"));
        report.managerId = QStringLiteral("u1");
        const PlanInput in = makeInput({boss, report}, {QStringLiteral("u1"), QStringLiteral("u2")});
        const Plan plan = planOf(in, stateFor(in));
        QCOMPARE(plan.count(Op::Manager), 0);
        QCOMPARE(plan.operations.size(), 2);
    }

    void managerOutsideBoundSet()
    {
        User boss = makeUser(QStringLiteral("u1"), QStringLiteral("boss@contoso.com"));
        boss.username = QStringLiteral("the.boss");
        User report = makeUser(QStringLiteral("u2"), QStringLiteral("ana.lee@contoso.com"));
        report.managerId = QStringLiteral("u1");
        PlanInput in = makeInput({boss, report}, {QStringLiteral("u2")});
        in.settings.exportManager = true;
        const Plan plan = planOf(in, stateFor(in));
        QCOMPARE(plan.count(Op::Create), 1);
        QCOMPARE(plan.count(Op::Manager), 0);
        const QList<PlanOperation> skips = opsOf(plan, Op::Skip);
        QCOMPARE(skips.size(), 1);
        QCOMPARE(skips.first().userId, QStringLiteral("u2"));
        QCOMPARE(skips.first().reason, QStringLiteral("manager-not-bound"));
        QVERIFY2(skips.first().message.contains(QStringLiteral("the.boss")), qPrintable(skips.first().message));
    }

    void managerCycle()
    {
        // u1 → u2 → u1 is a cycle; u3 → u1 is not in it and gets its manager.
        User a = makeUser(QStringLiteral("u1"), QStringLiteral("a@contoso.com"));
        User b = makeUser(QStringLiteral("u2"), QStringLiteral("b@contoso.com"));
        User c = makeUser(QStringLiteral("u3"), QStringLiteral("c@contoso.com"));
        User self = makeUser(QStringLiteral("u4"), QStringLiteral("d@contoso.com"));
        a.managerId = b.id;
        b.managerId = a.id;
        c.managerId = a.id;
        self.managerId = self.id;
        PlanInput in = makeInput({a, b, c, self}, {a.id, b.id, c.id, self.id});
        in.settings.exportManager = true;
        const Plan plan = planOf(in, stateFor(in));
        QStringList cycleUsers;
        for (const PlanOperation &o : opsOf(plan, Op::Skip)) {
            QCOMPARE(o.reason, QStringLiteral("manager-cycle"));
            cycleUsers.append(o.userId);
        }
        cycleUsers.sort();
        QCOMPARE(cycleUsers, QStringList({a.id, b.id, self.id}));
        const QList<PlanOperation> managers = opsOf(plan, Op::Manager);
        QCOMPARE(managers.size(), 1);
        QCOMPARE(managers.first().userId, c.id);
        QCOMPARE(managers.first().managerUserId, a.id);
    }

    void managerNotSynced()
    {
        User boss = makeUser(QStringLiteral("u1"), QStringLiteral("boss@gmail.com"));
        User report = makeUser(QStringLiteral("u2"), QStringLiteral("ana.lee@contoso.com"));
        report.managerId = boss.id;
        PlanInput in = makeInput({boss, report}, {boss.id, report.id});
        in.settings.exportManager = true;
        in.settings.domains = {QStringLiteral("contoso.com")};
        in.verifiedDomains = Verified;
        const Plan plan = planOf(in, stateFor(in));
        QCOMPARE(plan.count(Op::Manager), 0);
        QStringList reasons;
        for (const PlanOperation &o : opsOf(plan, Op::Skip))
            reasons.append(o.userId + u':' + o.reason);
        QCOMPARE(reasons, QStringList({QStringLiteral("u1:not-listed"), QStringLiteral("u2:manager-not-synced")}));
    }

    void suspend_data()
    {
        QTest::addColumn<bool>("unbind");
        QTest::addColumn<bool>("enabled");
        QTest::addColumn<QString>("reason"); // empty: no operation

        QTest::newRow("unbind") << true << true << QStringLiteral("unbound");
        QTest::newRow("unbind already disabled") << true << false << QString();
        QTest::newRow("directory suspension") << false << true << QStringLiteral("suspended");
        QTest::newRow("suspension already disabled") << false << false << QString();
    }
    void suspend()
    {
        QFETCH(bool, unbind);
        QFETCH(bool, enabled);
        QFETCH(QString, reason);
        User u = makeUser(QStringLiteral("u1"), QStringLiteral("ana.lee@contoso.com"));
        if (!unbind)
            u.state = UserState::Suspended;
        const PlanInput in = makeInput({u}, unbind ? QStringList() : QStringList({u.id}),
                                       {link(u.id, QStringLiteral("m-1"), QStringLiteral("ana.lee@contoso.com"))});
        M365State state = stateFor(in);
        state.addAccount(
            account(state, QStringLiteral("m-1"), QStringLiteral("ana.lee@contoso.com"), anaLee(), enabled));
        const Plan plan = planOf(in, state);
        if (reason.isEmpty()) {
            QCOMPARE(plan.operations.size(), 0);
            return;
        }
        QCOMPARE(plan.operations.size(), 1);
        const PlanOperation &o = plan.operations.first();
        QCOMPARE(o.op, Op::Suspend);
        QCOMPARE(o.reason, reason);
        QCOMPARE(o.m365Id, QStringLiteral("m-1"));
        QCOMPARE(o.upn, QStringLiteral("ana.lee@contoso.com"));
        QCOMPARE(describe(o.changes), QStringLiteral("accountEnabled=[true,false]"));
        QCOMPARE(plan.boundUsers, 1);
        // Never delete: the payload is a PATCH of accountEnabled=false, nothing else.
        const OutboxBatch b = PlanQueue::batch(plan, in, PlanRequest {});
        QCOMPARE(b.entries.size(), 1);
        QCOMPARE(b.entries.first().op, QStringLiteral("suspend"));
        QCOMPARE(payloadOf(b.entries.first()),
                 (QJsonObject {{QStringLiteral("id"), QStringLiteral("m-1")},
                               {QStringLiteral("body"), QJsonObject {{QStringLiteral("accountEnabled"), false}}}}));
        QCOMPARE(b.links.size(), 1);
        QVERIFY(b.links.first().suspended);
    }

    // Planning again while a confirmed plan's rows still wait in the outbox (pending or retrying): M365 still shows
    // the old state, the plan input carries the rows (PlanInput::pending) and the links PlanQueue wrote. Nothing is
    // queued twice; what changed since is planned onto what is queued (a queued create's account has no id yet:
    // "" with resolveUpn). A failed row is not "queued": its write is planned again.
    void replanWhileQueued_data()
    {
        QTest::addColumn<int>("scenario");
        QTest::addColumn<QString>("rowState");
        QTest::addColumn<QStringList>("expected"); // "op user m365Id changes" of the second plan

        const QString contoso = QStringLiteral("ana.lee@contoso.com");
        const QString fabrikam = QStringLiteral("ana.lee@fabrikam.com");
        const QString pending = QStringLiteral("pending");
        QTest::newRow("suspension queued") << 0 << pending << QStringList();
        QTest::newRow("suspension retrying") << 0 << QStringLiteral("retrying") << QStringList();
        QTest::newRow("suspension failed")
            << 0 << QStringLiteral("failed")
            << QStringList({QStringLiteral("suspend u1 m-1 accountEnabled=[true,false]")});
        QTest::newRow("rename queued") << 1 << pending << QStringList();
        QTest::newRow("rename queued, changed back")
            << 2 << pending
            << QStringList({QStringLiteral("rename u1 m-1 userPrincipalName=[\"%1\",\"%2\"]").arg(fabrikam, contoso)});
        QTest::newRow("create queued") << 3 << pending << QStringList();
        QTest::newRow("create queued, upn changed since")
            << 4 << pending
            << QStringList({QStringLiteral("rename u1  userPrincipalName=[\"%1\",\"%2\"]").arg(contoso, fabrikam)});
        QTest::newRow("create queued, name changed since")
            << 5 << pending
            << QStringList(
                   {QStringLiteral("update u1  displayName=[\"Ana Lee\",\"Ana Ode\"];surname=[\"Lee\",\"Ode\"]")});
        QTest::newRow("create queued, suspended since")
            << 6 << pending << QStringList({QStringLiteral("suspend u1  accountEnabled=[true,false]")});
        QTest::newRow("update queued") << 7 << pending << QStringList();
        QTest::newRow("manager queued") << 8 << pending << QStringList();
    }
    void replanWhileQueued()
    {
        QFETCH(int, scenario);
        QFETCH(QString, rowState);
        QFETCH(QStringList, expected);
        const QString contoso = QStringLiteral("ana.lee@contoso.com");
        const QString fabrikam = QStringLiteral("ana.lee@fabrikam.com");
        const bool creates = scenario >= 3 && scenario <= 6;
        User u = makeUser(QStringLiteral("u1"), scenario == 1 || scenario == 2 ? fabrikam : contoso);
        User boss = makeUser(QStringLiteral("u0"), QStringLiteral("boss@contoso.com"));
        if (scenario == 7)
            u.lastname = QStringLiteral("Ode");
        if (scenario == 8)
            u.managerId = boss.id;
        QList<BindingLink> links;
        if (!creates)
            links = {link(boss.id, QStringLiteral("m-0"), boss.email), link(u.id, QStringLiteral("m-1"), contoso)};
        PlanInput in =
            makeInput({boss, u}, scenario == 0 ? QStringList({boss.id}) : QStringList({boss.id, u.id}), links);
        in.settings.exportManager = scenario == 8;
        M365State state = stateFor(in);
        if (!creates) {
            state.addAccount(account(state, QStringLiteral("m-0"), boss.email, anaLee()));
            state.addAccount(account(state, QStringLiteral("m-1"), contoso, anaLee()));
        }
        const Plan first = planOf(in, state);
        QVERIFY(first.hasWrites());

        PlanInput next = afterConfirm(in, first, rowState);
        if (scenario == 2)
            next.users[1].email = contoso;
        if (scenario == 4)
            next.users[1].email = fabrikam;
        if (scenario == 5)
            next.users[1].lastname = QStringLiteral("Ode");
        if (scenario == 6)
            next.users[1].state = UserState::Suspended;
        const Plan second = planOf(next, state);
        QStringList actual;
        for (const PlanOperation &o : second.operations) {
            if (o.userId == u.id)
                actual.append(PlanOperation::opName(o.op) + u' ' + o.userId + u' ' + o.m365Id + u' '
                              + describe(o.changes));
        }
        QCOMPARE(actual, expected);
        QCOMPARE(second.count(Op::Create), 0);
        if (scenario == 4) {
            // The executor finds the queued account by the UPN it is created with, not by the new one.
            const OutboxBatch b = PlanQueue::batch(second, next, PlanRequest {});
            QCOMPARE(b.entries.size(), 1);
            const QJsonObject payload = payloadOf(b.entries.first());
            QCOMPARE(payload.value(QStringLiteral("id")), QJsonValue(QString()));
            QCOMPARE(payload.value(QStringLiteral("resolveUpn")), QJsonValue(contoso));
            QCOMPARE(payload.value(QStringLiteral("body")).toObject(), (QJsonObject {{UpnProp, fabrikam}}));
        }
    }

    // A second directory user whose UPN is already queued for creation for someone else is a collision, not a
    // second create of the same account.
    void queuedCreateClaimsItsUpn()
    {
        const User a = makeUser(QStringLiteral("u1"), QStringLiteral("ana.lee@contoso.com"));
        const PlanInput in = makeInput({a}, {a.id});
        const Plan first = planOf(in, stateFor(in));
        PlanInput next = afterConfirm(in, first, QStringLiteral("pending"));
        User b = makeUser(QStringLiteral("u2"), QStringLiteral("ana.lee@contoso.com"));
        b.username = QStringLiteral("ana.second");
        next.users.append(b);
        next.bound.remove(a.id); // unbound: its queued create is suspended once created, u2 still may not take it
        next.bound.insert(b.id);
        const Plan second = planOf(next, stateFor(next));
        QCOMPARE(second.count(Op::Create), 0);
        const QList<PlanOperation> skips = opsOf(second, Op::Skip);
        QCOMPARE(skips.size(), 1);
        QCOMPARE(skips.first().userId, b.id);
        QCOMPARE(skips.first().reason, QStringLiteral("collision"));
        QVERIFY2(skips.first().message.contains(QStringLiteral("user-u1")), qPrintable(skips.first().message));
    }

    // cloud-directories.md §2.3: deleting a bound directory user suspends its M365 account. The link outlives the
    // user (migration 0007); the user is gone from PlanInput::users but its id may still be in the bound set.
    void deletedUserIsSuspended_data()
    {
        QTest::addColumn<bool>("stillListedAsBound");
        QTest::addColumn<bool>("enabled");
        QTest::addColumn<bool>("onPremises");
        QTest::addColumn<QString>("expected"); // "op reason", empty = none
        QTest::newRow("direct binding left") << true << true << false << QStringLiteral("suspend deleted");
        QTest::newRow("link only") << false << true << false << QStringLiteral("suspend deleted");
        QTest::newRow("already disabled") << true << false << false << QString();
        QTest::newRow("on-premises") << true << true << true << QStringLiteral("skip on-premises");
    }
    void deletedUserIsSuspended()
    {
        QFETCH(bool, stillListedAsBound);
        QFETCH(bool, enabled);
        QFETCH(bool, onPremises);
        QFETCH(QString, expected);
        const PlanInput in =
            makeInput({}, stillListedAsBound ? QStringList({QStringLiteral("gone")}) : QStringList(),
                      {link(QStringLiteral("gone"), QStringLiteral("m-1"), QStringLiteral("x@contoso.com"))});
        M365State state = stateFor(in);
        state.addAccount(
            account(state, QStringLiteral("m-1"), QStringLiteral("x@contoso.com"), anaLee(), enabled, onPremises));
        const Plan plan = planOf(in, state);
        if (expected.isEmpty()) {
            QCOMPARE(plan.operations.size(), 0);
            return;
        }
        QCOMPARE(plan.operations.size(), 1);
        const PlanOperation &o = plan.operations.first();
        QCOMPARE(PlanOperation::opName(o.op) + u' ' + o.reason, expected);
        QCOMPARE(o.userId, QStringLiteral("gone"));
        QVERIFY2(o.message.contains(QStringLiteral("x@contoso.com")), qPrintable(o.message));
        if (o.op == Op::Suspend) {
            QCOMPARE(o.m365Id, QStringLiteral("m-1"));
            QCOMPARE(describe(o.changes), QStringLiteral("accountEnabled=[true,false]"));
        }
    }

    // A directory attribute that was cleared is cleared in M365 (null; [] for collections), on update and on
    // takeover; displayName cannot be cleared (kept, with a skip saying why); "only during object creation" mappings
    // are never cleared.
    void clearedAttribute_data()
    {
        QTest::addColumn<QString>("builtIn"); // the optional export, or empty for displayName
        QTest::addColumn<bool>("createOnly");
        QTest::addColumn<QString>("expected");   // describe() of the update, empty = no update
        QTest::addColumn<QString>("skipReason"); // a skip of the same user, empty = none

        QTest::newRow("jobTitle") << QStringLiteral("user_job_title") << false
                                  << QStringLiteral("jobTitle=[\"Engineer\",null]") << QString();
        QTest::newRow("businessPhones") << QStringLiteral("user_business_phones") << false
                                        << QStringLiteral("businessPhones=[[\"+1 555 0100\"],[]]") << QString();
        QTest::newRow("otherMails") << QStringLiteral("user_alternate_email") << false
                                    << QStringLiteral("otherMails=[[\"ana@example.org\"],[]]") << QString();
        QTest::newRow("create only") << QStringLiteral("user_job_title") << true << QString() << QString();
        QTest::newRow("displayName") << QString() << false
                                     << QStringLiteral("givenName=[\"Ana\",null];surname=[\"Lee\",null]")
                                     << QStringLiteral("required-property");
    }
    void clearedAttribute()
    {
        QFETCH(QString, builtIn);
        QFETCH(bool, createOnly);
        QFETCH(QString, expected);
        QFETCH(QString, skipReason);
        User u = makeUser(QStringLiteral("u1"), QStringLiteral("ana.lee@contoso.com"));
        if (builtIn.isEmpty()) {
            u.firstname.clear();
            u.lastname.clear();
        }
        QList<Mapping> extra;
        if (!builtIn.isEmpty()) {
            Mapping m = optionalMapping(builtIn);
            if (createOnly)
                m.apply = Mapping::Apply::CreateOnly;
            extra.append(m);
        }
        const PlanInput in = makeInput({u}, {u.id}, {link(u.id, QStringLiteral("m-1"), u.email)}, extra);
        M365State state = stateFor(in);
        QMap<QString, QString> values = anaLee();
        values.insert(QStringLiteral("jobTitle"), QStringLiteral("Engineer"));
        values.insert(QStringLiteral("businessPhones"), QStringLiteral("[\"+1 555 0100\"]"));
        values.insert(QStringLiteral("otherMails"), QStringLiteral("[\"ana@example.org\"]"));
        state.addAccount(account(state, QStringLiteral("m-1"), u.email, values));
        const Plan plan = planOf(in, state);
        const QList<PlanOperation> updates = opsOf(plan, Op::Update);
        QCOMPARE(updates.size(), expected.isEmpty() ? 0 : 1);
        if (!expected.isEmpty()) {
            QCOMPARE(describe(updates.first().changes), expected);
            // The PATCH body writes the cleared values.
            const OutboxBatch b = PlanQueue::batch(plan, in, PlanRequest {});
            const QJsonObject body = payloadOf(b.entries.first()).value(QStringLiteral("body")).toObject();
            for (const PlanChange &c : updates.first().changes)
                QCOMPARE(body.value(c.property), c.newValue);
            QVERIFY(!body.contains(DisplayName));
        }
        const QList<PlanOperation> skips = opsOf(plan, Op::Skip);
        QCOMPARE(skips.size(), skipReason.isEmpty() ? 0 : 1);
        if (!skipReason.isEmpty()) {
            QCOMPARE(skips.first().reason, skipReason);
            QVERIFY2(skips.first().message.contains(QStringLiteral("Ana Lee")), qPrintable(skips.first().message));
        }
    }

    // Graph lists an unset collection as [] and may list an unset string as null or "": all equal "no value".
    void clearingWhatIsUnsetChangesNothing()
    {
        const User u = makeUser(QStringLiteral("u1"), QStringLiteral("ana.lee@contoso.com"));
        const PlanInput in = makeInput({u}, {u.id}, {link(u.id, QStringLiteral("m-1"), u.email)},
                                       {optionalMapping(QStringLiteral("user_business_phones")),
                                        optionalMapping(QStringLiteral("user_alternate_email")),
                                        optionalMapping(QStringLiteral("user_job_title")),
                                        optionalMapping(QStringLiteral("user_city"))});
        M365State state = stateFor(in);
        QMap<QString, QString> values = anaLee();
        values.insert(QStringLiteral("businessPhones"), QStringLiteral("[]"));
        values.insert(QStringLiteral("otherMails"), QStringLiteral("[]"));
        values.insert(QStringLiteral("jobTitle"), QStringLiteral(""));
        state.addAccount(account(state, QStringLiteral("m-1"), u.email, values)); // city: null
        const Plan plan = planOf(in, state);
        QCOMPARE(plan.operations.size(), 0);
    }

    void clearedAttributeOnTakeover()
    {
        const User u = makeUser(QStringLiteral("u1"), QStringLiteral("ana.lee@contoso.com"));
        const PlanInput in = makeInput({u}, {u.id}, {}, {optionalMapping(QStringLiteral("user_job_title"))});
        M365State state = stateFor(in);
        QMap<QString, QString> values = anaLee();
        values.insert(QStringLiteral("jobTitle"), QStringLiteral("Engineer"));
        state.addAccount(account(state, QStringLiteral("m-1"), u.email, values));
        const Plan plan = planOf(in, state);
        QCOMPARE(plan.operations.size(), 1);
        QCOMPARE(plan.operations.first().op, Op::Takeover);
        QCOMPARE(describe(plan.operations.first().changes), QStringLiteral("jobTitle=[\"Engineer\",null]"));
    }

    void suspendedWithoutAccountCreatesNothing()
    {
        User u = makeUser(QStringLiteral("u1"), QStringLiteral("ana.lee@contoso.com"));
        u.state = UserState::Suspended;
        const PlanInput in = makeInput({u}, {u.id});
        const Plan plan = planOf(in, stateFor(in));
        QCOMPARE(plan.operations.size(), 1);
        QCOMPARE(plan.operations.first().op, Op::Skip);
        QCOMPARE(plan.operations.first().reason, QStringLiteral("suspended"));
    }

    void reactivationEnablesAccount()
    {
        const PlanInput in =
            makeInput({makeUser(QStringLiteral("u1"), QStringLiteral("ana.lee@contoso.com"))}, {QStringLiteral("u1")},
                      {link(QStringLiteral("u1"), QStringLiteral("m-1"), QStringLiteral("ana.lee@contoso.com"))});
        M365State state = stateFor(in);
        state.addAccount(account(state, QStringLiteral("m-1"), QStringLiteral("ana.lee@contoso.com"), anaLee(), false));
        const Plan plan = planOf(in, state);
        QCOMPARE(plan.operations.size(), 1);
        QCOMPARE(plan.operations.first().op, Op::Update);
        QCOMPARE(describe(plan.operations.first().changes), QStringLiteral("accountEnabled=[false,true]"));
    }

    void onPremises_data()
    {
        QTest::addColumn<int>("situation"); // 0 takeover target, 1 linked, 2 unbind, 3 directory suspension
        QTest::newRow("takeover") << 0;
        QTest::newRow("linked") << 1;
        QTest::newRow("unbind") << 2;
        QTest::newRow("suspension") << 3;
    }
    void onPremises()
    {
        QFETCH(int, situation);
        User u = makeUser(QStringLiteral("u1"), QStringLiteral("ana.lee@contoso.com"), QStringLiteral("Anna"));
        if (situation == 3)
            u.state = UserState::Suspended;
        QList<BindingLink> links;
        if (situation != 0)
            links = {link(u.id, QStringLiteral("m-1"), QStringLiteral("ana.lee@contoso.com"))};
        const PlanInput in = makeInput({u}, situation == 2 ? QStringList() : QStringList({u.id}), links);
        M365State state = stateFor(in);
        state.addAccount(
            account(state, QStringLiteral("m-1"), QStringLiteral("ana.lee@contoso.com"), anaLee(), true, true));
        const Plan plan = planOf(in, state);
        QCOMPARE(plan.operations.size(), 1);
        QCOMPARE(plan.operations.first().op, Op::Skip);
        QCOMPARE(plan.operations.first().reason, QStringLiteral("on-premises"));
        QVERIFY(plan.operations.first().message.contains(QStringLiteral("ana.lee@contoso.com")));
        QVERIFY(!plan.hasWrites());
    }

    void skipReasons_data()
    {
        QTest::addColumn<QString>("email");
        QTest::addColumn<int>("config"); // 1 no list, 2 list, 3 list + default (all with verified domains)
        QTest::addColumn<QString>("reason");

        QTest::newRow("not-listed") << QStringLiteral("carl@contoso.co.uk") << 2 << QStringLiteral("not-listed");
        QTest::newRow("not-verified") << QStringLiteral("eve.ng@gmail.com") << 1 << QStringLiteral("not-verified");
        QTest::newRow("subdomain not verified")
            << QStringLiteral("fay@sales.contoso.com") << 1 << QStringLiteral("not-verified");
        QTest::newRow("invalid-email") << QStringLiteral("not-an-email") << 1 << QStringLiteral("invalid-email");
        QTest::newRow("invalid-upn long local")
            << (QString(65, u'a') + QStringLiteral("@contoso.com")) << 1 << QStringLiteral("invalid-upn");
        QTest::newRow("invalid-upn accent")
            << QStringLiteral("jos\u00e9@contoso.com") << 3 << QStringLiteral("invalid-upn");
    }
    void skipReasons()
    {
        QFETCH(QString, email);
        QFETCH(int, config);
        QFETCH(QString, reason);
        PlanInput in = makeInput({makeUser(QStringLiteral("u1"), email)}, {QStringLiteral("u1")});
        in.verifiedDomains = Verified;
        if (config >= 2)
            in.settings.domains = {QStringLiteral("contoso.com"), QStringLiteral("fabrikam.com")};
        if (config == 3)
            in.settings.defaultDomain = QStringLiteral("contoso.com");
        const Plan plan = planOf(in, stateFor(in));
        QCOMPARE(plan.operations.size(), 1);
        QCOMPARE(plan.operations.first().op, Op::Skip);
        QCOMPARE(plan.operations.first().reason, reason);
        QVERIFY(plan.operations.first().message.contains(QStringLiteral("user-u1")));
        QVERIFY(!plan.hasWrites());
        QVERIFY(PlanQueue::batch(plan, in, PlanRequest {}).entries.isEmpty());
    }

    void collisionNamesBothUsers()
    {
        User owner = makeUser(QStringLiteral("u1"), QStringLiteral("ana.lee@contoso.com"));
        owner.username = QStringLiteral("ana.owner");
        User translated = makeUser(QStringLiteral("u2"), QStringLiteral("ana.lee@gmail.com"));
        translated.username = QStringLiteral("ana.gmail");
        PlanInput in = makeInput({owner, translated}, {owner.id, translated.id});
        in.verifiedDomains = Verified;
        in.settings.domains = {QStringLiteral("contoso.com"), QStringLiteral("fabrikam.com")};
        in.settings.defaultDomain = QStringLiteral("contoso.com");
        const Plan plan = planOf(in, stateFor(in));
        QCOMPARE(plan.operations.size(), 2);
        QCOMPARE(plan.operations.at(0).op, Op::Create);
        QCOMPARE(plan.operations.at(0).userId, owner.id);
        const PlanOperation &skip = plan.operations.at(1);
        QCOMPARE(skip.op, Op::Skip);
        QCOMPARE(skip.reason, QStringLiteral("collision"));
        QCOMPARE(skip.upn, QStringLiteral("ana.lee@contoso.com"));
        QVERIFY2(skip.message.contains(QStringLiteral("ana.owner")), qPrintable(skip.message));
        QVERIFY2(skip.message.contains(QStringLiteral("ana.gmail")), qPrintable(skip.message));
    }

    void collisionWithAccountBoundToAnother()
    {
        User a = makeUser(QStringLiteral("u1"), QStringLiteral("ana.lee@contoso.com"));
        a.username = QStringLiteral("ana.new");
        User b = makeUser(QStringLiteral("u2"), QStringLiteral("ana.lee@fabrikam.com"));
        b.username = QStringLiteral("ana.old");
        // u2 is linked to m-1 (whose UPN is still ana.lee@contoso.com) and is being renamed away; u1 wants the UPN.
        const PlanInput in =
            makeInput({a, b}, {a.id, b.id}, {link(b.id, QStringLiteral("m-1"), QStringLiteral("ana.lee@contoso.com"))});
        M365State state = stateFor(in);
        state.addAccount(account(state, QStringLiteral("m-1"), QStringLiteral("ana.lee@contoso.com"), anaLee()));
        const Plan plan = planOf(in, state);
        const QList<PlanOperation> skips = opsOf(plan, Op::Skip);
        QCOMPARE(skips.size(), 1);
        QCOMPARE(skips.first().userId, a.id);
        QCOMPARE(skips.first().reason, QStringLiteral("collision"));
        QVERIFY2(skips.first().message.contains(QStringLiteral("ana.old")), qPrintable(skips.first().message));
        QCOMPARE(plan.count(Op::Takeover), 0);
        QCOMPARE(plan.count(Op::Rename), 1);
    }

    void disabledTakeoverTarget()
    {
        const PlanInput in =
            makeInput({makeUser(QStringLiteral("u1"), QStringLiteral("ana.lee@contoso.com"))}, {QStringLiteral("u1")});
        M365State state = stateFor(in);
        state.addAccount(account(state, QStringLiteral("m-1"), QStringLiteral("ana.lee@contoso.com"), anaLee(), false));
        const Plan plan = planOf(in, state);
        QCOMPARE(plan.operations.size(), 1);
        QCOMPARE(plan.operations.first().op, Op::Skip);
        QCOMPARE(plan.operations.first().reason, QStringLiteral("takeover-disabled"));
        QVERIFY(plan.operations.first().message.contains(QStringLiteral("ana.lee@contoso.com")));
    }

    // The worked examples of cloud-directories.md §1.7 through the planner: op and UPN per configuration.
    void domainConfigurations_data()
    {
        QTest::addColumn<int>("config");
        QTest::addColumn<QStringList>("expected"); // "op upn reason" per user, in input order

        QTest::newRow("1 no domains") << 1
                                      << QStringList({QStringLiteral("create ana.lee@contoso.com new-account"),
                                                      QStringLiteral("create Ben.Ode@Contoso.COM new-account"),
                                                      QStringLiteral("create carl@contoso.co.uk new-account"),
                                                      QStringLiteral("create dee@fabrikam.com new-account"),
                                                      QStringLiteral("skip  not-verified"),
                                                      QStringLiteral("skip  not-verified")});
        QTest::newRow("2 list") << 2
                                << QStringList({QStringLiteral("create ana.lee@contoso.com new-account"),
                                                QStringLiteral("create Ben.Ode@Contoso.COM new-account"),
                                                QStringLiteral("skip  not-listed"),
                                                QStringLiteral("create dee@fabrikam.com new-account"),
                                                QStringLiteral("skip  not-listed"),
                                                QStringLiteral("skip  not-listed")});
        QTest::newRow("3 list + default") << 3
                                          << QStringList({QStringLiteral("create ana.lee@contoso.com new-account"),
                                                          QStringLiteral("create Ben.Ode@Contoso.COM new-account"),
                                                          QStringLiteral("create carl@contoso.com new-account"),
                                                          QStringLiteral("create dee@fabrikam.com new-account"),
                                                          QStringLiteral("create eve.ng@contoso.com new-account"),
                                                          QStringLiteral("create fay@contoso.com new-account")});
    }
    void domainConfigurations()
    {
        QFETCH(int, config);
        QFETCH(QStringList, expected);
        const QStringList emails = {QStringLiteral("ana.lee@contoso.com"), QStringLiteral("Ben.Ode@Contoso.COM"),
                                    QStringLiteral("carl@contoso.co.uk"),  QStringLiteral("dee@fabrikam.com"),
                                    QStringLiteral("eve.ng@gmail.com"),    QStringLiteral("fay@sales.contoso.com")};
        QList<User> users;
        QStringList ids;
        for (int i = 0; i < emails.size(); ++i) {
            users.append(makeUser(QStringLiteral("u%1").arg(i), emails.at(i)));
            ids.append(users.last().id);
        }
        PlanInput in = makeInput(users, ids);
        in.verifiedDomains = Verified;
        if (config >= 2)
            in.settings.domains = {QStringLiteral("contoso.com"), QStringLiteral("fabrikam.com")};
        if (config == 3)
            in.settings.defaultDomain = QStringLiteral("contoso.com");
        const Plan plan = planOf(in, stateFor(in));
        QStringList actual;
        for (const PlanOperation &o : plan.operations)
            actual.append(PlanOperation::opName(o.op) + u' ' + o.upn + u' ' + o.reason);
        QCOMPARE(actual, expected);
    }

    // §1.7 edge cases 2 and 3: changing the list or the default after users are synced renames them or drops them
    // out of scope — shown as renames and skips, never as silent suspensions.
    void domainChangeOfSyncedUsers_data()
    {
        QTest::addColumn<QStringList>("domains");
        QTest::addColumn<QString>("defaultDomain");
        QTest::addColumn<QStringList>("expected"); // "op userId upn reason"

        QTest::newRow("add default: translate")
            << QStringList({QStringLiteral("contoso.com")}) << QStringLiteral("contoso.com")
            << QStringList({QStringLiteral("rename u2 carl@contoso.com upn-changed")});
        QTest::newRow("remove default: drop-outs")
            << QStringList({QStringLiteral("contoso.com")}) << QString()
            << QStringList({QStringLiteral("skip u2  not-listed"), QStringLiteral("skip u3  not-listed")});
        QTest::newRow("no list: own domains")
            << QStringList() << QString() << QStringList({QStringLiteral("rename u3 eve.ng@gmail.com upn-changed")});
    }
    void domainChangeOfSyncedUsers()
    {
        QFETCH(QStringList, domains);
        QFETCH(QString, defaultDomain);
        QFETCH(QStringList, expected);
        // u1 ana.lee@contoso.com (listed), u2 carl@contoso.co.uk synced as itself, u3 eve.ng@gmail.com synced as
        // eve.ng@contoso.com (translated by an earlier default).
        const QList<User> users = {makeUser(QStringLiteral("u1"), QStringLiteral("ana.lee@contoso.com")),
                                   makeUser(QStringLiteral("u2"), QStringLiteral("carl@contoso.co.uk")),
                                   makeUser(QStringLiteral("u3"), QStringLiteral("eve.ng@gmail.com"))};
        PlanInput in =
            makeInput(users, {QStringLiteral("u1"), QStringLiteral("u2"), QStringLiteral("u3")},
                      {link(QStringLiteral("u1"), QStringLiteral("m-1"), QStringLiteral("ana.lee@contoso.com")),
                       link(QStringLiteral("u2"), QStringLiteral("m-2"), QStringLiteral("carl@contoso.co.uk")),
                       link(QStringLiteral("u3"), QStringLiteral("m-3"), QStringLiteral("eve.ng@contoso.com"))});
        in.settings.domains = domains;
        in.settings.defaultDomain = defaultDomain;
        // Without the verified list (config 1 would otherwise reject gmail.com as not verified).
        M365State state = stateFor(in);
        state.addAccount(account(state, QStringLiteral("m-1"), QStringLiteral("ana.lee@contoso.com"), anaLee()));
        state.addAccount(account(state, QStringLiteral("m-2"), QStringLiteral("carl@contoso.co.uk"), anaLee()));
        state.addAccount(account(state, QStringLiteral("m-3"), QStringLiteral("eve.ng@contoso.com"), anaLee()));
        const Plan plan = planOf(in, state);
        QStringList actual;
        for (const PlanOperation &o : plan.operations)
            actual.append(PlanOperation::opName(o.op) + u' ' + o.userId + u' ' + o.upn + u' ' + o.reason);
        QCOMPARE(actual, expected);
        QCOMPARE(plan.count(Op::Suspend), 0);
    }

    void displayNameRecomputed_data()
    {
        QTest::addColumn<QString>("first");
        QTest::addColumn<QString>("last");
        QTest::addColumn<QString>("displayName");
        QTest::newRow("both") << QStringLiteral("Ana") << QStringLiteral("Lee") << QStringLiteral("Ana Lee");
        QTest::newRow("unicode") << QStringLiteral("Zo\u00eb") << QStringLiteral("M\u00fcller")
                                 << QStringLiteral("Zo\u00eb M\u00fcller");
        QTest::newRow("no lastname") << QStringLiteral("Cher") << QString() << QStringLiteral("Cher");
    }
    void displayNameRecomputed()
    {
        QFETCH(QString, first);
        QFETCH(QString, last);
        QFETCH(QString, displayName);
        const PlanInput in =
            makeInput({makeUser(QStringLiteral("u1"), QStringLiteral("ana.lee@contoso.com"), first, last)},
                      {QStringLiteral("u1")});
        const Plan plan = planOf(in, stateFor(in));
        QCOMPARE(plan.operations.size(), 1);
        QJsonValue value;
        for (const PlanChange &c : plan.operations.first().changes) {
            if (c.property == DisplayName)
                value = c.newValue;
        }
        QCOMPARE(value, QJsonValue(displayName));
    }

    void unusableConfiguration_data()
    {
        QTest::addColumn<QStringList>("domains");
        QTest::addColumn<QString>("defaultDomain");
        QTest::newRow("default without list") << QStringList() << QStringLiteral("contoso.com");
        QTest::newRow("default not listed")
            << QStringList({QStringLiteral("contoso.com")}) << QStringLiteral("fabrikam.com");
        QTest::newRow("unverified listed") << QStringList({QStringLiteral("gmail.com")}) << QString();
    }
    void unusableConfiguration()
    {
        QFETCH(QStringList, domains);
        QFETCH(QString, defaultDomain);
        PlanInput in =
            makeInput({makeUser(QStringLiteral("u1"), QStringLiteral("ana.lee@contoso.com"))}, {QStringLiteral("u1")});
        in.verifiedDomains = Verified;
        in.settings.domains = domains;
        in.settings.defaultDomain = defaultDomain;
        const auto result = Planner::plan(in, stateFor(in));
        QVERIFY(!result);
        QVERIFY(!result.error().message.isEmpty());
    }

    void optionalExports()
    {
        User u = makeUser(QStringLiteral("u1"), QStringLiteral("ana.lee@contoso.com"));
        u.workPhone = QStringLiteral("+1 555 0100");
        u.alternateEmail = QStringLiteral("ana@example.org");
        const QList<Mapping> extra = {optionalMapping(QStringLiteral("user_business_phones")),
                                      optionalMapping(QStringLiteral("user_alternate_email"))};
        const PlanInput in = makeInput({u}, {u.id}, {}, extra);
        const Plan plan = planOf(in, stateFor(in));
        QCOMPARE(plan.operations.size(), 1);
        QCOMPARE(describe(plan.operations.first().changes),
                 QStringLiteral("userPrincipalName=[null,\"ana.lee@contoso.com\"];"
                                "businessPhones=[null,[\"+1 555 0100\"]];displayName=[null,\"Ana Lee\"];"
                                "givenName=[null,\"Ana\"];otherMails=[null,[\"ana@example.org\"]];"
                                "surname=[null,\"Lee\"]"));
    }

    void listPropertiesCompareAsLists_data()
    {
        QTest::addColumn<QString>("phones"); // raw listing of businessPhones
        QTest::addColumn<QString>("mails");  // raw listing of otherMails
        QTest::addColumn<QString>("expected");

        QTest::newRow("equal") << QStringLiteral("[\"+1 555 0100\"]") << QStringLiteral("[\"ana@example.org\"]")
                               << QString();
        QTest::newRow("empty lists") << QStringLiteral("[]") << QStringLiteral("[]")
                                     << QStringLiteral("businessPhones=[null,[\"+1 555 0100\"]];"
                                                       "otherMails=[null,[\"ana@example.org\"]]");
        QTest::newRow("two phones -> one")
            << QStringLiteral("[\"+1 555 0100\",\"+1 555 0199\"]") << QStringLiteral("[\"ana@example.org\"]")
            << QStringLiteral("businessPhones=[[\"+1 555 0100\",\"+1 555 0199\"],[\"+1 555 0100\"]]");
        QTest::newRow("other mail") << QStringLiteral("[\"+1 555 0100\"]") << QStringLiteral("[\"old@example.org\"]")
                                    << QStringLiteral("otherMails=[[\"old@example.org\"],[\"ana@example.org\"]]");
    }
    void listPropertiesCompareAsLists()
    {
        QFETCH(QString, phones);
        QFETCH(QString, mails);
        QFETCH(QString, expected);
        User u = makeUser(QStringLiteral("u1"), QStringLiteral("ana.lee@contoso.com"));
        u.workPhone = QStringLiteral("+1 555 0100");
        u.alternateEmail = QStringLiteral("ana@example.org");
        const QList<Mapping> extra = {optionalMapping(QStringLiteral("user_business_phones")),
                                      optionalMapping(QStringLiteral("user_alternate_email"))};
        const PlanInput in =
            makeInput({u}, {u.id}, {link(u.id, QStringLiteral("m-1"), QStringLiteral("ana.lee@contoso.com"))}, extra);
        M365State state = stateFor(in);
        QMap<QString, QString> values = anaLee();
        values.insert(QStringLiteral("businessPhones"), phones);
        values.insert(QStringLiteral("otherMails"), mails);
        state.addAccount(account(state, QStringLiteral("m-1"), QStringLiteral("ana.lee@contoso.com"), values));
        const Plan plan = planOf(in, state);
        if (expected.isEmpty()) {
            QCOMPARE(plan.operations.size(), 0);
            return;
        }
        QCOMPARE(plan.operations.size(), 1);
        QCOMPARE(plan.operations.first().op, Op::Update);
        QCOMPARE(describe(plan.operations.first().changes), expected);
    }

    void brake_data()
    {
        QTest::addColumn<int>("suspends");
        QTest::addColumn<int>("renames");
        QTest::addColumn<int>("bound");
        QTest::addColumn<bool>("brake");

        QTest::newRow("50 of 1000") << 30 << 20 << 1000 << false;
        QTest::newRow("51 of 1000") << 30 << 21 << 1000 << true;
        QTest::newRow("51 suspends of 10000") << 51 << 0 << 10000 << true;
        QTest::newRow("50 renames of 10000") << 0 << 50 << 10000 << false;
        QTest::newRow("10 % exactly") << 1 << 1 << 20 << false;
        QTest::newRow("over 10 %") << 2 << 1 << 20 << true;
        QTest::newRow("one of one") << 1 << 0 << 1 << true;
        QTest::newRow("nothing") << 0 << 0 << 5 << false;
        QTest::newRow("creates do not count") << 0 << 0 << 0 << false;
    }
    void brake()
    {
        QFETCH(int, suspends);
        QFETCH(int, renames);
        QFETCH(int, bound);
        QFETCH(bool, brake);
        Plan plan;
        plan.integrationName = QStringLiteral("Contoso M365");
        plan.boundUsers = bound;
        for (int i = 0; i < suspends; ++i)
            plan.operations.append(PlanOperation {Op::Suspend, {}, {}, {}, {}, {}, {}, {}, {}});
        for (int i = 0; i < renames; ++i)
            plan.operations.append(PlanOperation {Op::Rename, {}, {}, {}, {}, {}, {}, {}, {}});
        for (int i = 0; i < 200; ++i)
            plan.operations.append(PlanOperation {Op::Update, {}, {}, {}, {}, {}, {}, {}, {}});
        QCOMPARE(plan.needsConfirmation(), brake);
        QCOMPARE(plan.confirmationText(), QStringLiteral("Contoso M365"));
    }

    // The brake through the planner: unbinding 51 of 1000 linked users (5.1 %) brakes by count, 50 does not.
    void brakeThroughPlanner_data()
    {
        QTest::addColumn<int>("linked");
        QTest::addColumn<int>("unbound");
        QTest::addColumn<bool>("brake");
        QTest::newRow("50 of 1000") << 1000 << 50 << false;
        QTest::newRow("51 of 1000") << 1000 << 51 << true;
        QTest::newRow("2 of 20") << 20 << 2 << false;
        QTest::newRow("3 of 20") << 20 << 3 << true;
    }
    void brakeThroughPlanner()
    {
        QFETCH(int, linked);
        QFETCH(int, unbound);
        QFETCH(bool, brake);
        QList<User> users;
        QStringList bound;
        QList<BindingLink> links;
        for (int i = 0; i < linked; ++i) {
            const QString upn = QStringLiteral("u%1@contoso.com").arg(i);
            users.append(makeUser(QStringLiteral("u%1").arg(i), upn));
            if (i >= unbound)
                bound.append(users.last().id);
            links.append(link(users.last().id, QStringLiteral("m-%1").arg(i), upn));
        }
        const PlanInput in = makeInput(users, bound, links);
        M365State state = stateFor(in);
        for (int i = 0; i < linked; ++i)
            state.addAccount(
                account(state, QStringLiteral("m-%1").arg(i), QStringLiteral("u%1@contoso.com").arg(i), anaLee()));
        const Plan plan = planOf(in, state);
        QCOMPARE(plan.count(Op::Suspend), unbound);
        QCOMPARE(plan.operations.size(), unbound);
        QCOMPARE(plan.boundUsers, linked);
        QCOMPARE(plan.needsConfirmation(), brake);
    }

    void countsAndJson()
    {
        User a = makeUser(QStringLiteral("u1"), QStringLiteral("ana.lee@contoso.com"));
        User b = makeUser(QStringLiteral("u2"), QStringLiteral("ben@gmail.com"), QStringLiteral("Ben"),
                          QStringLiteral("Ode"));
        User c = makeUser(QStringLiteral("u3"), QStringLiteral("cy@contoso.com"), QStringLiteral("Cy"),
                          QStringLiteral("Dee"));
        PlanInput in =
            makeInput({a, b, c}, {a.id, b.id}, {link(c.id, QStringLiteral("m-3"), QStringLiteral("cy@contoso.com"))});
        in.settings.domains = {QStringLiteral("contoso.com")};
        in.verifiedDomains = Verified;
        M365State state = stateFor(in);
        state.addAccount(account(state, QStringLiteral("m-3"), QStringLiteral("cy@contoso.com"),
                                 {{DisplayName, QStringLiteral("Cy Dee")}}));
        const Plan plan = planOf(in, state);
        QCOMPARE(plan.counts(),
                 (QMap<QString, int> {
                     {QStringLiteral("create"), 1}, {QStringLiteral("skip"), 1}, {QStringLiteral("suspend"), 1}}));
        QCOMPARE(plan.count(Op::Create), 1);
        QCOMPARE(plan.count(Op::Update), 0);
        const QByteArray expected =
            "{\"counts\":{\"create\":1,\"skip\":1,\"suspend\":1},\"operations\":["
            "{\"changes\":[{\"new\":\"ana.lee@contoso.com\",\"old\":null,\"property\":\"userPrincipalName\"},"
            "{\"new\":\"Ana Lee\",\"old\":null,\"property\":\"displayName\"},"
            "{\"new\":\"Ana\",\"old\":null,\"property\":\"givenName\"},"
            "{\"new\":\"Lee\",\"old\":null,\"property\":\"surname\"}],"
            "\"op\":\"create\",\"reason\":\"new-account\",\"upn\":\"ana.lee@contoso.com\",\"user\":\"user-u1\"},"
            "{\"changes\":[],\"op\":\"skip\",\"reason\":\"not-listed\",\"upn\":null,\"user\":\"user-u2\"},"
            "{\"changes\":[{\"new\":false,\"old\":true,\"property\":\"accountEnabled\"}],"
            "\"op\":\"suspend\",\"reason\":\"unbound\",\"upn\":\"cy@contoso.com\",\"user\":\"user-u3\"}]}";
        QCOMPARE(QJsonDocument(plan.toJson()).toJson(QJsonDocument::Compact), expected);
        // Every operation has exactly the five keys, every change exactly three.
        for (const QJsonValue op : plan.toJson().value(QStringLiteral("operations")).toArray()) {
            QCOMPARE(op.toObject().keys(),
                     QStringList({QStringLiteral("changes"), QStringLiteral("op"), QStringLiteral("reason"),
                                  QStringLiteral("upn"), QStringLiteral("user")}));
        }
    }

    // The planner's lean evaluation (text instead of QJsonValue, Direct fields read without the evaluator) decides
    // exactly what MappingSet::evaluate decides, for every kind of mapping and value.
    void leanEvaluationMatchesEvaluate_data()
    {
        QTest::addColumn<QString>("property");
        QTest::addColumn<int>("type"); // Mapping::Type
        QTest::addColumn<QString>("source");
        QTest::addColumn<QString>("defaultValue"); // empty = none
        QTest::addColumn<bool>("createOnly");

        const int direct = int(Mapping::Type::Direct);
        const int constant = int(Mapping::Type::Constant);
        const int expression = int(Mapping::Type::Expression);
        QTest::newRow("direct") << QStringLiteral("jobTitle") << direct << QStringLiteral("jobTitle") << QString()
                                << false;
        QTest::newRow("direct empty") << QStringLiteral("department") << direct << QStringLiteral("department")
                                      << QString() << false;
        QTest::newRow("direct empty, default") << QStringLiteral("department") << direct << QStringLiteral("department")
                                               << QStringLiteral("Sales") << false;
        QTest::newRow("direct too long") << QStringLiteral("usageLocation") << direct << QStringLiteral("jobTitle")
                                         << QString() << false;
        QTest::newRow("direct create only")
            << QStringLiteral("jobTitle") << direct << QStringLiteral("jobTitle") << QString() << true;
        QTest::newRow("direct list property")
            << QStringLiteral("otherMails") << direct << QStringLiteral("alternateEmail") << QString() << false;
        QTest::newRow("direct custom attribute")
            << QStringLiteral("employeeId") << direct << QStringLiteral("badge") << QString() << false;
        QTest::newRow("constant") << QStringLiteral("usageLocation") << constant << QStringLiteral("NO") << QString()
                                  << false;
        QTest::newRow("expression") << QStringLiteral("displayName") << expression
                                    << QStringLiteral("Join(\" \", [firstname], [lastname])") << QString() << false;
        QTest::newRow("expression boolean")
            << QStringLiteral("accountEnabled") << expression
            << QStringLiteral("IIF([jobTitle]=\"Engineer\", \"True\", \"False\")") << QString() << false;
        QTest::newRow("expression skip") << QStringLiteral("city") << expression
                                         << QStringLiteral("IgnoreFlowIfNullOrEmpty([addresses.work.locality])")
                                         << QStringLiteral("Oslo") << false;
        QTest::newRow("expression error")
            << QStringLiteral("city") << expression << QStringLiteral("Item([firstname], 5)") << QString() << false;
    }
    void leanEvaluationMatchesEvaluate()
    {
        QFETCH(QString, property);
        QFETCH(int, type);
        QFETCH(QString, source);
        QFETCH(QString, defaultValue);
        QFETCH(bool, createOnly);
        Mapping m;
        m.targetProperty = property;
        m.type = Mapping::Type(type);
        m.source = source;
        if (!defaultValue.isEmpty())
            m.defaultValue = defaultValue;
        m.apply = createOnly ? Mapping::Apply::CreateOnly : Mapping::Apply::Always;
        auto compiled = MappingSet::compile({m});
        QVERIFY(std::holds_alternative<MappingSet>(compiled));
        const MappingSet &set = std::get<MappingSet>(compiled);
        User u = makeUser(QStringLiteral("u1"), QStringLiteral("ana.lee@contoso.com"));
        u.jobTitle = QStringLiteral("Engineer");
        u.alternateEmail = QStringLiteral("ana@example.org");
        u.attributes.insert(QStringLiteral("badge"), QStringLiteral("B-17"));
        for (const auto operation : {MappingSet::Operation::Create, MappingSet::Operation::Update}) {
            const QList<PropertyOutcome> full = set.evaluate(u, operation);
            QList<PropertyOutcome> lean;
            set.evaluateLean(u, operation, lean);
            QCOMPARE(lean.size(), full.size());
            const PropertyOutcome &a = full.first();
            const PropertyOutcome &b = lean.first();
            QCOMPARE(b.property, a.property);
            QCOMPARE(int(b.action), int(a.action));
            QCOMPARE(b.json(), a.value);
            QCOMPARE(b.empty, a.empty);
            QCOMPARE(b.fromDefault, a.fromDefault);
            QCOMPARE(b.redacted, a.redacted);
            QCOMPARE(b.error.has_value(), a.error.has_value());
            if (a.error)
                QCOMPARE(b.error->message, a.error->message);
        }
    }

    void emptyPlanJson()
    {
        const PlanInput in = makeInput({});
        const Plan plan = planOf(in, stateFor(in));
        QCOMPARE(QJsonDocument(plan.toJson()).toJson(QJsonDocument::Compact),
                 QByteArray("{\"counts\":{},\"operations\":[]}"));
        QVERIFY(!plan.needsConfirmation());
    }
};

QTEST_GUILESS_MAIN(TestPlanner)
#include "TestPlanner.moc"
