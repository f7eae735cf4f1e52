// clouddir restore (issue 7) run as a script would: the real binary against an in-process graphsim. ana's directory
// edits (UserEditor, as `clouddir users set` makes them) overwrote givenName "Ana" and then "Anna"; Graph holds
// "Annika" now (changed by hand after the executor sent the edits), so the plan's old value can only come from
// reading Graph.
#include "core/directory/BindingTable.h"
#include "core/directory/OutboxTable.h"
#include "core/directory/Store.h"
#include "core/sync/UserEditor.h"
#include "tests/app/ClouddirRun.h"
#include "tests/graphsim/GraphSim.h"

#include <QDateTime>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

namespace {

const QString Token = QStringLiteral("tok-restore-never-stored");
const QString Name = QStringLiteral("Contoso M365");

bool oneLine(const QString &text)
{
    const QString t = text.trimmed();
    return !t.isEmpty() && !t.contains(u'\n');
}

} // namespace

class TestRestoreCommand : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<GraphSim> m_sim;
    QString m_tokenFile;
    QString m_db;
    QString m_integrationId;

    std::unique_ptr<Store> openStore()
    {
        auto store = Store::open(m_db);
        if (!store)
            qFatal("cannot open the store: %s", qPrintable(store.error().message));
        return std::move(*store);
    }
    QList<OutboxEntry> outbox() { return openStore()->outbox().entries(m_integrationId).value(); }

    // `clouddir restore --db DB --integration NAME --access-token-file F <more>`
    ClouddirRun restore(const QStringList &more)
    {
        return runClouddir(QStringList {QStringLiteral("restore"), QStringLiteral("--db"), m_db,
                                        QStringLiteral("--integration"), Name, QStringLiteral("--access-token-file"),
                                        m_tokenFile}
                           + more);
    }

    void arrange()
    {
        auto store = openStore();
        Integration integration;
        integration.name = Name;
        integration.graphUrl = m_sim->baseUrl().toString();
        auto created = store->createIntegration(integration);
        QVERIFY(created);
        m_integrationId = created->id;
        User ana;
        ana.username = QStringLiteral("ana");
        ana.email = QStringLiteral("ana@northwind-labs.com");
        ana.firstname = QStringLiteral("Ana");
        ana.lastname = QStringLiteral("Lopez");
        QVERIFY(store->insertUsers({ana}));
        ana = **store->userByUsername(QStringLiteral("ana"));
        QVERIFY(store->bind(m_integrationId, ana.id, QStringLiteral("m-ana")));
        QVERIFY(store->bindings().saveLinks(
            m_integrationId,
            {{ana.id, QStringLiteral("m-ana"), QStringLiteral("ana@northwind-labs.com"), true, false}}));
        for (const QString &first : {QStringLiteral("Anna"), QStringLiteral("Annie")}) {
            ana.firstname = first;
            auto edited = UserEditor(*store, QStringLiteral("os:tester")).save(ana);
            QVERIFY2(edited, edited ? "" : qPrintable(edited.error().message));
        }
        // The executor sent both edits: Graph confirmed the rows.
        const qint64 now = QDateTime::currentMSecsSinceEpoch();
        auto claimed = store->outbox().claimDue(m_integrationId, QStringLiteral("test"), now, 100, 60'000);
        QVERIFY(claimed && claimed->size() == 2);
        for (const OutboxEntry &e : *claimed)
            QVERIFY(store->outbox().recordDone(e.id, QStringLiteral("test"), QStringLiteral("req"), now));
        m_sim->setUsers({{{QStringLiteral("id"), QStringLiteral("m-ana")},
                          {QStringLiteral("userPrincipalName"), QStringLiteral("ana@northwind-labs.com")},
                          {QStringLiteral("givenName"), QStringLiteral("Annika")},
                          {QStringLiteral("surname"), QStringLiteral("Lopez")},
                          {QStringLiteral("displayName"), QStringLiteral("Ana Lopez")},
                          {QStringLiteral("mailNickname"), QStringLiteral("ana")},
                          {QStringLiteral("accountEnabled"), true}}});
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
        m_db = m_dir.filePath(QStringLiteral("dir-%1.sqlite").arg(QString::fromLatin1(QTest::currentTestFunction())));
        arrange();
    }
    void cleanup() { m_sim.reset(); }

    void printsThePlanAndQueuesOnlyWithYes()
    {
        const int before = int(outbox().size());
        const ClouddirRun dry = restore({QStringLiteral("--user"), QStringLiteral("ana")});
        QCOMPARE(dry.err, QString());
        QCOMPARE(dry.exitCode, 0);
        QVERIFY2(dry.out.contains(QStringLiteral("Plan for Contoso M365: 1 update.")), qPrintable(dry.out));
        QVERIFY2(
            dry.out.contains(QStringLiteral("update ana ana@northwind-labs.com | givenName: \"Annika\" -> \"Ana\"")),
            qPrintable(dry.out));
        QVERIFY2(!dry.out.contains(QStringLiteral("displayName:")), qPrintable(dry.out)); // Graph holds it already
        QVERIFY2(dry.out.contains(QStringLiteral("Nothing was queued")), qPrintable(dry.out));
        QCOMPARE(outbox().size(), before);
        QCOMPARE(m_sim->countRequests(QStringLiteral("GET"), QStringLiteral("^/v1\\.0/users/m-ana$")), 1);

        const ClouddirRun yes = restore({QStringLiteral("--user"), QStringLiteral("ana"), QStringLiteral("--yes")});
        QCOMPARE(yes.err, QString());
        QCOMPARE(yes.exitCode, 0);
        QVERIFY2(yes.out.contains(QStringLiteral("Queued 1 operations in the outbox.")), qPrintable(yes.out));
        const QList<OutboxEntry> rows = outbox();
        QCOMPARE(rows.size(), before + 1);
        QCOMPARE(rows.last().op, QStringLiteral("update"));
        QCOMPARE(rows.last().m365Id, QStringLiteral("m-ana"));
        const QJsonObject payload = QJsonDocument::fromJson(rows.last().payload.toUtf8()).object();
        QCOMPARE(payload.value(QStringLiteral("body")).toObject(),
                 QJsonObject({{QStringLiteral("givenName"), QStringLiteral("Ana")}}));
        QCOMPARE(m_sim->countRequests(QStringLiteral("PATCH"), QStringLiteral(".*")), 0); // the executor sends it
    }

    void restoresOneProperty()
    {
        const ClouddirRun one = restore({QStringLiteral("--user"), QStringLiteral("ana"), QStringLiteral("--property"),
                                         QStringLiteral("displayName"), QStringLiteral("--json")});
        QCOMPARE(one.err, QString());
        QCOMPARE(one.exitCode, 0);
        const QJsonObject plan = QJsonDocument::fromJson(one.out.toUtf8()).object();
        QCOMPARE(plan.value(QStringLiteral("counts")).toObject(), QJsonObject({{QStringLiteral("skip"), 1}}));
    }

    void unknownUserOrPropertyFailsInOneLine()
    {
        const int before = int(outbox().size());
        const ClouddirRun user = restore({QStringLiteral("--user"), QStringLiteral("nobody"), QStringLiteral("--yes")});
        QCOMPARE(user.exitCode, 1);
        QVERIFY2(oneLine(user.err) && user.err.contains(QStringLiteral("No directory user 'nobody'")),
                 qPrintable(user.err));
        const ClouddirRun property =
            restore({QStringLiteral("--user"), QStringLiteral("ana"), QStringLiteral("--property"),
                     QStringLiteral("jobTitle"), QStringLiteral("--yes")});
        QCOMPARE(property.exitCode, 1);
        QVERIFY2(oneLine(property.err) && property.err.contains(QStringLiteral("has not overwritten jobTitle")),
                 qPrintable(property.err));
        const ClouddirRun snapshot = restore(
            {QStringLiteral("--user"), QStringLiteral("ana"), QStringLiteral("--snapshot"), QStringLiteral("nope")});
        QCOMPARE(snapshot.exitCode, 1);
        QVERIFY2(oneLine(snapshot.err) && snapshot.err.contains(QStringLiteral("no snapshot nope")),
                 qPrintable(snapshot.err));
        QCOMPARE(outbox().size(), before);
        QCOMPARE(m_sim->countRequests(QStringLiteral("GET"), QStringLiteral(".*")), 0);
    }
};

QTEST_GUILESS_MAIN(TestRestoreCommand)
#include "TestRestoreCommand.moc"
