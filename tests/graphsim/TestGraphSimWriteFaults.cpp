// The tenant write quota (graph.md §2.9), write faults and chaos (ReplyLostAfterCommit, DropConnection), GET
// /_graphsim/state and the executable's write flags, over real HTTP.
#include "tests/graphsim/GraphSim.h"
#include "tests/graphsim/GraphSimFixtures.h"
#include "tests/graphsim/GraphSimTestClient.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QProcess>
#include <QRegularExpression>
#include <QSet>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {

QJsonObject fixture(const QString &name)
{
    return GraphSimFixtures::load(name);
}

QJsonObject patchItem(const QString &id, const QString &userId, const QJsonObject &body)
{
    return GraphSimFixtures::patchItem(id, userId, body);
}

QHash<QString, QJsonObject> byId(const QJsonObject &batchReply)
{
    return GraphSimFixtures::responsesById(batchReply);
}

const QString adaeze = u"a13e2a76-6f59-4af3-b469-c682e18d92db"_s;
const QString emeka = u"f2fd64e2-1829-4408-b505-7c9806bd549e"_s;
const QString weilin = u"10ccffe2-5b51-4920-8fab-c213de9fb399"_s;

} // namespace

class TestGraphSimWriteFaults : public QObject
{
    Q_OBJECT

private:
    GraphSim *m_sim = nullptr;
    GraphSimTestClient *m_client = nullptr;

    QUrl url(const QString &path) const { return QUrl(m_sim->baseUrl().toString() + path); }
    GraphSimTestReply batch(const QJsonArray &requests)
    {
        return m_client->send("POST", url(u"/v1.0/$batch"_s),
                              QJsonDocument(QJsonObject {{u"requests"_s, requests}}).toJson());
    }
    GraphSimTestReply patch(const QString &userId, const QJsonObject &body)
    {
        return m_client->send("PATCH", url(u"/v1.0/users/"_s + userId), QJsonDocument(body).toJson());
    }
    static GraphSimFault fault(const QString &method, const QString &pattern, GraphSimFault::Kind kind)
    {
        GraphSimFault f;
        f.method = method;
        f.pathPattern = pattern;
        f.kind = kind;
        return f;
    }

private slots:
    void init()
    {
        QTest::failOnWarning(QRegularExpression(u".*"_s));
        m_sim = new GraphSim;
        m_sim->setUsers(
            {GraphSimFixtures::user(adaeze, u"adaeze.okafor@northwind-labs.com"_s),
             GraphSimFixtures::user(emeka, u"emeka.nwosu@northwind-labs.com"_s),
             GraphSimFixtures::user(weilin, u"wei.chen@northwind-labs.com"_s),
             GraphSimFixtures::user(u"3b2f6c1e-0000-4000-8000-000000000001"_s, u"weilin.chen@northwind-labs.com"_s)});
        QVERIFY(m_sim->listen());
        m_client = new GraphSimTestClient;
    }
    void cleanup()
    {
        delete m_client;
        delete m_sim;
    }

    void writeQuotaThrottlesUntilASlotFrees()
    {
        QTemporaryDir dir;
        m_sim->setRequestLogFile(dir.filePath(u"log.jsonl"_s));
        m_sim->setWriteQuota(3, 2);
        for (int i = 0; i < 3; ++i)
            QCOMPARE(patch(adaeze, {{u"jobTitle"_s, QString::number(i)}}).status, 204);
        QCOMPARE(m_client->get(url(u"/v1.0/users/"_s + adaeze)).status, 200); // reads do not count
        const GraphSimTestReply refused = patch(adaeze, {{u"jobTitle"_s, u"refused"_s}});
        QCOMPARE(refused.status, 429);
        QCOMPARE(refused.json()["error"_L1]["code"_L1].toString(), u"TooManyRequests"_s);
        QCOMPARE(refused.header("x-ms-throttle-information"), QByteArrayLiteral("WriteLimitExceeded"));
        const int retryAfter = refused.header("retry-after").toInt();
        QVERIFY2(retryAfter >= 1 && retryAfter <= 2, refused.header("retry-after").constData());
        QCOMPARE(m_sim->user(adaeze).value("jobTitle"_L1).toString(), u"2"_s);

        // Inner writes meet the same quota, one by one.
        const QHash<QString, QJsonObject> inner =
            byId(batch({patchItem(u"1"_s, emeka, {{u"jobTitle"_s, u"x"_s}})}).json());
        QCOMPARE(inner["1"_L1]["status"_L1].toInt(), 429);
        QCOMPARE(inner["1"_L1]["headers"_L1]["x-ms-throttle-information"_L1].toString(), u"WriteLimitExceeded"_s);
        QCOMPARE(m_sim->writeStats().throttled, 2);

        // Retry-After is honest: waiting that long is enough (this wait is the behaviour under test).
        QTest::qWait(retryAfter * 1000);
        QCOMPARE(patch(adaeze, {{u"jobTitle"_s, u"after"_s}}).status, 204);
        QCOMPARE(m_sim->writeStats().writesAccepted, 4);

        QFile log(dir.filePath(u"log.jsonl"_s));
        QVERIFY(log.open(QIODevice::ReadOnly));
        const QList<QByteArray> lines = log.readAll().trimmed().split('\n');
        const QJsonObject last = QJsonDocument::fromJson(lines.last()).object();
        QCOMPARE(last.value("writesAccepted"_L1).toInt(), 4);
        QCOMPARE(last.value("throttled"_L1).toInt(), 2);
    }

