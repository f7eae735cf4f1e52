// Two clouddir sync processes draining one outbox on one PostgreSQL directory (issue 7): about 1,000 operations
// planned by the real planner (creates, takeover PATCHes, manager links) against an in-process graphsim that answers
// 5 % of requests 429 and 2 % 503. Both processes send (their leases split the rows), and graphsim's request log shows
// every write exactly once with a 2xx answer; every other answer to a write is an injected fault, retried. Needs
// CLOUDDIR_TEST_PG (skipped without it unless CLOUDDIR_REQUIRE_PG=1); runs under scripts/with-keyring.sh.
#include "core/directory/OutboxTable.h"
#include "core/graph/StaticTokenProvider.h"
#include "tests/core/directory/StoreTestSupport.h"
#include "tests/core/directory/TestDatabase.h"
#include "tests/core/sync/ExecutorScenario.h"
#include "tests/graphsim/GraphSim.h"

#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QProcess>
#include <QSignalSpy>
#include <QTest>

namespace {

const QString Name = QStringLiteral("Northwind");
const QString Token = QStringLiteral("tok-two-processes");
constexpr int Users = 500;

bool isWrite(const QString &method)
{
    return method == u"POST" || method == u"PATCH" || method == u"PUT" || method == u"DELETE";
}

} // namespace

class TestExecutorTwoProcesses : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        const QString backend = QStringLiteral("postgresql");
        SKIP_OR_FAIL_WITHOUT_PG(backend);
    }

    void twoProcessesSendEveryOperationOnce()
    {
        TestDatabase db(QStringLiteral("postgresql"));
        QVERIFY2(db.error().isEmpty(), qPrintable(db.error()));
        std::unique_ptr<Store> store;
        {
            auto opened = Store::open(db.spec());
            QVERIFY_RESULT(opened);
            store = std::move(*opened);
        }
        Integration integration;
        integration.name = Name;
        integration = store->createIntegration(integration).value();
        const QString added = ExecutorScenario::addDirectory(*store, Users);
        QVERIFY2(added.isEmpty(), qPrintable(added));

        GraphSim sim;
        sim.setUsers(ExecutorScenario::tenant(Users));
        sim.setAcceptedTokens({Token});
        sim.setWriteQuota(0, 0);
        QVERIFY(sim.listen() != 0);
        const QString tokenFile = db.folder() + QStringLiteral("/token");
        {
            QFile f(tokenFile);
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write(Token.toUtf8());
        }
        {
            QNetworkAccessManager nam;
            StaticTokenProvider tokens(Secret(Token.toUtf8()));
            GraphClient client(&nam, &tokens);
            client.setBaseUrl(sim.baseUrl());
            const auto planned = ExecutorScenario::planAndQueue(*store, integration, client);
            QVERIFY2(planned.error.isEmpty(), qPrintable(planned.error));
        }
        const int operations = 2 * Users - 1;
        const int creates = Users / 2;
        sim.clearRequestLog();
        GraphSimChaos chaos;
        chaos.p429 = 0.05;
        chaos.p503 = 0.02;
        chaos.retryAfterSeconds = 1;
        chaos.latencyMs = 20; // both processes are busy at the same time
        chaos.seed = 3;
        sim.setChaos(chaos);

        const QStringList arguments {QStringLiteral("sync"),
                                     QStringLiteral("--db"),
                                     db.spec(),
                                     QStringLiteral("--integration"),
                                     Name,
                                     QStringLiteral("--access-token-file"),
                                     tokenFile,
                                     QStringLiteral("--graph-url"),
                                     sim.baseUrl().toString(),
                                     QStringLiteral("--until-empty"),
                                     QStringLiteral("--json")};
        QProcess first;
        QProcess second;
        QSignalSpy firstDone(&first, &QProcess::finished);
        QSignalSpy secondDone(&second, &QProcess::finished);
        for (QProcess *p : {&first, &second}) {
            p->setProgram(QStringLiteral(CLOUDDIR_BINARY));
            p->setArguments(arguments);
            p->start();
        }
        QTRY_VERIFY_WITH_TIMEOUT(firstDone.count() == 1 && secondDone.count() == 1, 150'000);
        int doneByProcess[2] = {0, 0};
        int i = 0;
        for (QProcess *p : {&first, &second}) {
            const QString out = QString::fromUtf8(p->readAllStandardOutput());
            const QString err = QString::fromUtf8(p->readAllStandardError());
            QVERIFY2(p->exitStatus() == QProcess::NormalExit && p->exitCode() == 0, qPrintable(out + err));
            const QJsonObject counts = QJsonDocument::fromJson(out.toUtf8()).object();
            QCOMPARE(counts.value(QStringLiteral("failed")).toInt(), 0);
            doneByProcess[i++] = counts.value(QStringLiteral("done")).toInt();
        }
        sim.setChaos(GraphSimChaos());
        qInfo("first process: %d done, second: %d done", doneByProcess[0], doneByProcess[1]);
        QVERIFY(doneByProcess[0] > 0);
        QVERIFY(doneByProcess[1] > 0);
        QCOMPARE(doneByProcess[0] + doneByProcess[1], operations);

        // Every write target got exactly one successful write; every other answer to a write was injected.
        QHash<QString, int> succeeded;
        int posts = 0, faulted = 0;
        for (const GraphSimLogEntry &e : sim.requestLog()) {
            if (!e.inner || !isWrite(e.method))
                continue;
            if (e.status < 200 || e.status >= 300) {
                // 424: not run, its dependency in the same chain was answered with a fault.
                QVERIFY2(
                    e.fault == u"chaos" || e.status == 424,
                    qPrintable(
                        QStringLiteral("%1 %2 → %3 without an injected fault").arg(e.method, e.path).arg(e.status)));
                ++faulted;
                continue;
            }
            if (e.method == u"POST")
                ++posts; // creates all go to /v1.0/users
            else
                ++succeeded[e.method + u' ' + e.path];
        }
        for (auto it = succeeded.cbegin(); it != succeeded.cend(); ++it)
            QVERIFY2(it.value() == 1,
                     qPrintable(QStringLiteral("%1 succeeded %2 times").arg(it.key()).arg(it.value())));
        QCOMPARE(posts, creates);
        QCOMPARE(int(succeeded.size()) + posts, operations);
        QVERIFY(faulted > 0);
        QCOMPARE(sim.writeStats().usersCreated, creates);
        auto summary = store->outbox().summary(integration.id, QDateTime::currentMSecsSinceEpoch());
        QVERIFY_RESULT(summary);
        QCOMPARE(summary->done, operations);
        QCOMPARE(summary->open(), 0);
        const QStringList diffs = ExecutorScenario::differences(sim.users(), Users);
        QVERIFY2(diffs.isEmpty(), qPrintable(diffs.join(u'\n')));
        store.reset(); // before the database it stands on
    }
};

QTEST_GUILESS_MAIN(TestExecutorTwoProcesses)
#include "TestExecutorTwoProcesses.moc"
