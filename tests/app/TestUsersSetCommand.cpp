// clouddir users set (issue 7) run as a script would: the real binary on a SQLite directory prepared here, with a
// real Secret Service (scripts/with-keyring.sh) for --password-stdin. No Graph call is made: the edit is queued.
#include "core/auth/PasswordStore.h"
#include "core/directory/AuditTable.h"
#include "core/directory/BindingTable.h"
#include "core/directory/OutboxTable.h"
#include "core/directory/Store.h"
#include "tests/app/ClouddirRun.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

class TestUsersSetCommand : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_db;
    QString m_integration;
    QString m_ana;

    std::unique_ptr<Store> open()
    {
        auto store = Store::open(m_db);
        return store ? std::move(*store) : nullptr;
    }

private slots:
    void init()
    {
        m_db = m_dir.filePath(QStringLiteral("dir-%1.db").arg(QTest::currentTestFunction()));
        auto store = open();
        QVERIFY(store);
        Integration integration;
        integration.name = QStringLiteral("Contoso");
        auto created = store->createIntegration(integration);
        QVERIFY(created);
        m_integration = created->id;
        QList<User> users;
        for (const char *name : {"ana", "ben"}) {
            User u;
            u.username = QLatin1String(name);
            u.email = u.username + QStringLiteral("@contoso.com");
            u.firstname = u.username;
            u.lastname = QStringLiteral("Lopez");
            u.attributes.insert(QStringLiteral("costCenter"), QStringLiteral("100"));
            users.append(u);
        }
        QVERIFY(store->insertUsers(users));
        m_ana = (*store->userByUsername(QStringLiteral("ana")))->id;
        QVERIFY(store->bind(m_integration, m_ana, QStringLiteral("m-ana")));
        BindingLink link {m_ana, QStringLiteral("m-ana"), QStringLiteral("ana@contoso.com"), true, false};
        QVERIFY(store->bindings().saveLinks(m_integration, {link}));
    }

    void setsAttributesAndPrintsWhatItQueued()
    {
        const ClouddirRun run =
            runClouddir({QStringLiteral("users"), QStringLiteral("set"), QStringLiteral("--db"), m_db,
                         QStringLiteral("ana"), QStringLiteral("firstname=Anna"), QStringLiteral("costCenter=200"),
                         QStringLiteral("manager=ben"), QStringLiteral("--json")});
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        const QJsonObject out = QJsonDocument::fromJson(run.out.toUtf8()).object();
        QCOMPARE(out.value(QStringLiteral("user")).toString(), QStringLiteral("ana"));
        const QJsonArray queued = out.value(QStringLiteral("queued")).toArray();
        QCOMPARE(queued.size(), 1);
        QCOMPARE(queued.first()[QStringLiteral("op")].toString(), QStringLiteral("update"));
        QCOMPARE(queued.first()[QStringLiteral("payload")][QStringLiteral("body")].toObject(),
                 QJsonObject({{QStringLiteral("givenName"), QStringLiteral("Anna")},
                              {QStringLiteral("displayName"), QStringLiteral("Anna Lopez")}}));

        auto store = open();
        const User ana = **store->userById(m_ana);
        QCOMPARE(ana.firstname, QStringLiteral("Anna"));
        QCOMPARE(ana.attributes.value(QStringLiteral("costCenter")).toString(), QStringLiteral("200"));
        QCOMPARE(ana.managerId, (*store->userByUsername(QStringLiteral("ben")))->id);
        QCOMPARE(store->outbox().entries(m_integration)->size(), 1);
        const QList<AuditEntry> lines = *store->audit().search({});
        QVERIFY(!lines.isEmpty());
        QVERIFY(lines.first().actor.startsWith(QStringLiteral("os:")));

        // The plain text form.
        const ClouddirRun text = runClouddir({QStringLiteral("users"), QStringLiteral("set"), QStringLiteral("--db"),
                                              m_db, QStringLiteral("ana"), QStringLiteral("lastname=Diaz")});
        QVERIFY2(text.exitCode == 0, qPrintable(text.err));
        QVERIFY2(text.out.contains(QStringLiteral("Saved ana; queued 1 change(s)")), qPrintable(text.out));
        QVERIFY2(text.out.contains(QStringLiteral("update ana@contoso.com")), qPrintable(text.out));
    }

    void refusesUnknownAttributesAndPasswordsInArguments()
    {
        const ClouddirRun unknown =
            runClouddir({QStringLiteral("users"), QStringLiteral("set"), QStringLiteral("--db"), m_db,
                         QStringLiteral("ana"), QStringLiteral("firstname=Anna"), QStringLiteral("shoeSize=42")});
        QCOMPARE(unknown.exitCode, 1);
        QVERIFY2(unknown.err.contains(QStringLiteral("Unknown attribute \"shoeSize\"")), qPrintable(unknown.err));
        QVERIFY(unknown.err.contains(QStringLiteral("addresses.work.locality")));
        QVERIFY(unknown.err.contains(QStringLiteral("costCenter")));
        QCOMPARE(unknown.err.count(u'\n'), 1); // one line

        const ClouddirRun password =
            runClouddir({QStringLiteral("users"), QStringLiteral("set"), QStringLiteral("--db"), m_db,
                         QStringLiteral("ana"), QStringLiteral("password=hunter2")});
        QCOMPARE(password.exitCode, 1);
        QVERIFY(password.err.contains(QStringLiteral("--password-stdin")));
        QVERIFY(!password.err.contains(QStringLiteral("hunter2")));

        const ClouddirRun nobody = runClouddir({QStringLiteral("users"), QStringLiteral("set"), QStringLiteral("--db"),
                                                m_db, QStringLiteral("zoe"), QStringLiteral("firstname=Z")});
        QCOMPARE(nobody.exitCode, 1);
        QVERIFY(nobody.err.contains(QStringLiteral("no directory user is named \"zoe\"")));

        auto store = open();
        QCOMPARE((*store->userById(m_ana))->firstname, QStringLiteral("ana")); // nothing saved
        QVERIFY(store->outbox().entries(m_integration)->isEmpty());
    }

    void auditShowsAndExportsTheEdit()
    {
        const ClouddirRun edit = runClouddir({QStringLiteral("users"), QStringLiteral("set"), QStringLiteral("--db"),
                                              m_db, QStringLiteral("ana"), QStringLiteral("firstname=Anna")});
        QVERIFY2(edit.exitCode == 0, qPrintable(edit.err));
        const ClouddirRun found =
            runClouddir({QStringLiteral("audit"), QStringLiteral("--db"), m_db, QStringLiteral("--integration"),
                         QStringLiteral("Contoso"), QStringLiteral("--search"), QStringLiteral("GIVENNAME"),
                         QStringLiteral("--json")});
        QVERIFY2(found.exitCode == 0, qPrintable(found.err));
        const QJsonArray lines = QJsonDocument::fromJson(found.out.toUtf8()).array();
        QCOMPARE(lines.size(), 1);
        QCOMPARE(lines.first()[QStringLiteral("action")].toString(), QStringLiteral("queued"));
        QCOMPARE(lines.first()[QStringLiteral("old")].toString(), QStringLiteral("ana"));
        QCOMPARE(lines.first()[QStringLiteral("new")].toString(), QStringLiteral("Anna"));

        const QString csv = m_dir.filePath(QStringLiteral("audit.csv"));
        const ClouddirRun exported =
            runClouddir({QStringLiteral("audit"), QStringLiteral("--db"), m_db, QStringLiteral("--csv"), csv});
        QVERIFY2(exported.exitCode == 0, qPrintable(exported.err));
        QVERIFY(exported.out.contains(QStringLiteral("Wrote 3 audit lines"))); // the edit and two queued changes
        QFile file(csv);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QVERIFY(file.readAll().startsWith("\xEF\xBB\xBFtime,actor,"));

        const ClouddirRun unknown = runClouddir({QStringLiteral("audit"), QStringLiteral("--db"), m_db,
                                                 QStringLiteral("--integration"), QStringLiteral("X")});
        QCOMPARE(unknown.exitCode, 1);
        QVERIFY(unknown.err.contains(QStringLiteral("no integration is named \"X\"")));
    }

    void readsAPasswordFromStdinIntoTheKeychain()
    {
        if (qEnvironmentVariable("CLOUDDIR_KEYRING_ROOT").isEmpty())
            QSKIP("run through scripts/with-keyring.sh");
        QProcess process;
        process.setProgram(QStringLiteral(CLOUDDIR_BINARY));
        process.setArguments({QStringLiteral("users"), QStringLiteral("set"), QStringLiteral("--db"), m_db,
                              QStringLiteral("ana"), QStringLiteral("--password-stdin"), QStringLiteral("--json")});
        process.start();
        QVERIFY(process.waitForStarted());
        process.write("Tr0ub4dor&3-stdin\n");
        process.closeWriteChannel();
        QVERIFY(process.waitForFinished(60000));
        const QString err = QString::fromUtf8(process.readAllStandardError());
        QVERIFY2(process.exitCode() == 0, qPrintable(err));
        const QJsonObject out = QJsonDocument::fromJson(process.readAllStandardOutput()).object();
        const QJsonArray queued = out.value(QStringLiteral("queued")).toArray();
        QCOMPARE(queued.size(), 1);
        QCOMPARE(queued.first()[QStringLiteral("payload")][QStringLiteral("password")].toString(),
                 QStringLiteral("keychain"));

        PasswordStore passwords; // the product's service name: this keyring is private to the test
        auto stored = passwords.readNow(m_integration, m_ana);
        QVERIFY(stored && stored->has_value());
        QCOMPARE((*stored)->reveal(), QByteArray("Tr0ub4dor&3-stdin"));
        QFile db(m_db);
        QVERIFY(db.open(QIODevice::ReadOnly));
        QVERIFY(!db.readAll().contains("Tr0ub4dor"));
    }
};

QTEST_GUILESS_MAIN(TestUsersSetCommand)
#include "TestUsersSetCommand.moc"
