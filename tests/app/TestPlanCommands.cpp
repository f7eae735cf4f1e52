#include "core/directory/BindingTable.h"
#include "core/directory/GroupTable.h"
#include "core/directory/IntegrationSettingsTable.h"
#include "core/directory/MappingTable.h"
#include "core/directory/OutboxTable.h"
#include "core/directory/Store.h"
#include "tests/app/ClouddirRun.h"
#include "tests/graphsim/GraphSim.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

// clouddir integration add|set, bind, unbind and plan (issue 6) run as a script would: the real binary against an
// in-process graphsim. The tenant's verified domains are graphsim's defaults: northwind-labs.com,
// eu.northwind-labs.com, northwindlabs.onmicrosoft.com (northwind-staging.dev is listed but unverified).
namespace {

using Run = ClouddirRun;

const QString Token = QStringLiteral("tok-7f3a9c-never-stored");
const QString Name = QStringLiteral("Contoso M365");

QJsonObject graphUser(const QString &id, const QString &upn, const QString &first, const QString &last,
                      bool enabled = true, bool onPremises = false)
{
    return {{QStringLiteral("id"), id},
            {QStringLiteral("userPrincipalName"), upn},
            {QStringLiteral("displayName"), first + u' ' + last},
            {QStringLiteral("givenName"), first},
            {QStringLiteral("surname"), last},
            {QStringLiteral("accountEnabled"), enabled},
            {QStringLiteral("onPremisesSyncEnabled"), onPremises ? QJsonValue(true) : QJsonValue(QJsonValue::Null)}};
}

User directoryUser(const QString &username, const QString &email, const QString &first, const QString &last)
{
    User u;
    u.username = username;
    u.email = email;
    u.firstname = first;
    u.lastname = last;
    return u;
}

bool oneLine(const QString &text)
{
    const QString t = text.trimmed();
    return !t.isEmpty() && !t.contains(u'\n');
}

} // namespace