    void quotaCountsEveryWriteInsideABatch()
    {
        m_sim->setWriteQuota(5, 60);
        QJsonArray first;
        for (int i = 0; i < 4; ++i)
            first.append(patchItem(QString::number(i), adaeze, {{u"jobTitle"_s, QString::number(i)}}));
        first.append(QJsonObject {{u"id"_s, u"g"_s}, {u"method"_s, u"GET"_s}, {u"url"_s, u"/users/"_s + emeka}});
        for (const QJsonObject &r : byId(batch(first).json()))
            QVERIFY(r["status"_L1].toInt() < 300);
        QJsonArray second;
        for (int i = 0; i < 3; ++i)
            second.append(patchItem(QString::number(i), emeka, {{u"jobTitle"_s, QString::number(i)}}));
        int throttled = 0;
        for (const QJsonObject &r : byId(batch(second).json()))
            throttled += r["status"_L1].toInt() == 429 ? 1 : 0;
        QCOMPARE(throttled, 2);
        QCOMPARE(m_sim->writeStats().writesAccepted, 5);
        m_sim->setWriteQuota(0, 0);
        QCOMPARE(patch(emeka, {{u"jobTitle"_s, u"free"_s}}).status, 204);
    }

    // QNetworkAccessManager re-sends a request of any method, POST included, up to twice when the connection
    // closes before a complete answer arrives (QHttpNetworkConnectionChannel's reconnect attempts). So a single lost
    // reply is invisible to a QNAM client: the re-sent POST meets its own user (ObjectConflict). These faults hit
    // every attempt so the client really ends without an answer.
    void replyLostAfterCommitStillApplies()
    {
        GraphSimFault lost = fault(u"POST"_s, u"^/v1\\.0/users$"_s, GraphSimFault::Kind::ReplyLostAfterCommit);
        lost.count = -1;
        m_sim->addFault(lost);
        const GraphSimTestReply reply = m_client->send("POST", url(u"/v1.0/users"_s),
                                                       QJsonDocument(fixture(u"user_create_request.json"_s)).toJson());
        QCOMPARE(reply.status, -1);
        QVERIFY(reply.error != QNetworkReply::NoError);
        QVERIFY(!m_sim->user(u"farah.haddad@northwind-labs.com"_s).isEmpty());
        QCOMPARE(m_sim->writeStats().usersCreated, 1);
        const QList<GraphSimLogEntry> log = m_sim->requestLog();
        QVERIFY2(log.size() >= 2, qPrintable(QString::number(log.size()))); // QNAM's own re-sends
        for (const GraphSimLogEntry &entry : log) {
            QCOMPARE(entry.fault, u"lost"_s);
            QCOMPARE(entry.status, 0);
        }
    }

    void singleLostReplyIsResentByQnam()
    {
        m_sim->addFault(fault(u"POST"_s, u"^/v1\\.0/users$"_s, GraphSimFault::Kind::ReplyLostAfterCommit));
        const GraphSimTestReply reply = m_client->send("POST", url(u"/v1.0/users"_s),
                                                       QJsonDocument(fixture(u"user_create_request.json"_s)).toJson());
        QCOMPARE(reply.status, 400);
        QCOMPARE(reply.json()["error"_L1]["details"_L1][0]["code"_L1].toString(), u"ObjectConflict"_s);
        QCOMPARE(m_sim->writeStats().usersCreated, 1);
        QCOMPARE(m_sim->countRequests(u"POST"_s, u"^/v1\\.0/users$"_s), 2);
    }

    void replyLostInsideABatchLosesTheWholeReply()
    {
        GraphSimFault lost = fault(u"PATCH"_s, u"^/v1\\.0/users/"_s, GraphSimFault::Kind::ReplyLostAfterCommit);
        lost.count = -1;
        m_sim->addFault(lost);
        const GraphSimTestReply reply = batch({patchItem(u"1"_s, adaeze, {{u"jobTitle"_s, u"one"_s}}),
                                               patchItem(u"2"_s, emeka, {{u"jobTitle"_s, u"two"_s}})});
        QCOMPARE(reply.status, -1);
        QCOMPARE(m_sim->user(adaeze).value("jobTitle"_L1).toString(), u"one"_s);
        QCOMPARE(m_sim->user(emeka).value("jobTitle"_L1).toString(), u"two"_s);
    }

