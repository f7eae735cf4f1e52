// Migration 0004 on SQLite and PostgreSQL: groups and members, user and group bindings (effective bound set), the
// integration settings, and OutboxTable::commit writing a whole plan in one transaction or nothing.
#include "StoreTestSupport.h"
#include "TestDatabase.h"

#include "core/directory/BindingTable.h"
#include "core/directory/GroupTable.h"
#include "core/directory/IntegrationSettingsTable.h"
#include "core/directory/MappingTable.h"
#include "core/directory/OutboxTable.h"
#include "core/directory/Store.h"

#include <QRegularExpression>
#include <QTest>

class TestBindingStore : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<TestDatabase> m_db;
    std::unique_ptr<Store> m_store;
    QString m_integration;
    QStringList m_users; // ids of ana, ben, carl, dee

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
        for (const char *name : {"ana", "ben", "carl", "dee"}) {
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

    void groupsHaveUniqueNamesAndMembers()
    {
        GroupTable groups = m_store->groups();
        auto sales = groups.create(QStringLiteral("Sales"));
        QVERIFY_RESULT(sales);
        auto duplicate = groups.create(QStringLiteral(" sales "));
        QVERIFY(!duplicate);
        QVERIFY(duplicate.error().message.contains(QStringLiteral("already exists")));
        QVERIFY(!groups.create(QStringLiteral("  ")));
        QVERIFY_RESULT(groups.addMembers(sales->id, {m_users[0], m_users[1]}));
        QVERIFY_RESULT(groups.addMembers(sales->id, {m_users[1]})); // already a member: fine
        auto members = groups.memberIds(sales->id);
        QVERIFY_RESULT(members);
        QStringList expected = {m_users[0], m_users[1]};
        expected.sort();
        QCOMPARE(*members, expected);
        QVERIFY_RESULT(groups.removeMembers(sales->id, {m_users[0]}));
        QCOMPARE(groups.memberIds(sales->id)->size(), 1);
        auto unknownUser = groups.addMembers(sales->id, {QStringLiteral("no-such-user")});
        QVERIFY(!unknownUser);
        QCOMPARE(groups.memberIds(sales->id)->size(), 1); // all or nothing
        auto found = groups.byName(QStringLiteral("SALES"));
        QVERIFY_RESULT(found);
        QVERIFY(found->has_value());
        QCOMPARE((*found)->id, sales->id);
        QCOMPARE(groups.all()->size(), 1);
    }

    void effectiveSetIsDirectUnionGroupMembers()
    {
        GroupTable groups = m_store->groups();
        auto sales = groups.create(QStringLiteral("Sales"));
        QVERIFY_RESULT(sales);
        QVERIFY_RESULT(groups.addMembers(sales->id, {m_users[1], m_users[2]}));
        BindingTable bindings = m_store->bindings();
        BindingChange change;
        change.bindUsers = {m_users[0], m_users[1]};
        change.bindGroups = {sales->id};
        QVERIFY_RESULT(bindings.apply(m_integration, change));
        auto effective = bindings.effectiveUserIds(m_integration);
        QVERIFY_RESULT(effective);
        QCOMPARE(*effective, QSet<QString>({m_users[0], m_users[1], m_users[2]}));
        QCOMPARE(*bindings.boundGroupIds(m_integration), QStringList {sales->id});

        // Unbinding keeps the link row (direct = 0) so that a later plan can suspend the account.
        QVERIFY_RESULT(bindings.saveLinks(
            m_integration, {{m_users[0], QStringLiteral("m-0"), QStringLiteral("ana@contoso.com"), false, false}}));
        BindingChange unbind;
        unbind.unbindUsers = {m_users[0]};
        unbind.unbindGroups = {sales->id};
        QVERIFY_RESULT(bindings.apply(m_integration, unbind));
        QCOMPARE(*bindings.effectiveUserIds(m_integration), QSet<QString>({m_users[1]}));
        auto links = bindings.links(m_integration);
        QVERIFY_RESULT(links);
        const auto ana = std::find_if(links->cbegin(), links->cend(),
                                      [this](const BindingLink &l) { return l.userId == m_users[0]; });
        QVERIFY(ana != links->cend());
        QCOMPARE(ana->m365Id, QStringLiteral("m-0"));
        QCOMPARE(ana->upn, QStringLiteral("ana@contoso.com"));
        QVERIFY(!ana->direct);
        auto pairs = bindings.memberships({sales->id});
        QVERIFY_RESULT(pairs);
        QCOMPARE(pairs->size(), 2);
    }

    void settingsRoundTrip()
    {
        IntegrationSettingsTable settings = m_store->integrationSettings();
        auto empty = settings.get(m_integration);
        QVERIFY_RESULT(empty);
        QCOMPARE(*empty, IntegrationSettings());
        IntegrationSettings s;
        s.domains = {QStringLiteral("contoso.com"), QStringLiteral("Fabrikam.com")};
        s.defaultDomain = QStringLiteral("contoso.com");
        s.exportManager = true;
        QVERIFY_RESULT(settings.save(m_integration, s));
        QCOMPARE(*settings.get(m_integration), s);
        s.domains.clear();
        s.defaultDomain.clear();
        QVERIFY_RESULT(settings.save(m_integration, s));
        QCOMPARE(*settings.get(m_integration), s);
        QVERIFY(!settings.save(QStringLiteral("no-such-integration"), s));
    }

    void commitWritesEverythingInOneTransaction()
    {
        OutboxBatch batch;
        batch.integrationId = m_integration;
        batch.change.bindUsers = {m_users[0], m_users[1]};
        batch.links = {{m_users[1], QStringLiteral("m-1"), QStringLiteral("ben@contoso.com"), false, false}};
        IntegrationSettings settings;
        settings.domains = {QStringLiteral("contoso.com")};
        batch.settings = settings;
        Mapping city;
        city.integrationId = m_integration;
        city.targetProperty = QStringLiteral("city");
        city.source = QStringLiteral("addresses.work.locality");
        city.builtIn = QStringLiteral("user_city");
        batch.saveMappings = {city};
        OutboxEntry create;
        create.seq = 0;
        create.userId = m_users[0];
        create.op = QStringLiteral("create");
        create.upn = QStringLiteral("ana@contoso.com");
        create.payload = QStringLiteral("{\"body\":{}}");
        OutboxEntry takeover = create;
        takeover.seq = 1;
        takeover.userId = m_users[1];
        takeover.op = QStringLiteral("takeover");
        takeover.m365Id = QStringLiteral("m-1");
        batch.entries = {create, takeover};
        Snapshot old;
        old.userId = m_users[1];
        old.m365Id = QStringLiteral("m-1");
        old.property = QStringLiteral("jobTitle");
        old.oldValue = QStringLiteral("\"Clerk\"");
        old.operation = QStringLiteral("takeover");
        batch.snapshots = {old};
        batch.snapshotEntry = {1};

        OutboxTable outbox = m_store->outbox();
        auto written = outbox.commit(batch);
        QVERIFY_RESULT(written);
        QCOMPARE(*written, 2);
        auto entries = outbox.entries(m_integration);
        QVERIFY_RESULT(entries);
        QCOMPARE(entries->size(), 2);
        QCOMPARE(entries->at(0).op, QStringLiteral("create"));
        QCOMPARE(entries->at(0).state, QStringLiteral("pending"));
        QCOMPARE(entries->at(0).planId, entries->at(1).planId);
        QVERIFY(entries->at(0).nextAt > 0);
        QCOMPARE(entries->at(1).m365Id, QStringLiteral("m-1"));
        auto snapshots = outbox.snapshots(m_integration);
        QVERIFY_RESULT(snapshots);
        QCOMPARE(snapshots->size(), 1);
        QCOMPARE(snapshots->at(0).outboxId, entries->at(1).id);
        QCOMPARE(snapshots->at(0).oldValue, std::optional<QString>(QStringLiteral("\"Clerk\"")));
        QCOMPARE(*m_store->bindings().effectiveUserIds(m_integration), QSet<QString>({m_users[0], m_users[1]}));
        QCOMPARE(m_store->integrationSettings().get(m_integration)->domains, settings.domains);
        QCOMPARE(m_store->mappings().forIntegration(m_integration)->size(), 1);
    }

    void failedCommitWritesNothing()
    {
        OutboxBatch batch;
        batch.integrationId = m_integration;
        batch.change.bindUsers = {m_users[0]};
        OutboxEntry good;
        good.userId = m_users[0];
        good.op = QStringLiteral("create");
        good.payload = QStringLiteral("{}");
        OutboxEntry bad = good;
        bad.op = QStringLiteral("delete"); // refused by the CHECK constraint: the whole plan must roll back
        batch.entries = {good, bad};
        OutboxTable outbox = m_store->outbox();
        QTest::ignoreMessage(QtWarningMsg, QRegularExpression(QStringLiteral("queue the plan")));
        QVERIFY(!outbox.commit(batch));
        QCOMPARE(outbox.entries(m_integration)->size(), 0);
        QVERIFY(m_store->bindings().effectiveUserIds(m_integration)->isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestBindingStore)
#include "TestBindingStore.moc"