class TestPlanCommands : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<GraphSim> m_sim;
    QString m_tokenFile;
    QString m_db;

    Run run(const QStringList &arguments, int timeoutMs = 60000) { return runClouddir(arguments, timeoutMs); }

    // A command on the integration: `clouddir <words> --db DB --integration NAME --access-token-file F <more>`.
    Run command(const QStringList &words, const QStringList &more = {})
    {
        return run(words
                   + QStringList {QStringLiteral("--db"), m_db, QStringLiteral("--integration"), Name,
                                  QStringLiteral("--access-token-file"), m_tokenFile}
                   + more);
    }

    std::unique_ptr<Store> openStore()
    {
        auto store = Store::open(m_db);
        if (!store)
            qFatal("cannot open the store: %s", qPrintable(store.error().message));
        return std::move(*store);
    }

    QString integrationId()
    {
        auto store = openStore();
        auto integration = store->integrationByName(Name);
        return integration && integration->has_value() ? (*integration)->id : QString();
    }

    QList<OutboxEntry> outbox()
    {
        auto store = openStore();
        auto entries = store->outbox().entries(integrationId());
        return entries ? *entries : QList<OutboxEntry>();
    }

    int snapshotCount()
    {
        auto store = openStore();
        auto snapshots = store->outbox().snapshots(integrationId());
        return snapshots ? int(snapshots->size()) : -1;
    }

    QSet<QString> boundUsernames()
    {
        auto store = openStore();
        auto ids = store->bindings().effectiveUserIds(integrationId());
        auto users = store->users();
        QSet<QString> names;
        for (const User &u : users ? *users : QList<User>()) {
            if (ids && ids->contains(u.id))
                names.insert(u.username);
        }
        return names;
    }

    IntegrationSettings settings()
    {
        auto store = openStore();
        auto s = store->integrationSettings().get(integrationId());
        return s ? *s : IntegrationSettings();
    }

    void addUsers(const QList<User> &users)
    {
        auto store = openStore();
        auto inserted = store->insertUsers(users);
        QVERIFY2(inserted, inserted ? "" : qPrintable(inserted.error().message));
    }

    void addIntegration()
    {
        const Run add = run({QStringLiteral("integration"), QStringLiteral("add"), QStringLiteral("--db"), m_db,
                             QStringLiteral("--name"), Name, QStringLiteral("--graph-url"), m_sim->baseUrl().toString(),
                             QStringLiteral("--access-token-file"), m_tokenFile});
        QCOMPARE(add.err, QString());
        QCOMPARE(add.exitCode, 0);
        QVERIFY2(add.out.startsWith(QStringLiteral("Added integration Contoso M365 (")), qPrintable(add.out));
    }

    // ana: new (create); ben: exists with other names (takeover); carl: unverified domain; dee: on-premises.
    void standardTenant()
    {
        m_sim->setUsers({graphUser(QStringLiteral("m-ben"), QStringLiteral("ben@northwind-labs.com"),
                                   QStringLiteral("Benjamin"), QStringLiteral("Ode")),
                         graphUser(QStringLiteral("m-dee"), QStringLiteral("dee@northwind-labs.com"),
                                   QStringLiteral("Dee"), QStringLiteral("Fox"), true, true),
                         graphUser(QStringLiteral("m-zed"), QStringLiteral("zed@northwind-labs.com"),
                                   QStringLiteral("Zed"), QStringLiteral("Unbound"))});
        addUsers({directoryUser(QStringLiteral("ana"), QStringLiteral("ana@northwind-labs.com"), QStringLiteral("Ana"),
                                QStringLiteral("Lee")),
                  directoryUser(QStringLiteral("ben"), QStringLiteral("ben@northwind-labs.com"), QStringLiteral("Ben"),
                                QStringLiteral("Ode")),
                  directoryUser(QStringLiteral("carl"), QStringLiteral("carl@northwind-staging.dev"),
                                QStringLiteral("Carl"), QStringLiteral("Ray")),
                  directoryUser(QStringLiteral("dee"), QStringLiteral("dee@northwind-labs.com"), QStringLiteral("Dee"),
                                QStringLiteral("Fox"))});
        addIntegration();
    }

    static QJsonObject expectedStandardPlan()
    {
        return QJsonDocument::fromJson(
                   "{\"operations\":["
                   "{\"op\":\"create\",\"user\":\"ana\",\"upn\":\"ana@northwind-labs.com\",\"changes\":["
                   "{\"property\":\"userPrincipalName\",\"old\":null,\"new\":\"ana@northwind-labs.com\"},"
                   "{\"property\":\"displayName\",\"old\":null,\"new\":\"Ana Lee\"},"
                   "{\"property\":\"givenName\",\"old\":null,\"new\":\"Ana\"},"
                   "{\"property\":\"surname\",\"old\":null,\"new\":\"Lee\"}],\"reason\":\"new-account\"},"
                   "{\"op\":\"takeover\",\"user\":\"ben\",\"upn\":\"ben@northwind-labs.com\",\"changes\":["
                   "{\"property\":\"displayName\",\"old\":\"Benjamin Ode\",\"new\":\"Ben Ode\"},"
                   "{\"property\":\"givenName\",\"old\":\"Benjamin\",\"new\":\"Ben\"}],\"reason\":\"upn-exists\"},"
                   "{\"op\":\"skip\",\"user\":\"carl\",\"upn\":null,\"changes\":[],\"reason\":\"not-verified\"},"
                   "{\"op\":\"skip\",\"user\":\"dee\",\"upn\":\"dee@northwind-labs.com\",\"changes\":[],"
                   "\"reason\":\"on-premises\"}],"
                   "\"counts\":{\"create\":1,\"skip\":2,\"takeover\":1}}")
            .object();
    }