    void droppedWriteIsAppliedButItsAnswerCut()
    {
        GraphSimFault drop = fault(u"PATCH"_s, u"^/v1\\.0/users/"_s, GraphSimFault::Kind::DropConnection);
        drop.count = -1;
        m_sim->addFault(drop);
        const GraphSimTestReply reply = patch(adaeze, {{u"jobTitle"_s, u"dropped"_s}});
        QVERIFY(reply.error != QNetworkReply::NoError);
        QVERIFY(reply.status != 204);
        QCOMPARE(m_sim->user(adaeze).value("jobTitle"_L1).toString(), u"dropped"_s);
        // The 204 has no body, so its head is cut: the client must not have seen a status line it trusts.
        QCOMPARE(m_sim->requestLog().first().fault, u"drop"_s);
    }

    void chaosLosesAndDropsOnlyWrites()
    {
        GraphSimChaos chaos;
        chaos.pLost = 0.5;
        chaos.pDrop = 0.5;
        chaos.seed = 3;
        m_sim->setChaos(chaos);
        for (int i = 0; i < 5; ++i)
            QCOMPARE(m_client->get(url(u"/v1.0/users/"_s + adaeze)).status, 200);
        for (int i = 0; i < 5; ++i) {
            const GraphSimTestReply reply = patch(adaeze, {{u"jobTitle"_s, QString::number(i)}});
            QVERIFY(reply.error != QNetworkReply::NoError);
            QCOMPARE(m_sim->user(adaeze).value("jobTitle"_L1).toString(), QString::number(i));
        }
        QSet<QString> faults;
        for (const GraphSimLogEntry &entry : m_sim->requestLog())
            faults.insert(entry.method + u' ' + entry.fault);
        QCOMPARE(faults, (QSet<QString> {u"GET "_s, u"PATCH chaos"_s}));
    }

    void stateRouteShowsUsersManagersAndCounters()
    {
        QCOMPARE(m_client
                     ->send("PUT", url(u"/v1.0/users/%1/manager/$ref"_s.arg(adaeze)),
                            QJsonDocument(
                                QJsonObject {{u"@odata.id"_s, u"https://graph.microsoft.com/v1.0/users/"_s + emeka}})
                                .toJson())
                     .status,
                 204);
        GraphSimTestClient anonymous {QString()};
        const GraphSimTestReply reply = anonymous.get(url(u"/_graphsim/state"_s));
        QCOMPARE(reply.status, 200);
        const QJsonObject state = reply.json();
        QCOMPARE(state.value("users"_L1).toArray().size(), 4);
        QCOMPARE(state.value("users"_L1).toArray().at(0)["managerId"_L1].toString(), emeka);
        QCOMPARE(state.value("writesAccepted"_L1).toInt(), 1);
        QCOMPARE(state.value("throttled"_L1).toInt(), 0);
        QCOMPARE(state.value("usersCreated"_L1).toInt(), 0);
        QCOMPARE(anonymous.get(url(u"/v1.0/users"_s)).status, 401);
    }

    void executableTakesTheWriteFlags()
    {
        const QString program = QCoreApplication::applicationDirPath() + u"/graphsim"_s;
        if (!QFile::exists(program))
            QSKIP("graphsim executable not built next to the test");
        QProcess bad;
        bad.start(program, {u"--plost"_s, u"0.7"_s, u"--pdrop"_s, u"0.6"_s});
        QVERIFY(bad.waitForFinished(10000));
        QCOMPARE(bad.exitCode(), 1);
        QVERIFY(bad.readAllStandardError().contains("must not exceed 1"));

        QProcess process;
        process.start(program, {u"--users"_s, u"2"_s, u"--write-quota"_s, u"1"_s, u"--write-window-seconds"_s, u"60"_s,
                                u"--exit-on-stdin-eof"_s});
        QVERIFY(process.waitForStarted());
        QTRY_VERIFY_WITH_TIMEOUT(process.canReadLine(), 10000);
        const QString base = QString::fromUtf8(process.readLine()).trimmed();
        const QString id =
            m_client->get(QUrl(base + u"/v1.0/users?$top=1"_s)).json()["value"_L1][0]["id"_L1].toString();
        const QUrl target(base + u"/v1.0/users/"_s + id);
        QCOMPARE(m_client->send("PATCH", target, "{\"jobTitle\":\"a\"}").status, 204);
        QCOMPARE(m_client->send("PATCH", target, "{\"jobTitle\":\"b\"}").status, 429);
        const QJsonObject state = m_client->get(QUrl(base + u"/_graphsim/state"_s)).json();
        QCOMPARE(state.value("writesAccepted"_L1).toInt(), 1);
        QCOMPARE(state.value("throttled"_L1).toInt(), 1);
        QSignalSpy finished(&process, &QProcess::finished);
        process.closeWriteChannel();
        QVERIFY(finished.wait(10000));
        QCOMPARE(process.exitCode(), 0);
    }
};

QTEST_GUILESS_MAIN(TestGraphSimWriteFaults)
#include "TestGraphSimWriteFaults.moc"
