#include "StoreTestSupport.h"
#include "TestDatabase.h"

#include "core/directory/Store.h"

#include <QElapsedTimer>
#include <QRegularExpression>
#include <QTest>

#include <memory>

// The directory Store on both engines: schema, users, integrations, bindings.
class TestStore : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase_data() { addBackendRows(); }
    void init();
    void cleanup() { m_db.reset(); }

    void migratesFreshDatabaseAndReopens();
    void roundTripsUnicodeUsers();
    void findsUsernameIgnoringCase();
    void rejectsBadBatchAndChangesNothing_data();
    void rejectsBadBatchAndChangesNothing();
    void updatesUser();
    void listsUserKeys();
    void keepsIntegrationNamesUnique();
    void bindsUsers();
    void insertsManyUsersQuickly();

private:
    std::unique_ptr<Store> openStore();

    std::unique_ptr<TestDatabase> m_db;
};

namespace {

User fullUser(const QString &username)
{
    User user;
    user.username = username;
    user.email = username + QStringLiteral("@example.org");
    user.firstname = QStringLiteral("Zoë");
    user.lastname = QStringLiteral("Łukasiewicz-Ørsted");
    user.alternateEmail = QStringLiteral("alt.%1@example.net").arg(username);
    user.department = QStringLiteral("研究開発");
    user.jobTitle = QStringLiteral("Ingénieure 🚀");
    user.location = QStringLiteral("Zürich, \"HQ\"; C:\\floor\t3\u0001");
    user.workStreetAddress = QStringLiteral("Bahnhofstraße 1\nStock 2");
    user.workLocality = QStringLiteral("Zürich");
    user.workRegion = QStringLiteral("ZH");
    user.workPostalCode = QStringLiteral("8001");
    user.workCountry = QStringLiteral("CH");
    user.workPhone = QStringLiteral("+41 44 000 00 00");
    user.mobilePhone = QStringLiteral("+41 79 000 00 00");
    user.attributes.insert(QStringLiteral("costCenter"), QStringLiteral("CC-42 ✓"));
    user.attributes.insert(QStringLiteral("badges"),
                           QStringList {QStringLiteral("a,b"), QStringLiteral("\"q\""), QStringLiteral("😀")});
    return user;
}

} // namespace

void TestStore::init()
{
    // A stray warning (a leaked statement, a failed rollback) fails the case; expected ones are ignored by name.
    QTest::failOnWarning(QRegularExpression(QStringLiteral(".*")));
    QFETCH_GLOBAL(QString, backend);
    SKIP_OR_FAIL_WITHOUT_PG(backend);
    m_db = std::make_unique<TestDatabase>(backend);
    QVERIFY2(m_db->error().isEmpty(), qPrintable(m_db->error()));
}

std::unique_ptr<Store> TestStore::openStore()
{
    auto store = Store::open(m_db->spec());
    if (!store) {
        qWarning("%s", qPrintable(store.error().message));
        return nullptr;
    }
    return std::move(*store);
}

void TestStore::migratesFreshDatabaseAndReopens()
{
    {
        auto store = openStore();
        QVERIFY(store);
        auto count = store->userCount();
        QVERIFY_RESULT(count);
        QCOMPARE(*count, 0);
        QVERIFY_RESULT(store->insertUsers({fullUser(QStringLiteral("alice"))}));
    }
    auto again = openStore();
    QVERIFY(again);
    auto count = again->userCount();
    QVERIFY_RESULT(count);
    QCOMPARE(*count, 1);
    // Every migration applied once, numbered without gaps (later issues add migrations; this must not change).
    const int applied = m_db->exec(QStringLiteral("SELECT COUNT(*) FROM schema_migrations")).toInt();
    QVERIFY(applied >= 1);
    QCOMPARE(m_db->exec(QStringLiteral("SELECT MAX(version) FROM schema_migrations")).toInt(), applied);
    if (!m_db->isPostgres())
        QCOMPARE(m_db->exec(QStringLiteral("PRAGMA journal_mode")).toString(), QStringLiteral("wal"));
}

void TestStore::roundTripsUnicodeUsers()
{
    auto store = openStore();
    QVERIFY(store);
    User boss = fullUser(QStringLiteral("Åsa.Öberg"));
    boss.id = QStringLiteral("7d1c8d6e-0000-4000-8000-000000000001");
    boss.createdAt = 1700000000123;
    boss.updatedAt = 1700000000456;
    User worker = fullUser(QStringLiteral("李小龍"));
    worker.managerId = boss.id;
    worker.state = UserState::Suspended;
    User plain;
    plain.username = QStringLiteral("bob");
    QVERIFY_RESULT(store->insertUsers({worker, plain, boss}));

    auto users = store->users();
    QVERIFY_RESULT(users);
    QCOMPARE(users->size(), 3);
    // Ordered by the lowercased username, code point by code point.
    QCOMPARE(users->at(0).username, QStringLiteral("bob"));
    QCOMPARE(users->at(1).username, boss.username);
    QCOMPARE(users->at(2).username, worker.username);
    QCOMPARE(users->at(1), boss);
    User readWorker = users->at(2);
    QVERIFY(!readWorker.id.isEmpty());
    QVERIFY(readWorker.createdAt > 0);
    QCOMPARE(readWorker.updatedAt, readWorker.createdAt);
    worker.id = readWorker.id;
    worker.createdAt = readWorker.createdAt;
    worker.updatedAt = readWorker.updatedAt;
    QCOMPARE(readWorker, worker);
    QCOMPARE(readWorker.attributes.value(QStringLiteral("badges")).toStringList().last(), QStringLiteral("😀"));
    QVERIFY(users->at(0).attributes.isEmpty());
    QVERIFY(users->at(0).managerId.isEmpty());
}