private Q_SLOTS:
    void init()
    {
        QVERIFY(m_dir.isValid());
        m_sim = std::make_unique<GraphSim>();
        m_sim->setAcceptedTokens({Token});
        QVERIFY(m_sim->listen() != 0);
        m_tokenFile = m_dir.filePath(QStringLiteral("token"));
        QFile token(m_tokenFile);
        QVERIFY(token.open(QIODevice::WriteOnly));
        token.write(Token.toUtf8() + '\n');
        token.close();
        m_db = m_dir.filePath(QStringLiteral("dir-%1-%2.sqlite")
                                  .arg(QString::fromLatin1(QTest::currentTestFunction()),
                                       QString::fromLatin1(QTest::currentDataTag()).replace(u' ', u'_')));
        QFile::remove(m_db);
        openStore(); // migrated, empty
    }

    void cleanup() { m_sim.reset(); }

    void integrationAddRefusesBadInput_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::newRow("no name") << QStringList {QStringLiteral("--graph-url"), QStringLiteral("http://127.0.0.1:1")};
        QTest::newRow("bad url") << QStringList {QStringLiteral("--name"), QStringLiteral("X"),
                                                 QStringLiteral("--graph-url"), QStringLiteral("ftp://host")};
        QTest::newRow("duplicate name") << QStringList {QStringLiteral("--name"), QStringLiteral("contoso m365"),
                                                        QStringLiteral("--graph-url"),
                                                        QStringLiteral("http://127.0.0.1:1")};
    }
    void integrationAddRefusesBadInput()
    {
        QFETCH(QStringList, arguments);
        addIntegration();
        const Run r = run(QStringList {QStringLiteral("integration"), QStringLiteral("add"), QStringLiteral("--db"),
                                       m_db, QStringLiteral("--access-token-file"), m_tokenFile}
                          + arguments);
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(oneLine(r.err), qPrintable(r.err));
        auto store = openStore();
        auto all = store->integrations();
        QVERIFY(all);
        QCOMPARE(all->size(), 1);
        QCOMPARE(all->first().graphUrl, m_sim->baseUrl().toString());
    }

    void integrationSet_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<int>("exitCode");
        QTest::addColumn<QStringList>("domains"); // saved afterwards
        QTest::addColumn<QString>("defaultDomain");

        const QString nw = QStringLiteral("northwind-labs.com");
        const QString eu = QStringLiteral("eu.northwind-labs.com");
        const QString yes = QStringLiteral("--yes");
        QTest::newRow("list") << QStringList {QStringLiteral("--domains"), nw, yes} << 0 << QStringList {nw}
                              << QString();
        QTest::newRow("list + default") << QStringList {QStringLiteral("--domains"), nw + u',' + eu,
                                                        QStringLiteral("--default-domain"), nw, yes}
                                        << 0 << QStringList {nw, eu} << nw;
        QTest::newRow("without --yes") << QStringList {QStringLiteral("--domains"), nw} << 0 << QStringList()
                                       << QString();
        QTest::newRow("default without list")
            << QStringList {QStringLiteral("--default-domain"), nw, yes} << 1 << QStringList() << QString();
        QTest::newRow("default not listed")
            << QStringList {QStringLiteral("--domains"), eu, QStringLiteral("--default-domain"), nw, yes} << 1
            << QStringList() << QString();
        QTest::newRow("unverified domain")
            << QStringList {QStringLiteral("--domains"), QStringLiteral("northwind-staging.dev"), yes} << 1
            << QStringList() << QString();
        QTest::newRow("unknown domain") << QStringList {QStringLiteral("--domains"), QStringLiteral("contoso.com"), yes}
                                        << 1 << QStringList() << QString();
        QTest::newRow("both default flags")
            << QStringList {QStringLiteral("--domains"),           nw, QStringLiteral("--default-domain"), nw,
                            QStringLiteral("--no-default-domain"), yes}
            << 1 << QStringList() << QString();
        QTest::newRow("unknown export") << QStringList {QStringLiteral("--export"), QStringLiteral("user_bogus"), yes}
                                        << 1 << QStringList() << QString();
    }
    void integrationSet()
    {
        QFETCH(QStringList, arguments);
        QFETCH(int, exitCode);
        QFETCH(QStringList, domains);
        QFETCH(QString, defaultDomain);
        addIntegration();
        const Run r = command({QStringLiteral("integration"), QStringLiteral("set")}, arguments);
        QCOMPARE(r.exitCode, exitCode);
        if (exitCode != 0) {
            QVERIFY2(oneLine(r.err), qPrintable(r.err));
            QVERIFY2(r.err.startsWith(QStringLiteral("clouddir: ")), qPrintable(r.err));
        } else {
            QCOMPARE(r.err, QString());
        }
        const IntegrationSettings saved = settings();
        QCOMPARE(saved.domains, domains);
        QCOMPARE(saved.defaultDomain, defaultDomain);
        QCOMPARE(outbox().size(), 0); // nobody is bound
    }

    void integrationSetExport()
    {
        addIntegration();
        const Run dry = command({QStringLiteral("integration"), QStringLiteral("set")},
                                {QStringLiteral("--export"), QStringLiteral("user_city,manager")});
        QCOMPARE(dry.exitCode, 0);
        {
            auto store = openStore();
            auto stored = store->mappings().forIntegration(integrationId());
            QVERIFY(stored);
            QVERIFY(stored->isEmpty());
        }
        QVERIFY(!settings().exportManager);
        const Run r =
            command({QStringLiteral("integration"), QStringLiteral("set")},
                    {QStringLiteral("--export"), QStringLiteral("user_city,manager"), QStringLiteral("--yes")});
        QCOMPARE(r.err, QString());
        QCOMPARE(r.exitCode, 0);
        auto store = openStore();
        auto stored = store->mappings().forIntegration(integrationId());
        QVERIFY(stored);
        QStringList targets;
        for (const Mapping &m : *stored)
            targets.append(m.targetProperty);
        QCOMPARE(targets, QStringList({QStringLiteral("city")}));
        QVERIFY(settings().exportManager);
    }

    void bindWithoutYesChangesNothing_data()
    {
        QTest::addColumn<QStringList>("selection");
        QTest::newRow("all") << QStringList {QStringLiteral("--all")};
        QTest::newRow("users") << QStringList {
            QStringLiteral("--user"), QStringLiteral("ana"),  QStringLiteral("--user"), QStringLiteral("ben"),
            QStringLiteral("--user"), QStringLiteral("carl"), QStringLiteral("--user"), QStringLiteral("dee")};
        QTest::newRow("group") << QStringList {QStringLiteral("--group"), QStringLiteral("Staff")};
    }
    void bindWithoutYesChangesNothing()
    {
        QFETCH(QStringList, selection);
        standardTenant();
        {
            auto store = openStore();
            auto group = store->groups().create(QStringLiteral("Staff"));
            QVERIFY(group);
            auto users = store->users();
            QVERIFY(users);
            QStringList ids;
            for (const User &u : *users)
                ids.append(u.id);
            QVERIFY(store->groups().addMembers(group->id, ids));
        }
        const Run text = command({QStringLiteral("bind")}, selection);
        QCOMPARE(text.err, QString());
        QCOMPARE(text.exitCode, 0);
        QVERIFY2(text.out.startsWith(QStringLiteral("Plan for Contoso M365: 1 create, 2 skip, 1 takeover.")),
                 qPrintable(text.out));
        QVERIFY(text.out.contains(QStringLiteral("takeover ben ben@northwind-labs.com | displayName: \"Benjamin Ode\" "
                                                 "-> \"Ben Ode\"")));
        QVERIFY(text.out.contains(QStringLiteral("--yes")));
        const Run json = command({QStringLiteral("bind")}, selection + QStringList {QStringLiteral("--json")});
        QCOMPARE(json.exitCode, 0);
        QCOMPARE(QJsonDocument::fromJson(json.out.toUtf8()).object(), expectedStandardPlan());
        QCOMPARE(outbox().size(), 0);
        QCOMPARE(snapshotCount(), 0);
        QCOMPARE(boundUsernames(), QSet<QString>());
    }

    void bindWithYesQueuesThePlan_data()
    {
        QTest::addColumn<QStringList>("selection");
        QTest::newRow("all") << QStringList {QStringLiteral("--all")};
        QTest::newRow("group") << QStringList {QStringLiteral("--group"), QStringLiteral("Staff")};
    }
    void bindWithYesQueuesThePlan()
    {
        QFETCH(QStringList, selection);
        standardTenant();
        {
            auto store = openStore();
            auto group = store->groups().create(QStringLiteral("Staff"));
            QVERIFY(group);
            auto users = store->users();
            QVERIFY(users);
            QStringList ids;
            for (const User &u : *users)
                ids.append(u.id);
            QVERIFY(store->groups().addMembers(group->id, ids));
        }
        const Run r = command({QStringLiteral("bind")},
                              selection + QStringList {QStringLiteral("--yes"), QStringLiteral("--json")});
        QCOMPARE(r.err, QString());
        QCOMPARE(r.exitCode, 0);
        const QJsonObject plan = QJsonDocument::fromJson(r.out.toUtf8()).object();
        QCOMPARE(plan, expectedStandardPlan());
        // Exactly the plan's non-skip operations, in order.
        QStringList planned;
        for (const QJsonValue op : plan.value(QStringLiteral("operations")).toArray()) {
            const QJsonObject o = op.toObject();
            if (o.value(QStringLiteral("op")).toString() != u"skip")
                planned.append(o.value(QStringLiteral("op")).toString() + u' '
                               + o.value(QStringLiteral("upn")).toString());
        }
        QStringList queued;
        for (const OutboxEntry &e : outbox())
            queued.append(e.op + u' ' + e.upn);
        QCOMPARE(queued, planned);
        QCOMPARE(queued, QStringList({QStringLiteral("create ana@northwind-labs.com"),
                                      QStringLiteral("takeover ben@northwind-labs.com")}));
        QCOMPARE(snapshotCount(), 2); // ben's displayName and givenName
        QCOMPARE(boundUsernames(), QSet<QString>({QStringLiteral("ana"), QStringLiteral("ben"), QStringLiteral("carl"),
                                                  QStringLiteral("dee")}));
        // Nothing was sent to M365: the executor is a separate issue.
        QCOMPARE(m_sim->countRequests(QStringLiteral("POST"), QStringLiteral(".*")), 0);
        QCOMPARE(m_sim->countRequests(QStringLiteral("PATCH"), QStringLiteral(".*")), 0);
    }

    void planJsonShape()
    {
        standardTenant();
        QCOMPARE(command({QStringLiteral("bind")},
                         {QStringLiteral("--user"), QStringLiteral("ben"), QStringLiteral("--yes")})
                     .exitCode,
                 0);
        const Run r = command({QStringLiteral("plan")}, {QStringLiteral("--json")});
        QCOMPARE(r.err, QString());
        QCOMPARE(r.exitCode, 0);
        QCOMPARE(r.out.count(u'\n'), 1); // one JSON object on one line
        const QJsonObject plan = QJsonDocument::fromJson(r.out.toUtf8()).object();
        // ben's values in M365 are unchanged until the executor runs, but his takeover is still pending in the
        // outbox (the planner reads it): nothing new to plan, not the same update again. The shape of a plan with
        // operations is compared in exportedValuesReadBack.
        const QJsonObject expected = QJsonDocument::fromJson("{\"operations\":[],\"counts\":{}}").object();
        QCOMPARE(plan, expected);
        // plan writes nothing and takes no --yes.
        QCOMPARE(outbox().size(), 1);
        const Run yes = command({QStringLiteral("plan")}, {QStringLiteral("--yes")});
        QCOMPARE(yes.exitCode, 1);
        QCOMPARE(outbox().size(), 1);
    }

    void unbindSuspends()
    {
        standardTenant();
        QCOMPARE(command({QStringLiteral("bind")},
                         {QStringLiteral("--user"), QStringLiteral("ben"), QStringLiteral("--yes")})
                     .exitCode,
                 0);
        QCOMPARE(outbox().size(), 1);
        const Run dry = command({QStringLiteral("unbind")},
                                {QStringLiteral("--user"), QStringLiteral("ben"), QStringLiteral("--json")});
        QCOMPARE(dry.exitCode, 0);
        const QJsonObject expected =
            QJsonDocument::fromJson("{\"operations\":[{\"op\":\"suspend\",\"user\":\"ben\","
                                    "\"upn\":\"ben@northwind-labs.com\",\"changes\":["
                                    "{\"property\":\"accountEnabled\",\"old\":true,\"new\":false}],"
                                    "\"reason\":\"unbound\"}],\"counts\":{\"suspend\":1}}")
                .object();
        QCOMPARE(QJsonDocument::fromJson(dry.out.toUtf8()).object(), expected);
        QCOMPARE(outbox().size(), 1);
        QCOMPARE(boundUsernames(), QSet<QString>({QStringLiteral("ben")}));

        // One suspension of one bound user is 100 % of the bound users: over the 10 % brake.
        const Run braked = command({QStringLiteral("unbind")},
                                   {QStringLiteral("--user"), QStringLiteral("ben"), QStringLiteral("--yes")});
        QCOMPARE(braked.exitCode, 1);
        QVERIFY2(oneLine(braked.err), qPrintable(braked.err));
        QCOMPARE(outbox().size(), 1);
        const Run r = command({QStringLiteral("unbind")}, {QStringLiteral("--user"), QStringLiteral("ben"),
                                                           QStringLiteral("--yes"), QStringLiteral("--confirm"), Name});
        QCOMPARE(r.err, QString());
        QCOMPARE(r.exitCode, 0);
        const QList<OutboxEntry> entries = outbox();
        QCOMPARE(entries.size(), 2);
        QCOMPARE(entries.last().op, QStringLiteral("suspend"));
        QCOMPARE(entries.last().m365Id, QStringLiteral("m-ben"));
        QCOMPARE(QJsonDocument::fromJson(entries.last().payload.toUtf8()).object(),
                 (QJsonObject {{QStringLiteral("id"), QStringLiteral("m-ben")},
                               {QStringLiteral("body"), QJsonObject {{QStringLiteral("accountEnabled"), false}}}}));
        QCOMPARE(boundUsernames(), QSet<QString>());
        QCOMPARE(m_sim->countRequests(QStringLiteral("DELETE"), QStringLiteral(".*")), 0);
    }

    void brakeNeedsConfirm()
    {
        QList<QJsonObject> accounts;
        QList<User> users;
        for (int i = 0; i < 60; ++i) {
            const QString name = QStringLiteral("u%1").arg(i, 2, 10, QLatin1Char('0'));
            accounts.append(graphUser(QStringLiteral("m-") + name, name + QStringLiteral("@northwind-labs.com"),
                                      QStringLiteral("First"), name));
            users.append(
                directoryUser(name, name + QStringLiteral("@northwind-labs.com"), QStringLiteral("First"), name));
        }
        m_sim->setUsers(accounts);
        addUsers(users);
        addIntegration();
        const Run bind = command({QStringLiteral("bind")}, {QStringLiteral("--all"), QStringLiteral("--yes")});
        QCOMPARE(bind.err, QString());
        QCOMPARE(bind.exitCode, 0);
        QCOMPARE(outbox().size(), 60); // takeovers do not brake

        const Run refused = command({QStringLiteral("unbind")}, {QStringLiteral("--all"), QStringLiteral("--yes")});
        QCOMPARE(refused.exitCode, 1);
        QVERIFY2(oneLine(refused.err), qPrintable(refused.err));
        QVERIFY2(refused.err.contains(Name), qPrintable(refused.err));
        QCOMPARE(outbox().size(), 60);
        QCOMPARE(boundUsernames().size(), 60);

        const Run wrong = command({QStringLiteral("unbind")}, {QStringLiteral("--all"), QStringLiteral("--yes"),
                                                               QStringLiteral("--confirm"), QStringLiteral("Contoso")});
        QCOMPARE(wrong.exitCode, 1);
        QCOMPARE(outbox().size(), 60);
        QCOMPARE(boundUsernames().size(), 60);

        const Run ok = command({QStringLiteral("unbind")},
                               {QStringLiteral("--all"), QStringLiteral("--yes"), QStringLiteral("--confirm"), Name});
        QCOMPARE(ok.err, QString());
        QCOMPARE(ok.exitCode, 0);
        const QList<OutboxEntry> entries = outbox();
        QCOMPARE(entries.size(), 120);
        QCOMPARE(
            std::count_if(entries.cbegin(), entries.cend(), [](const OutboxEntry &e) { return e.op == u"suspend"; }),
            60);
        QCOMPARE(boundUsernames().size(), 0);
    }

    // Reading M365 costs at most one listing request per 999 accounts and never a per-user GET.
    void readingStateIsPaged()
    {
        m_sim->generateUsers(2500, 7);
        addUsers({directoryUser(QStringLiteral("ana"), QStringLiteral("ana@northwind-labs.com"), QStringLiteral("Ana"),
                                QStringLiteral("Lee"))});
        addIntegration();
        m_sim->clearRequestLog();
        const Run r = command({QStringLiteral("bind")}, {QStringLiteral("--all"), QStringLiteral("--json")});
        QCOMPARE(r.err, QString());
        QCOMPARE(r.exitCode, 0);
        QCOMPARE(m_sim->countRequests(QStringLiteral("GET"), QStringLiteral("^/v1\\.0/users$")), 3); // ⌈2500 / 999⌉
        QCOMPARE(m_sim->countRequests(QStringLiteral("GET"), QStringLiteral("^/v1\\.0/users/.+")), 0);
        QCOMPARE(m_sim->countRequests(QStringLiteral("GET"), QStringLiteral("^/v1\\.0/domains$")), 1);
        for (const GraphSimLogEntry &e : m_sim->requestLog()) {
            if (e.path == u"/v1.0/users") {
                QVERIFY2(e.query.contains(QStringLiteral("onPremisesSyncEnabled")), qPrintable(e.query));
                QCOMPARE(e.status, 200);
            }
        }
    }

    // The optional exports read back from Graph (lists, the expanded manager) compare equal to the directory when
    // they are: no update, no manager op; and differences come out as old → new.
    void exportedValuesReadBack_data()
    {
        QTest::addColumn<bool>("equal");
        QTest::newRow("equal") << true;
        QTest::newRow("different") << false;
    }
    void exportedValuesReadBack()
    {
        QFETCH(bool, equal);
        QJsonObject boss = graphUser(QStringLiteral("m-boss"), QStringLiteral("boss@northwind-labs.com"),
                                     QStringLiteral("Bo"), QStringLiteral("Ss"));
        QJsonObject ana = graphUser(QStringLiteral("m-ana"), QStringLiteral("ana@northwind-labs.com"),
                                    QStringLiteral("Ana"), QStringLiteral("Lee"));
        boss.insert(QStringLiteral("businessPhones"), QJsonArray());
        boss.insert(QStringLiteral("otherMails"), QJsonArray());
        boss.insert(QStringLiteral("city"), QJsonValue::Null);
        ana.insert(QStringLiteral("businessPhones"),
                   QJsonArray {equal ? QStringLiteral("+1 555 0100") : QStringLiteral("+1 555 0199")});
        ana.insert(QStringLiteral("otherMails"), equal ? QJsonArray {QStringLiteral("ana@example.org")} : QJsonArray());
        ana.insert(QStringLiteral("city"), equal ? QStringLiteral("Oslo") : QStringLiteral("Bergen"));
        if (equal)
            ana.insert(QStringLiteral("managerId"), QStringLiteral("m-boss"));
        m_sim->setUsers({ana, boss});
        User anaUser = directoryUser(QStringLiteral("ana"), QStringLiteral("ana@northwind-labs.com"),
                                     QStringLiteral("Ana"), QStringLiteral("Lee"));
        anaUser.workPhone = QStringLiteral("+1 555 0100");
        anaUser.alternateEmail = QStringLiteral("ana@example.org");
        anaUser.workLocality = QStringLiteral("Oslo");
        addUsers({anaUser, directoryUser(QStringLiteral("boss"), QStringLiteral("boss@northwind-labs.com"),
                                         QStringLiteral("Bo"), QStringLiteral("Ss"))});
        {
            auto store = openStore();
            auto bossUser = store->userByUsername(QStringLiteral("boss"));
            auto anaStored = store->userByUsername(QStringLiteral("ana"));
            QVERIFY(bossUser && bossUser->has_value() && anaStored && anaStored->has_value());
            User updated = **anaStored;
            updated.managerId = (*bossUser)->id;
            QVERIFY(store->updateUser(updated));
        }
        addIntegration();
        const Run set = command({QStringLiteral("integration"), QStringLiteral("set")},
                                {QStringLiteral("--export"),
                                 QStringLiteral("user_city,user_business_phones,user_alternate_email,user_manager"),
                                 QStringLiteral("--yes")});
        QCOMPARE(set.err, QString());
        QCOMPARE(set.exitCode, 0);
        const Run r = command({QStringLiteral("bind")}, {QStringLiteral("--all"), QStringLiteral("--json")});
        QCOMPARE(r.err, QString());
        QCOMPARE(r.exitCode, 0);
        const QByteArray expected =
            equal ? QByteArray("{\"operations\":["
                               "{\"op\":\"takeover\",\"user\":\"ana\",\"upn\":\"ana@northwind-labs.com\","
                               "\"changes\":[],\"reason\":\"upn-exists\"},"
                               "{\"op\":\"takeover\",\"user\":\"boss\",\"upn\":\"boss@northwind-labs.com\","
                               "\"changes\":[],\"reason\":\"upn-exists\"}],"
                               "\"counts\":{\"takeover\":2}}")
                  : QByteArray("{\"operations\":["
                               "{\"op\":\"takeover\",\"user\":\"ana\",\"upn\":\"ana@northwind-labs.com\","
                               "\"changes\":["
                               "{\"property\":\"businessPhones\",\"old\":[\"+1 555 0199\"],\"new\":[\"+1 555 0100\"]},"
                               "{\"property\":\"city\",\"old\":\"Bergen\",\"new\":\"Oslo\"},"
                               "{\"property\":\"otherMails\",\"old\":null,\"new\":[\"ana@example.org\"]}],"
                               "\"reason\":\"upn-exists\"},"
                               "{\"op\":\"takeover\",\"user\":\"boss\",\"upn\":\"boss@northwind-labs.com\","
                               "\"changes\":[],\"reason\":\"upn-exists\"},"
                               "{\"op\":\"manager\",\"user\":\"ana\",\"upn\":\"ana@northwind-labs.com\","
                               "\"changes\":[{\"property\":\"manager\",\"old\":null,"
                               "\"new\":\"boss@northwind-labs.com\"}],\"reason\":\"manager-changed\"}],"
                               "\"counts\":{\"manager\":1,\"takeover\":2}}");
        QCOMPARE(QJsonDocument::fromJson(r.out.toUtf8()).object(), QJsonDocument::fromJson(expected).object());
        for (const GraphSimLogEntry &e : m_sim->requestLog()) {
            if (e.path == u"/v1.0/users")
                QVERIFY2(!e.query.contains(QStringLiteral("otherEmails")), qPrintable(e.query));
        }
    }

    // Changing the domains of an integration with synced users shows the renames first and saves the settings only
    // together with the confirmed plan (the brake: 1 rename of 4 bound users is over 10 %).
    void domainChangeRenames()
    {
        standardTenant();
        QCOMPARE(command({QStringLiteral("bind")}, {QStringLiteral("--all"), QStringLiteral("--yes")}).exitCode, 0);
        QCOMPARE(outbox().size(), 2);
        const QStringList change = {QStringLiteral("--domains"), QStringLiteral("eu.northwind-labs.com"),
                                    QStringLiteral("--default-domain"), QStringLiteral("eu.northwind-labs.com")};
        const Run dry = command({QStringLiteral("integration"), QStringLiteral("set")},
                                change + QStringList {QStringLiteral("--json")});
        QCOMPARE(dry.err, QString());
        QCOMPARE(dry.exitCode, 0);
        QStringList benOps;
        for (const QJsonValue v :
             QJsonDocument::fromJson(dry.out.toUtf8()).object().value(QStringLiteral("operations")).toArray()) {
            const QJsonObject o = v.toObject();
            if (o.value(QStringLiteral("user")).toString() == u"ben")
                benOps.append(QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact)));
        }
        QCOMPARE(benOps.size(), 1); // the rename; his takeover's values are still pending in the outbox
        QCOMPARE(benOps.first(), QStringLiteral("{\"changes\":[{\"new\":\"ben@eu.northwind-labs.com\",\"old\":"
                                                "\"ben@northwind-labs.com\",\"property\":\"userPrincipalName\"}],"
                                                "\"op\":\"rename\",\"reason\":\"upn-changed\","
                                                "\"upn\":\"ben@eu.northwind-labs.com\",\"user\":\"ben\"}"));
        QCOMPARE(settings(), IntegrationSettings());

        const Run braked = command({QStringLiteral("integration"), QStringLiteral("set")},
                                   change + QStringList {QStringLiteral("--yes")});
        QCOMPARE(braked.exitCode, 1);
        QVERIFY2(oneLine(braked.err), qPrintable(braked.err));
        QCOMPARE(settings(), IntegrationSettings());
        QCOMPARE(outbox().size(), 2);

        const Run ok = command({QStringLiteral("integration"), QStringLiteral("set")},
                               change + QStringList {QStringLiteral("--yes"), QStringLiteral("--confirm"), Name});
        QCOMPARE(ok.err, QString());
        QCOMPARE(ok.exitCode, 0);
        QCOMPARE(settings().domains, QStringList({QStringLiteral("eu.northwind-labs.com")}));
        QCOMPARE(settings().defaultDomain, QStringLiteral("eu.northwind-labs.com"));
        // ben's account is renamed; ana's is still a queued create: it is renamed once created (id "" found by the
        // UPN it is created with), not created a second time.
        QStringList renames;
        int creates = 0;
        for (const OutboxEntry &e : outbox()) {
            if (e.op == u"create" && e.upn.startsWith(u"ana@"))
                ++creates;
            if (e.op == u"rename") {
                const QJsonObject payload = QJsonDocument::fromJson(e.payload.toUtf8()).object();
                renames.append(e.m365Id + u' ' + e.upn + u' ' + payload.value(QStringLiteral("resolveUpn")).toString());
            }
        }
        renames.sort();
        QCOMPARE(renames, QStringList({QStringLiteral(" ana@eu.northwind-labs.com ana@northwind-labs.com"),
                                       QStringLiteral("m-ben ben@eu.northwind-labs.com ")}));
        QCOMPARE(creates, 1);
    }

    void tokenNeverStored()
    {
        standardTenant();
        QCOMPARE(command({QStringLiteral("integration"), QStringLiteral("set")},
                         {QStringLiteral("--domains"), QStringLiteral("northwind-labs.com"), QStringLiteral("--yes")})
                     .exitCode,
                 0);
        QCOMPARE(command({QStringLiteral("bind")}, {QStringLiteral("--all"), QStringLiteral("--yes")}).exitCode, 0);
        QVERIFY(outbox().size() > 0);
        const QFileInfo db(m_db);
        int files = 0;
        for (const QFileInfo &f : QDir(db.absolutePath()).entryInfoList({db.fileName() + u'*'}, QDir::Files)) {
            QFile file(f.absoluteFilePath());
            QVERIFY(file.open(QIODevice::ReadOnly));
            const QByteArray bytes = file.readAll();
            QVERIFY2(!bytes.contains(Token.toUtf8()), qPrintable(f.fileName()));
            ++files;
        }
        QVERIFY(files >= 1);
    }
};

QTEST_GUILESS_MAIN(TestPlanCommands)
#include "TestPlanCommands.moc"
