// clouddir sync and clouddir outbox (issue 7) run as a script would: the real binary against an in-process graphsim,
// a SQLite directory and a real Secret Service (the suite runs under scripts/with-keyring.sh): counts and exit codes,
// JSON, a failed row's Graph identity, and an admin-set password read from the keychain, sent, and removed once
// Graph accepted it.
#include "core/auth/PasswordStore.h"
#include "core/directory/OutboxTable.h"
#include "core/directory/Store.h"
#include "tests/app/ClouddirRun.h"
#include "tests/graphsim/GraphSim.h"

#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

namespace {

const QString Name = QStringLiteral("Northwind");
const QString Domain = QStringLiteral("northwind-labs.com");

QString json(const QJsonObject &o)
{
    return QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact));
}

QJsonObject parse(const QString &text)
{
    return QJsonDocument::fromJson(text.toUtf8()).object();
}

} // namespace

class TestSyncCommand : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<GraphSim> m_sim;
    QString m_db;
    QString m_tokenFile;
    QString m_integration;
    QStringList m_users;

    ClouddirRun command(const QString &name, const QStringList &more = {})
    {
        QStringList arguments {name, "--db", m_db, "--integration", Name};
        if (name == u"sync")
            arguments += QStringList {"--access-token-file", m_tokenFile, "--graph-url", m_sim->baseUrl().toString()};
        return runClouddir(arguments + more);
    }

    void queue(const QList<std::pair<int, QJsonObject>> &rows)
    {
        auto store = Store::open(m_db);
        QVERIFY(store);
        OutboxBatch batch;
        batch.integrationId = m_integration;
        int seq = 0;
        for (const auto &[user, payload] : rows) {
            OutboxEntry e;
            e.seq = seq++;
            e.userId = m_users.at(user);
            e.op = payload.contains("id") ? QStringLiteral("update") : QStringLiteral("create");
            e.upn = payload.value("body").toObject().value("userPrincipalName").toString();
            e.payload = json(payload);
            batch.entries.append(e);
        }
        QVERIFY((*store)->outbox().commit(batch));
    }

    static QJsonObject createOf(const QString &name)
    {
        return {{"body", QJsonObject {{"userPrincipalName", name + u'@' + Domain},
                                      {"displayName", name},
                                      {"mailNickname", name},
                                      {"accountEnabled", true}}}};
    }