void TestStore::findsUsernameIgnoringCase()
{
    auto store = openStore();
    QVERIFY(store);
    QVERIFY_RESULT(store->insertUsers({fullUser(QStringLiteral("Émile.Zola")), fullUser(QStringLiteral("other"))}));
    auto found = store->userByUsername(QStringLiteral("ÉMILE.zola"));
    QVERIFY_RESULT(found);
    QVERIFY(found->has_value());
    QCOMPARE((*found)->username, QStringLiteral("Émile.Zola"));
    QCOMPARE((*found)->attributes.size(), 2);
    auto missing = store->userByUsername(QStringLiteral("emile.zola"));
    QVERIFY_RESULT(missing);
    QVERIFY(!missing->has_value());
}

void TestStore::rejectsBadBatchAndChangesNothing_data()
{
    QTest::addColumn<QStringList>("batch");
    QTest::addColumn<QString>("named");
    QTest::newRow("repeat in batch") << QStringList {QStringLiteral("carol"), QStringLiteral("dave"),
                                                     QStringLiteral("Carol")}
                                     << QStringLiteral("Carol");
    QStringList late;
    for (int i = 0; i < 300; ++i)
        late.append(QStringLiteral("user%1").arg(i));
    late.append(QStringLiteral("ALICE"));
    QTest::newRow("exists, after 300 good rows") << late << QStringLiteral("ALICE");
    QTest::newRow("exists, first") << QStringList {QStringLiteral("Alice"), QStringLiteral("zed")}
                                   << QStringLiteral("Alice");
    QTest::newRow("blank") << QStringList {QStringLiteral("erin"), QStringLiteral("   ")} << QStringLiteral("2 of 2");
}

void TestStore::rejectsBadBatchAndChangesNothing()
{
    QFETCH(QStringList, batch);
    QFETCH(QString, named);
    auto store = openStore();
    QVERIFY(store);
    QVERIFY_RESULT(store->insertUsers({fullUser(QStringLiteral("alice"))}));
    auto before = store->users();
    QVERIFY_RESULT(before);

    QList<User> users;
    for (const QString &name : batch)
        users.append(fullUser(name));
    if (QString::fromLatin1(QTest::currentDataTag()).startsWith(u"exists"))
        QTest::ignoreMessage(QtWarningMsg, QRegularExpression(QStringLiteral("^database operation failed")));
    auto inserted = store->insertUsers(users);
    QVERIFY(!inserted);
    QVERIFY2(inserted.error().message.contains(named), qPrintable(inserted.error().message));

    auto after = store->users();
    QVERIFY_RESULT(after);
    QCOMPARE(*after, *before);
    QCOMPARE(m_db->exec(QStringLiteral("SELECT COUNT(*) FROM user_attributes")).toInt(), 2);
}

void TestStore::updatesUser()
{
    auto store = openStore();
    QVERIFY(store);
    QVERIFY_RESULT(store->insertUsers({fullUser(QStringLiteral("alice")), fullUser(QStringLiteral("bob"))}));
    auto alice = store->userByUsername(QStringLiteral("alice"));
    QVERIFY_RESULT(alice);
    QVERIFY(alice->has_value());
    User changed = **alice;
    changed.department = QStringLiteral("Ventes — 営業");
    changed.attributes = {{QStringLiteral("only"), QStringLiteral("one")}};
    QVERIFY_RESULT(store->updateUser(changed));
    auto reread = store->userByUsername(QStringLiteral("ALICE"));
    QVERIFY_RESULT(reread);
    QCOMPARE((*reread)->department, changed.department);
    QCOMPARE((*reread)->attributes, changed.attributes);
    QVERIFY((*reread)->updatedAt >= changed.createdAt);

    changed.username = QStringLiteral("BOB");
    auto clash = store->updateUser(changed);
    QVERIFY(!clash);
    QVERIFY2(clash.error().message.contains(u"BOB"), qPrintable(clash.error().message));
}

