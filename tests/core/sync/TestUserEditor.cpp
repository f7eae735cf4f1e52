// UserEditor on SQLite and PostgreSQL: an edit of a bound user writes the user, its outbox rows, snapshots and audit
// lines in one transaction; nothing is queued for unbound users or unexported attributes; renames, the state,
// the manager, deletion and passwords (a real Secret Service through scripts/with-keyring.sh).
#include "../directory/StoreTestSupport.h"
#include "../directory/TestDatabase.h"

#include "core/auth/PasswordStore.h"
#include "core/directory/AuditTable.h"
#include "core/directory/BindingTable.h"
#include "core/directory/GroupTable.h"
#include "core/directory/IntegrationSettingsTable.h"
#include "core/directory/IntegrationTable.h"
#include "core/directory/MappingTable.h"
#include "core/directory/OutboxTable.h"
#include "core/directory/Store.h"
#include "core/sync/UserEditor.h"

#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QTest>
#include <QUuid>

namespace {

QJsonObject payloadOf(const OutboxEntry &e)
{
    return QJsonDocument::fromJson(e.payload.toUtf8()).object();
}

} // namespace

class TestUserEditor : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<TestDatabase> m_db;
    std::unique_ptr<Store> m_store;
    PasswordStore m_passwords;
    QString m_integration;
    QHash<QString, QString> m_ids; // username → id

    User user(const QString &name) { return **m_store->userById(m_ids.value(name)); }
    QList<OutboxEntry> outbox() { return *m_store->outbox().entries(m_integration); }
    void link(const QString &name, const QString &m365Id)
    {
        QVERIFY_RESULT(m_store->bind(m_integration, m_ids.value(name), m365Id));
        BindingLink l;
        l.userId = m_ids.value(name);
        l.m365Id = m365Id;
        l.upn = name + QStringLiteral("@contoso.com");
        QVERIFY_RESULT(m_store->bindings().saveLinks(m_integration, {l}));
    }
    void tick(const QString &builtIn, const QString &property, const QString &source)
    {
        Mapping m;
        m.integrationId = m_integration;
        m.targetProperty = property;
        m.source = source;
        m.builtIn = builtIn;
        QVERIFY_RESULT(m_store->mappings().save(m));
    }

