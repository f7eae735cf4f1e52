// clouddir sync killed with SIGKILL at random (seeded) moments, 20 times, each time restarted (issue 7): the real
// binary on a SQLite directory against an in-process graphsim, with about 800 operations planned by the real planner
// (creates, takeover PATCHes, manager links). After a last run that is left alone, the tenant is exactly as planned
// (no duplicate account, every change applied) and no outbox row is open, leased or failed. The suite runs under
// scripts/with-keyring.sh: clouddir sync reads admin-set passwords of creates from a real Secret Service.
#include "core/directory/OutboxTable.h"
#include "core/graph/StaticTokenProvider.h"
#include "tests/app/ClouddirRun.h"
#include "tests/core/sync/ExecutorScenario.h"
#include "tests/graphsim/GraphSim.h"

#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QTest>

namespace {

const QString Name = QStringLiteral("Northwind");
const QString Token = QStringLiteral("tok-kill-loop");
constexpr int Users = 400;
constexpr int Kills = 20;
constexpr int LatencyMs = 150; // per request, inner ones too: the kills land while requests are in flight

} // namespace

class TestKillLoop : public QObject
{
    Q_OBJECT

private:
    int doneRows(Store &store, const QString &integrationId)
    {
        auto summary = store.outbox().summary(integrationId, QDateTime::currentMSecsSinceEpoch());
        return summary ? summary->done : -1;
    }

private slots:
    void killedSyncsConvergeAfterRestarts()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString db = dir.filePath(QStringLiteral("directory.sqlite"));
        auto opened = Store::open(db);
        QVERIFY(opened);
        std::unique_ptr<Store> store = std::move(*opened);
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
        const QString tokenFile = dir.filePath(QStringLiteral("token"));
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
            QCOMPARE(planned.operations, 2 * Users - 1);
        }
        const int operations = 2 * Users - 1;
        const int creates = Users / 2;
        GraphSimChaos slow;
        slow.latencyMs = LatencyMs;
        sim.setChaos(slow);

        const QStringList arguments {QStringLiteral("sync"),
                                     QStringLiteral("--db"),
                                     db,
                                     QStringLiteral("--integration"),
                                     Name,
                                     QStringLiteral("--access-token-file"),
                                     tokenFile,
                                     QStringLiteral("--graph-url"),
                                     sim.baseUrl().toString(),
                                     QStringLiteral("--until-empty"),
                                     QStringLiteral("--json")};
        QRandomGenerator random(20261125);
        int killed = 0;
        int partial = 0; // kills after which some, but not all, rows were done
        QStringList progress;
        for (int run = 0; run < Kills; ++run) {
            QProcess process;
            process.setProgram(QStringLiteral(CLOUDDIR_BINARY));
            process.setArguments(arguments);
            process.start();
            QVERIFY(process.waitForStarted());
            QTest::qWait(int(random.bounded(200, 1500)));
            if (process.state() != QProcess::NotRunning) {
                process.kill(); // SIGKILL
                ++killed;
                QVERIFY(process.waitForFinished(10'000));
            } else {
                // It finished before the kill: only when everything was sent.
                QVERIFY2(process.exitStatus() == QProcess::NormalExit && process.exitCode() == 0,
                         qPrintable(QString::fromUtf8(process.readAllStandardError())));
            }
            const int done = doneRows(*store, integration.id);
            progress.append(QString::number(done));
            if (done > 0 && done < operations)
                ++partial;
        }
        qInfo("%d of %d runs killed; done rows after each: %s", killed, Kills, qPrintable(progress.join(u' ')));
        // How many runs a kill catches mid-work depends on the machine's speed (on a loaded CI machine once only 6 of
        // 20 were still running); convergence below is the proof, these only show the kills hit real work.
        QVERIFY2(killed >= Kills / 4, qPrintable(QString::number(killed)));
        QVERIFY2(partial >= Kills / 4, qPrintable(QString::number(partial)));

        // The last run is left alone: it finishes what the victims left (their leases are freed at once).
        sim.setChaos(GraphSimChaos());
        const ClouddirRun last = runClouddir(arguments, 120'000);
        QVERIFY2(last.exitCode == 0, qPrintable(last.out + last.err));
        const QJsonObject counts = QJsonDocument::fromJson(last.out.toUtf8()).object();
        const QJsonObject outbox = counts.value(QStringLiteral("outbox")).toObject();
        QCOMPARE(outbox.value(QStringLiteral("pending")).toInt(), 0);
        QCOMPARE(outbox.value(QStringLiteral("retrying")).toInt(), 0);
        QCOMPARE(outbox.value(QStringLiteral("failed")).toInt(), 0);
        QCOMPARE(outbox.value(QStringLiteral("done")).toInt(), operations);
        auto summary = store->outbox().summary(integration.id, QDateTime::currentMSecsSinceEpoch());
        QVERIFY(summary);
        QCOMPARE(summary->leased, 0);
        QCOMPARE(summary->open(), 0);
        QCOMPARE(sim.writeStats().usersCreated, creates);
        const QStringList diffs = ExecutorScenario::differences(sim.users(), Users);
        QVERIFY2(diffs.isEmpty(), qPrintable(diffs.join(u'\n')));
    }
};

QTEST_GUILESS_MAIN(TestKillLoop)
#include "TestKillLoop.moc"