void TestStore::listsUserKeys()
{
    auto store = openStore();
    QVERIFY(store);
    QVERIFY_RESULT(store->insertUsers({fullUser(QStringLiteral("alice")), fullUser(QStringLiteral("bob"))}));
    auto keys = store->userKeys();
    QVERIFY_RESULT(keys);
    QCOMPARE(keys->size(), 2);
    auto users = store->users();
    QVERIFY_RESULT(users);
    for (const User &user : *users)
        QVERIFY(keys->contains(UserKey {user.id, user.username, user.email}));
}

void TestStore::keepsIntegrationNamesUnique()
{
    auto store = openStore();
    QVERIFY(store);
    Integration contoso;
    contoso.name = QStringLiteral("Contoso");
    contoso.cloud = QStringLiteral("usgov");
    contoso.tenantId = QStringLiteral("11111111-2222-3333-4444-555555555555");
    contoso.graphUrl = QStringLiteral("http://127.0.0.1:1234");
    auto created = store->createIntegration(contoso);
    QVERIFY_RESULT(created);
    QVERIFY(!created->id.isEmpty());

    Integration clash;
    clash.name = QStringLiteral("CONTOSO");
    auto refused = store->createIntegration(clash);
    QVERIFY(!refused);
    QVERIFY2(refused.error().message.contains(u"already exists"), qPrintable(refused.error().message));
    Integration badCloud;
    badCloud.name = QStringLiteral("Fabrikam");
    badCloud.cloud = QStringLiteral("mars");
    QVERIFY(!store->createIntegration(badCloud));

    auto all = store->integrations();
    QVERIFY_RESULT(all);
    QCOMPARE(all->size(), 1);
    QCOMPARE(all->first(), *created);
    auto byName = store->integrationByName(QStringLiteral("contoso"));
    QVERIFY_RESULT(byName);
    QVERIFY(byName->has_value());
    QCOMPARE(**byName, *created);
}

void TestStore::bindsUsers()
{
    auto store = openStore();
    QVERIFY(store);
    Integration integration;
    integration.name = QStringLiteral("Tenant A");
    auto created = store->createIntegration(integration);
    QVERIFY_RESULT(created);
    QVERIFY_RESULT(store->insertUsers({fullUser(QStringLiteral("alice")), fullUser(QStringLiteral("bob"))}));
    auto keys = store->userKeys();
    QVERIFY_RESULT(keys);
    QVERIFY_RESULT(store->bind(created->id, keys->at(0).id, QStringLiteral("m365-a")));
    QVERIFY_RESULT(store->bind(created->id, keys->at(1).id, QStringLiteral("m365-b")));
    QVERIFY_RESULT(store->bind(created->id, keys->at(1).id, QStringLiteral("m365-b2"))); // rebinding replaces
    auto bound = store->boundM365Ids(created->id);
    QVERIFY_RESULT(bound);
    QCOMPARE(*bound, (QSet<QString> {QStringLiteral("m365-a"), QStringLiteral("m365-b2")}));
    auto none = store->boundM365Ids(QStringLiteral("no-such-integration"));
    QVERIFY_RESULT(none);
    QVERIFY(none->isEmpty());
    auto dangling = store->bind(created->id, QStringLiteral("no-such-user"), QStringLiteral("m365-x"));
    QVERIFY(!dangling);
    QVERIFY2(dangling.error().message.contains(u"no longer exists"), qPrintable(dangling.error().message));
}

void TestStore::insertsManyUsersQuickly()
{
    // CLOUDDIR_STORE_N=100000 for the figure in the report; the default keeps the suite quick.
    const int n =
        qEnvironmentVariableIsSet("CLOUDDIR_STORE_N") ? qEnvironmentVariableIntValue("CLOUDDIR_STORE_N") : 5000;
    auto store = openStore();
    QVERIFY(store);
    QList<User> users;
    users.reserve(n);
    for (int i = 0; i < n; ++i) {
        User user;
        user.username = QStringLiteral("user%1@example.org").arg(i);
        user.email = user.username;
        user.firstname = QStringLiteral("First%1").arg(i);
        user.lastname = QStringLiteral("Last%1").arg(i);
        user.department = QStringLiteral("Dept %1").arg(i % 50);
        users.append(user);
    }
    QElapsedTimer timer;
    timer.start();
    auto inserted = store->insertUsers(users);
    const qint64 insertMs = timer.restart();
    QVERIFY_RESULT(inserted);
    QCOMPARE(*inserted, n);
    auto keys = store->userKeys();
    const qint64 keysMs = timer.elapsed();
    QVERIFY_RESULT(keys);
    QCOMPARE(keys->size(), n);
    timer.restart();
    auto all = store->users();
    const qint64 usersMs = timer.elapsed();
    QVERIFY_RESULT(all);
    QCOMPARE(all->size(), n);
    qInfo("insertUsers(%d): %lld ms; userKeys(): %lld ms; users(): %lld ms", n, insertMs, keysMs, usersMs);
}

QTEST_GUILESS_MAIN(TestStore)
#include "TestStore.moc"