private slots:
    void initTestCase_data() { addBackendRows(); }
    void initTestCase()
    {
        m_passwords.setServiceName(QStringLiteral("clouddir-test"));
        m_passwords.setRetryDelay(std::chrono::milliseconds(100));
    }
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
            u.firstname = u.username.left(1).toUpper() + u.username.mid(1);
            u.lastname = QStringLiteral("Lopez");
            users.append(u);
        }
        QVERIFY_RESULT(m_store->insertUsers(users));
        auto stored = m_store->users();
        QVERIFY_RESULT(stored);
        for (const User &u : std::as_const(*stored))
            m_ids.insert(u.username, u.id);
        link(QStringLiteral("ana"), QStringLiteral("m-ana"));
        link(QStringLiteral("carl"), QStringLiteral("m-carl"));
    }
    void cleanup()
    {
        m_store.reset();
        m_db.reset();
    }

    void editOfAnExportedAttributeQueuesAnUpdate()
    {
        User ana = user(QStringLiteral("ana"));
        ana.firstname = QStringLiteral("Anna");
        UserEditor editor(*m_store, QStringLiteral("os:tester"));
        auto edited = editor.save(ana);
        QVERIFY_RESULT(edited);
        QCOMPARE(edited->queued.size(), 1);
        QCOMPARE(user(QStringLiteral("ana")).firstname, QStringLiteral("Anna"));

        const QList<OutboxEntry> rows = outbox();
        QCOMPARE(rows.size(), 1);
        QCOMPARE(rows.first().id, edited->queued.first().id);
        QCOMPARE(rows.first().op, QStringLiteral("update"));
        QCOMPARE(rows.first().userId, ana.id);
        QCOMPARE(rows.first().m365Id, QStringLiteral("m-ana"));
        QCOMPARE(rows.first().upn, QStringLiteral("ana@contoso.com"));
        const QJsonObject payload = payloadOf(rows.first());
        QCOMPARE(payload.value(QStringLiteral("id")).toString(), QStringLiteral("m-ana"));
        QCOMPARE(payload.value(QStringLiteral("body")).toObject(),
                 QJsonObject({{QStringLiteral("givenName"), QStringLiteral("Anna")},
                              {QStringLiteral("displayName"), QStringLiteral("Anna Lopez")}}));

        // Snapshots: what clouddir last wrote, i.e. the mapped values before the edit.
        QHash<QString, QString> snapshots;
        const auto stored = m_store->outbox().snapshots(m_integration);
        QVERIFY_RESULT(stored);
        for (const Snapshot &s : *stored) {
            QCOMPARE(s.outboxId, rows.first().id);
            snapshots.insert(s.property, s.oldValue.value_or(QString()));
        }
        QCOMPARE(snapshots.value(QStringLiteral("givenName")), QStringLiteral("\"Ana\""));
        QCOMPARE(snapshots.value(QStringLiteral("displayName")), QStringLiteral("\"Ana Lopez\""));

        // The audit log: the directory edit and each queued change, by the actor.
        AuditQuery all;
        const QList<AuditEntry> lines = *m_store->audit().search(all);
        QCOMPARE(lines.size(), 3);
        QStringList summary;
        for (const AuditEntry &e : lines) {
            QCOMPARE(e.actor, QStringLiteral("os:tester"));
            summary.append(e.action + u' ' + e.property + u' ' + e.oldValue + QStringLiteral("->") + e.newValue);
        }
        summary.sort();
        QCOMPARE(summary, QStringList({QStringLiteral("edit firstname Ana->Anna"),
                                       QStringLiteral("queued displayName Ana Lopez->Anna Lopez"),
                                       QStringLiteral("queued givenName Ana->Anna")}));
    }

    void theWindowRecordsTheSignedInAdmin()
    {
        // The window passes no actor: the audit log names each integration's signed-in admin (§2.8).
        IntegrationAuth auth;
        auth.integrationId = m_integration;
        auth.account = QStringLiteral("admin@contoso.com");
        auth.state = IntegrationAuth::State::Authorized;
        QVERIFY_RESULT(m_store->integrationTable().setAuth(auth));
        User ana = user(QStringLiteral("ana"));
        ana.firstname = QStringLiteral("Anna");
        UserEditor editor(*m_store, QString());
        QVERIFY_RESULT(editor.save(ana));
        const QList<AuditEntry> lines = *m_store->audit().search(AuditQuery());
        QCOMPARE(lines.size(), 3);
        for (const AuditEntry &e : lines)
            QCOMPARE(e.actor, QStringLiteral("admin@contoso.com"));
    }

    void unexportedAttributesAndUnboundUsersQueueNothing()
    {
        UserEditor editor(*m_store, QStringLiteral("os:tester"));
        User ana = user(QStringLiteral("ana"));
        ana.department = QStringLiteral("Sales"); // department is not ticked
        auto edited = editor.save(ana);
        QVERIFY_RESULT(edited);
        QVERIFY(edited->queued.isEmpty());
        User ben = user(QStringLiteral("ben")); // not bound
        ben.firstname = QStringLiteral("Benjamin");
        QVERIFY_RESULT(editor.save(ben));
        QVERIFY(outbox().isEmpty());
        QCOMPARE(user(QStringLiteral("ben")).firstname, QStringLiteral("Benjamin"));
        QCOMPARE(*m_store->audit().count({}), 2); // the two directory edits, nothing queued

        tick(QStringLiteral("user_department"), QStringLiteral("department"), QStringLiteral("department"));
        ana = user(QStringLiteral("ana"));
        ana.department = QStringLiteral("Marketing");
        edited = editor.save(ana);
        QVERIFY_RESULT(edited);
        QCOMPARE(edited->queued.size(), 1);
        QCOMPARE(payloadOf(outbox().first()).value(QStringLiteral("body")).toObject(),
                 QJsonObject({{QStringLiteral("department"), QStringLiteral("Marketing")}}));
    }

    void aUserBoundThroughAGroupIsPushed()
    {
        auto group = m_store->groups().create(QStringLiteral("Sales"));
        QVERIFY_RESULT(group);
        QVERIFY_RESULT(m_store->groups().addMembers(group->id, {m_ids.value(QStringLiteral("dee"))}));
        BindingChange change;
        change.bindGroups = {group->id};
        QVERIFY_RESULT(m_store->bindings().apply(m_integration, change));
        BindingLink l;
        l.userId = m_ids.value(QStringLiteral("dee"));
        l.m365Id = QStringLiteral("m-dee");
        l.upn = QStringLiteral("dee@contoso.com");
        QVERIFY_RESULT(m_store->bindings().saveLinks(m_integration, {l})); // direct = 0
        User dee = user(QStringLiteral("dee"));
        dee.lastname = QStringLiteral("Diaz");
        auto edited = UserEditor(*m_store, QStringLiteral("os:tester")).save(dee);
        QVERIFY_RESULT(edited);
        QCOMPARE(edited->queued.size(), 1);
        QCOMPARE(edited->queued.first().m365Id, QStringLiteral("m-dee"));
    }

    void anEmailChangeRenamesTheAccount()
    {
        User ana = user(QStringLiteral("ana"));
        ana.email = QStringLiteral("ana.lopez@contoso.com");
        auto edited = UserEditor(*m_store, QStringLiteral("os:tester")).save(ana);
        QVERIFY_RESULT(edited);
        QCOMPARE(edited->queued.size(), 1);
        const OutboxEntry rename = outbox().first();
        QCOMPARE(rename.op, QStringLiteral("rename"));
        QCOMPARE(rename.upn, QStringLiteral("ana.lopez@contoso.com"));
        QCOMPARE(payloadOf(rename).value(QStringLiteral("body")).toObject(),
                 QJsonObject({{QStringLiteral("userPrincipalName"), QStringLiteral("ana.lopez@contoso.com")}}));
        // The link remembers the queued UPN: a second edit does not rename again.
        const QList<BindingLink> links = *m_store->bindings().links(m_integration);
        for (const BindingLink &l : links) {
            if (l.userId == ana.id)
                QCOMPARE(l.upn, QStringLiteral("ana.lopez@contoso.com"));
        }
        ana = user(QStringLiteral("ana"));
        ana.jobTitle = QStringLiteral("Lead");
        QVERIFY_RESULT(UserEditor(*m_store, QStringLiteral("os:tester")).save(ana));
        QCOMPARE(outbox().size(), 1);
    }

    void suspendingAndReactivatingQueuesTheAccountState()
    {
        UserEditor editor(*m_store, QStringLiteral("os:tester"));
        User ana = user(QStringLiteral("ana"));
        ana.state = UserState::Suspended;
        auto suspended = editor.save(ana);
        QVERIFY_RESULT(suspended);
        QCOMPARE(suspended->queued.size(), 1);
        QCOMPARE(suspended->queued.first().op, QStringLiteral("suspend"));
        QCOMPARE(payloadOf(suspended->queued.first()).value(QStringLiteral("body")).toObject(),
                 QJsonObject({{QStringLiteral("accountEnabled"), false}}));

        ana = user(QStringLiteral("ana"));
        ana.state = UserState::Active;
        auto active = editor.save(ana);
        QVERIFY_RESULT(active);
        QCOMPARE(active->queued.size(), 1);
        QCOMPARE(active->queued.first().op, QStringLiteral("update"));
        QCOMPARE(payloadOf(active->queued.first()).value(QStringLiteral("body")).toObject(),
                 QJsonObject({{QStringLiteral("accountEnabled"), true}}));
    }

    void aManagerChangeQueuesTheManagerWhenExported()
    {
        UserEditor editor(*m_store, QStringLiteral("os:tester"));
        User ana = user(QStringLiteral("ana"));
        ana.managerId = m_ids.value(QStringLiteral("carl"));
        auto notExported = editor.save(ana);
        QVERIFY_RESULT(notExported);
        QVERIFY(notExported->queued.isEmpty());

        IntegrationSettings settings;
        settings.exportManager = true;
        QVERIFY_RESULT(m_store->integrationSettings().save(m_integration, settings));
        ana = user(QStringLiteral("ana"));
        ana.managerId.clear();
        QVERIFY_RESULT(editor.save(ana)); // M365 had no manager from clouddir: nothing to clear
        ana.managerId = m_ids.value(QStringLiteral("carl"));
        auto exported = editor.save(ana);
        QVERIFY_RESULT(exported);
        QCOMPARE(exported->queued.size(), 1);
        const OutboxEntry row = exported->queued.first();
        QCOMPARE(row.op, QStringLiteral("manager"));
        const QJsonObject payload = payloadOf(row);
        QCOMPARE(payload.value(QStringLiteral("id")).toString(), QStringLiteral("m-ana"));
        QCOMPARE(payload.value(QStringLiteral("managerId")).toString(), QStringLiteral("m-carl"));
        QCOMPARE(payload.value(QStringLiteral("managerUserId")).toString(), m_ids.value(QStringLiteral("carl")));
    }

    void deletingABoundUserSuspendsTheAccount()
    {
        const QString id = m_ids.value(QStringLiteral("ana"));
        auto removed = UserEditor(*m_store, QStringLiteral("os:tester")).remove(id);
        QVERIFY_RESULT(removed);
        QVERIFY(!*m_store->userById(id));
        QCOMPARE(removed->queued.size(), 1);
        QCOMPARE(removed->queued.first().op, QStringLiteral("suspend"));
        QCOMPARE(removed->queued.first().m365Id, QStringLiteral("m-ana"));
        const auto links = m_store->bindings().links(m_integration);
        QVERIFY_RESULT(links);
        for (const BindingLink &l : *links) {
            if (l.userId == id)
                QVERIFY(l.suspended);
        }
        AuditQuery deleted;
        deleted.text = QStringLiteral("ana");
        QCOMPARE(*m_store->audit().count(deleted), 2); // the deletion and the queued suspension
        // An unbound user is just deleted.
        auto plain = UserEditor(*m_store, QStringLiteral("os:tester")).remove(m_ids.value(QStringLiteral("ben")));
        QVERIFY_RESULT(plain);
        QVERIFY(plain->queued.isEmpty());
    }

    void aFailedSaveWritesNothing()
    {
        User ana = user(QStringLiteral("ana"));
        ana.firstname = QStringLiteral("Anna");
        ana.username = QStringLiteral("BEN"); // taken
        auto failed = UserEditor(*m_store, QStringLiteral("os:tester")).save(ana);
        QVERIFY(!failed);
        QVERIFY(outbox().isEmpty());
        QVERIFY(m_store->outbox().snapshots(m_integration)->isEmpty());
        QCOMPARE(*m_store->audit().count({}), 0);
        QCOMPARE(user(QStringLiteral("ana")).firstname, QStringLiteral("Ana"));
    }

    void aPasswordGoesToTheKeychainAndNeverToTheDatabase()
    {
        if (qEnvironmentVariable("CLOUDDIR_KEYRING_ROOT").isEmpty())
            QSKIP("run through scripts/with-keyring.sh for the keychain");
        const QByteArray secret = "S3cret-" + QUuid::createUuid().toByteArray(QUuid::Id128);
        UserEditor editor(*m_store, QStringLiteral("os:tester"), &m_passwords);
        User ana = user(QStringLiteral("ana"));
        auto edited = editor.save(ana, Secret(secret));
        QVERIFY_RESULT(edited);
        QCOMPARE(edited->queued.size(), 1);
        const QJsonObject payload = payloadOf(edited->queued.first());
        QCOMPARE(payload.value(QStringLiteral("password")).toString(), QStringLiteral("keychain"));
        QCOMPARE(payload.value(QStringLiteral("id")).toString(), QStringLiteral("m-ana"));
        auto stored = m_passwords.readNow(m_integration, ana.id);
        QVERIFY_RESULT(stored);
        QVERIFY(stored->has_value());
        QCOMPARE((*stored)->reveal(), secret);
        const auto lines = m_store->audit().search({});
        QVERIFY_RESULT(lines);
        for (const AuditEntry &e : *lines)
            QVERIFY(!(e.oldValue + e.newValue + e.detail).toUtf8().contains(secret));
        if (!m_db->isPostgres()) {
            QFile file(m_db->spec());
            QVERIFY(file.open(QIODevice::ReadOnly));
            QVERIFY(!file.readAll().contains(secret));
        }
        QVERIFY_RESULT(m_passwords.removeNow(m_integration, ana.id));

        // Nowhere to send it: refused, nothing saved, nothing kept.
        User ben = user(QStringLiteral("ben"));
        auto refused = editor.save(ben, Secret(secret));
        QVERIFY(!refused);
        QVERIFY(refused.error().message.contains(QStringLiteral("not bound")));
        QVERIFY(!m_passwords.readNow(m_integration, ben.id)->has_value());
    }
};

QTEST_GUILESS_MAIN(TestUserEditor)
#include "TestUserEditor.moc"