private slots:
    void init()
    {
        m_dir = std::make_unique<QTemporaryDir>();
        QVERIFY(m_dir->isValid());
        m_sim = std::make_unique<GraphSim>();
        m_sim->setUsers({QJsonObject {{"id", "ben-id"},
                                      {"userPrincipalName", "ben@" + Domain},
                                      {"displayName", "Ben"},
                                      {"accountEnabled", true}},
                         QJsonObject {{"id", "prem-id"},
                                      {"userPrincipalName", "ed@" + Domain},
                                      {"displayName", "Ed"},
                                      {"accountEnabled", true},
                                      {"onPremisesSyncEnabled", true}}});
        m_sim->setAcceptedTokens({"tok-sync"});
        QVERIFY(m_sim->listen() != 0);
        m_tokenFile = m_dir->filePath("token");
        QFile token(m_tokenFile);
        QVERIFY(token.open(QIODevice::WriteOnly));
        token.write("tok-sync");
        token.close();
        m_db = m_dir->filePath("directory.sqlite");
        auto store = Store::open(m_db);
        QVERIFY(store);
        Integration integration;
        integration.name = Name;
        m_integration = (*store)->createIntegration(integration).value().id;
        QList<User> users;
        for (const char *name : {"zoe", "ben", "ed"}) {
            User u;
            u.username = QLatin1String(name);
            u.email = u.username + u'@' + Domain;
            users.append(u);
        }
        QVERIFY((*store)->insertUsers(users));
        m_users.clear();
        for (const char *name : {"zoe", "ben", "ed"})
            m_users.append((*store)->userByUsername(QLatin1String(name)).value()->id);
        OutboxBatch bind;
        bind.integrationId = m_integration;
        bind.change.bindUsers = m_users;
        QVERIFY((*store)->outbox().commit(bind));
    }
    void cleanup() { m_sim.reset(); }

    void syncSendsEverythingAndPrintsCounts()
    {
        queue({{0, createOf("zoe")}, {1, {{"id", "ben-id"}, {"body", QJsonObject {{"jobTitle", "CTO"}}}}}});
        const ClouddirRun run = command("sync", {"--until-empty", "--json"});
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        const QJsonObject counts = parse(run.out);
        QCOMPARE(counts.value("done").toInt(), 2);
        QCOMPARE(counts.value("failed").toInt(), 0);
        QCOMPARE(counts.value("batches").toInt(), 1);
        QCOMPARE(counts.value("outbox").toObject().value("done").toInt(), 2);
        QVERIFY(!m_sim->user("zoe@" + Domain).isEmpty());
        QCOMPARE(m_sim->user("ben-id").value("jobTitle").toString(), QStringLiteral("CTO"));
        // Nothing left: a second run sends nothing and says so.
        const ClouddirRun again = command("sync");
        QCOMPARE(again.exitCode, 0);
        QVERIFY2(again.out.contains(u"0 done, 0 retried, 0 failed in 0 batch requests"), qPrintable(again.out));

        const ClouddirRun list = command("outbox", {"--json"});
        QCOMPARE(list.exitCode, 0);
        const QJsonObject outbox = parse(list.out);
        QCOMPARE(outbox.value("counts").toObject().value("done").toInt(), 2);
        const QJsonArray entries = outbox.value("entries").toArray();
        QCOMPARE(entries.size(), 2);
        QCOMPARE(entries.at(0).toObject().value("op").toString(), QStringLiteral("create"));
        QCOMPARE(entries.at(0).toObject().value("m365Id").toString(),
                 m_sim->user("zoe@" + Domain).value("id").toString());
        QVERIFY(!entries.at(0).toObject().value("requestId").toString().isEmpty());
        QVERIFY(!entries.at(0).toObject().contains("payload")); // values stay out of the listing
    }

    void aFailedOperationExitsWithOne()
    {
        queue({{2, {{"id", "prem-id"}, {"body", QJsonObject {{"jobTitle", "CFO"}}}}},
               {1, {{"id", "ben-id"}, {"body", QJsonObject {{"jobTitle", "CTO"}}}}}});
        const ClouddirRun run = command("sync", {"--until-empty"});
        QCOMPARE(run.exitCode, 1);
        QVERIFY2(run.out.contains(u"1 done, 0 retried, 1 failed"), qPrintable(run.out));
        const ClouddirRun failed = command("outbox", {"--state", "failed", "--json"});
        QCOMPARE(failed.exitCode, 0);
        const QJsonArray entries = parse(failed.out).value("entries").toArray();
        QCOMPARE(entries.size(), 1);
        const QJsonObject row = entries.first().toObject();
        QCOMPARE(row.value("httpStatus").toInt(), 400);
        QCOMPARE(row.value("graphCode").toString(), QStringLiteral("Request_BadRequest"));
        QVERIFY(row.value("lastError").toString().contains(u"on-premises"));
        QVERIFY(!row.value("requestId").toString().isEmpty());
        const ClouddirRun text = command("outbox");
        QVERIFY2(text.out.contains(u"1 done, 1 failed"), qPrintable(text.out));
        QVERIFY2(text.out.contains(u"failed update"), qPrintable(text.out));
    }

    void anAdminPasswordComesFromTheKeychainAndLeavesIt()
    {
        PasswordStore passwords;
        // Too weak for Entra: graphsim refuses it, which proves it was the password sent, and the keychain keeps it.
        QVERIFY(passwords.writeNow(m_integration, m_users.at(0), Secret("weak")));
        queue({{0, createOf("zoe")}});
        const ClouddirRun refused = command("sync", {"--until-empty"});
        QCOMPARE(refused.exitCode, 1);
        QVERIFY(m_sim->user("zoe@" + Domain).isEmpty());
        auto kept = passwords.readNow(m_integration, m_users.at(0));
        QVERIFY(kept && kept->has_value());
        const ClouddirRun failed = command("outbox", {"--json"});
        QVERIFY2(failed.out.contains(u"complexity rules"), qPrintable(failed.out));
        QVERIFY(!failed.out.contains(u"weak")); // the password itself is never printed

        // The admin sets a good one and retries: sent, accepted, and gone from the keychain.
        QVERIFY(passwords.writeNow(m_integration, m_users.at(0), Secret("Str0ng-Passw0rd!")));
        queue({{0, createOf("zoe")}});
        const ClouddirRun accepted = command("sync", {"--until-empty"});
        QVERIFY2(accepted.exitCode == 0, qPrintable(accepted.out + accepted.err));
        QVERIFY(!m_sim->user("zoe@" + Domain).isEmpty());
        auto removed = passwords.readNow(m_integration, m_users.at(0));
        QVERIFY(removed);
        QVERIFY(!removed->has_value());
    }

    void aCreateWhoseRepliesAreLostIsFoundAndItsPasswordForgotten()
    {
        // Every $batch reply is lost after graphsim applied it. The retry finds the account by its UPN, records it,
        // and removes the admin's password from the keychain as the lost create carried it.
        PasswordStore passwords;
        QVERIFY(passwords.writeNow(m_integration, m_users.at(0), Secret("Str0ng-Passw0rd!")));
        queue({{0, createOf("zoe")}});
        m_sim->addFault({"POST", "^/v1\\.0/\\$batch$", GraphSimFault::Kind::ReplyLostAfterCommit, 0, -1, 0, -1});
        const ClouddirRun run = command("sync", {"--until-empty", "--json"});
        QVERIFY2(run.exitCode == 0, qPrintable(run.out + run.err));
        const QJsonObject counts = parse(run.out);
        QCOMPARE(counts.value("done").toInt(), 1);
        QCOMPARE(counts.value("retried").toInt(), 1);
        QCOMPARE(m_sim->writeStats().usersCreated, 1);
        auto removed = passwords.readNow(m_integration, m_users.at(0));
        QVERIFY(removed && !removed->has_value());
    }

    void aPasswordUpdateReadsTheKeychain()
    {
        // UserEditor queues {"password": "keychain"} after writing the typed password to the keychain.
        PasswordStore passwords;
        QVERIFY(passwords.writeNow(m_integration, m_users.at(1), Secret("N3w-Passw0rd!")));
        const QString before = m_sim->user("ben-id").value("lastPasswordChangeDateTime").toString();
        queue({{1, {{"id", "ben-id"}, {"password", "keychain"}, {"body", QJsonObject {}}}},
               {2, {{"id", "prem-id"}, {"password", "keychain"}, {"body", QJsonObject {}}}}});
        const ClouddirRun run = command("sync", {"--until-empty"});
        QCOMPARE(run.exitCode, 1); // ed has no password in the keychain
        QVERIFY(m_sim->user("ben-id").value("lastPasswordChangeDateTime").toString() != before);
        auto removed = passwords.readNow(m_integration, m_users.at(1));
        QVERIFY(removed && !removed->has_value());
        const ClouddirRun failed = command("outbox", {"--state", "failed", "--json"});
        const QJsonArray entries = parse(failed.out).value("entries").toArray();
        QCOMPARE(entries.size(), 1);
        QCOMPARE(entries.first().toObject().value("graphCode").toString(), QStringLiteral("clouddir.NoPassword"));
        QVERIFY(!failed.out.contains(u"N3w-Passw0rd!"));
    }

    void withoutAKeychainCreatesWaitUnlessRandomPasswordsAreAllowed()
    {
        queue({{0, createOf("zoe")}});
        QProcess process;
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        environment.insert("DBUS_SESSION_BUS_ADDRESS", "unix:path=" + m_dir->filePath("no-bus"));
        process.setProcessEnvironment(environment);
        process.setProgram(QStringLiteral(CLOUDDIR_BINARY));
        const QStringList arguments {"sync",          "--db",        m_db,
                                     "--integration", Name,          "--access-token-file",
                                     m_tokenFile,     "--graph-url", m_sim->baseUrl().toString()};
        // The admin may have typed a password that cannot be read now: the create waits rather than guess.
        process.setArguments(arguments);
        process.start();
        QTRY_VERIFY_WITH_TIMEOUT(process.state() == QProcess::NotRunning, 30'000);
        QCOMPARE(process.exitCode(), 0);
        const QJsonObject waiting = parse(command("outbox", {"--json"}).out);
        QCOMPARE(waiting.value("counts").toObject().value("retrying").toInt(), 1);
        QVERIFY(
            waiting.value("entries").toArray().first().toObject().value("lastError").toString().contains(u"keychain"));
        QVERIFY(m_sim->user("zoe@" + Domain).isEmpty());
        // Allowed explicitly: a random password, to be changed at the first sign-in.
        process.setArguments(arguments + QStringList {"--random-passwords", "--until-empty"});
        process.start();
        QTRY_VERIFY_WITH_TIMEOUT(process.state() == QProcess::NotRunning, 60'000);
        QCOMPARE(process.exitCode(), 0);
        QVERIFY(!m_sim->user("zoe@" + Domain).isEmpty());
    }

    void aKilledSyncIsResumedAtOnce()
    {
        // kill -9 while the first $batch waits for its (slow) answer: the rows stay leased by a process that is gone.
        // The next run takes them over at once instead of waiting for the lease (5 minutes) to run out.
        queue({{0, createOf("zoe")}, {1, {{"id", "ben-id"}, {"body", QJsonObject {{"jobTitle", "CTO"}}}}}});
        m_sim->addFault({"POST", "^/v1\\.0/\\$batch$", GraphSimFault::Kind::Status, 503, -1, 30'000, 1});
        QProcess first;
        first.setProgram(QStringLiteral(CLOUDDIR_BINARY));
        first.setArguments({"sync", "--db", m_db, "--integration", Name, "--access-token-file", m_tokenFile,
                            "--graph-url", m_sim->baseUrl().toString(), "--until-empty"});
        first.start();
        QVERIFY(first.waitForStarted());
        auto leased = [this] {
            auto store = Store::open(m_db);
            if (!store)
                return false;
            return (*store)->outbox().summary(m_integration, QDateTime::currentMSecsSinceEpoch())->leased == 2;
        };
        QTRY_VERIFY_WITH_TIMEOUT(leased(), 10'000);
        first.kill(); // SIGKILL
        QVERIFY(first.waitForFinished());
        m_sim->clearFaults();
        QElapsedTimer clock;
        clock.start();
        const ClouddirRun second = command("sync", {"--until-empty", "--json"});
        QVERIFY2(second.exitCode == 0, qPrintable(second.out + second.err));
        QVERIFY(clock.elapsed() < 20'000);
        QCOMPARE(parse(second.out).value("done").toInt(), 2);
        QCOMPARE(m_sim->writeStats().usersCreated, 1);
        QCOMPARE(m_sim->user("ben-id").value("jobTitle").toString(), QStringLiteral("CTO"));
    }

    void optionsAreRequired()
    {
        const ClouddirRun noDb = runClouddir({"sync", "--integration", Name});
        QCOMPARE(noDb.exitCode, 1);
        QVERIFY(noDb.err.contains(u"--db"));
        QVERIFY(!noDb.err.trimmed().contains(u'\n'));
        const ClouddirRun unknown = runClouddir({"outbox", "--db", m_db, "--integration", "Nope"});
        QCOMPARE(unknown.exitCode, 1);
        QVERIFY(unknown.err.contains(u"Nope"));
    }
};

QTEST_GUILESS_MAIN(TestSyncCommand)
#include "TestSyncCommand.moc"
