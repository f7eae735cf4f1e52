// POST /$batch (graph.md §0 traps 8 and 9, §2.7) over real HTTP, compared with the batch fixtures.
#include "tests/graphsim/GraphSim.h"
#include "tests/graphsim/GraphSimFixtures.h"
#include "tests/graphsim/GraphSimTestClient.h"

#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QSet>
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

class TestGraphSimBatch : public QObject
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

    void parallelBatchAnswersEveryRequest()
    {
        const GraphSimTestReply reply = m_client->send(
            "POST", url(u"/v1.0/$batch"_s), QJsonDocument(fixture(u"batch_request_parallel.json"_s)).toJson());
        QCOMPARE(reply.status, 200);
        QCOMPARE(reply.header("content-type"), QByteArrayLiteral("application/json"));
        const QHash<QString, QJsonObject> responses = byId(reply.json());
        QCOMPARE(responses.size(), 7);
        QCOMPARE(responses["1"_L1]["status"_L1].toInt(), 204);
        QVERIFY(responses["1"_L1]["body"_L1].isNull());
        QCOMPARE(responses["2"_L1]["status"_L1].toInt(), 204);
        QCOMPARE(responses["3"_L1]["status"_L1].toInt(), 201);
        QVERIFY(responses["3"_L1]["headers"_L1]["Location"_L1].toString().contains("/directoryObjects/"_L1));
        // Groups are not simulated yet: Graph's answer for an unknown segment, per request.
        QCOMPARE(responses["4"_L1]["status"_L1].toInt(), 400);
        QCOMPARE(responses["6"_L1]["status"_L1].toInt(), 404);
        QCOMPARE(responses["6"_L1]["body"_L1]["error"_L1]["code"_L1].toString(), u"Request_ResourceNotFound"_s);
        QCOMPARE(responses["7"_L1]["status"_L1].toInt(), 200);
        // The inner request's own ConsistencyLevel header applies: 4 users + Bruno created by request 3.
        QCOMPARE(responses["7"_L1]["body"_L1]["@odata.count"_L1].toInt(), 5);

        QCOMPARE(m_sim->user(adaeze).value("department"_L1).toString(), u"Platform"_s);
        QCOMPARE(m_sim->user(adaeze).value("managerId"_L1).toString(), emeka);
        QVERIFY(!m_sim->user(u"bruno.castillo@northwind-labs.com"_s).isEmpty());
        QCOMPARE(m_sim->writeStats().usersCreated, 1);
        // Five inner writes (PATCH, PUT, POST users, POST and DELETE on groups), the envelope is not one.
        QCOMPARE(m_sim->writeStats().writesAccepted, 5);
        QCOMPARE(m_sim->countRequests(u"POST"_s, u"^/v1\\.0/\\$batch$"_s), 1);
    }

    void failedRequestFailsItsChainWith424()
    {
        const GraphSimTestReply reply = m_client->send(
            "POST", url(u"/v1.0/$batch"_s), QJsonDocument(fixture(u"batch_request_sequential.json"_s)).toJson());
        QCOMPARE(reply.status, 200);
        const QHash<QString, QJsonObject> actual = byId(reply.json());
        const QHash<QString, QJsonObject> expected = byId(fixture(u"batch_response_sequential.json"_s));
        QCOMPARE(actual.keys().size(), 3);
        for (const QString &id : {u"1"_s, u"2"_s, u"3"_s}) {
            QCOMPARE(actual[id]["status"_L1].toInt(), expected[id]["status"_L1].toInt());
            QCOMPARE(GraphSimFixtures::errorWithoutInner(actual[id]["body"_L1].toObject()),
                     GraphSimFixtures::errorWithoutInner(expected[id]["body"_L1].toObject()));
        }
        QCOMPARE(actual["2"_L1]["headers"_L1].toObject(), expected["2"_L1]["headers"_L1].toObject());
        // Nothing after the failure ran.
        QVERIFY(!m_sim->user(weilin).contains("managerId"_L1));
        QCOMPARE(m_sim->writeStats().writesAccepted, 1);
    }

    void chainRunsInOrder()
    {
        const QJsonArray requests {
            patchItem(u"a"_s, adaeze, {{u"jobTitle"_s, u"Lead"_s}}),
            QJsonObject {
                {u"id"_s, u"b"_s},
                {u"dependsOn"_s, QJsonArray {u"a"_s}},
                {u"method"_s, u"PUT"_s},
                {u"url"_s, u"/users/%1/manager/$ref"_s.arg(adaeze)},
                {u"headers"_s, QJsonObject {{u"content-type"_s, u"application/json"_s}}},
                {u"body"_s, QJsonObject {{u"@odata.id"_s, u"https://graph.microsoft.com/v1.0/users/"_s + emeka}}}},
            QJsonObject {{u"id"_s, u"c"_s},
                         {u"dependsOn"_s, QJsonArray {u"b"_s}},
                         {u"method"_s, u"GET"_s},
                         {u"url"_s, u"/users/%1?$select=id,jobTitle&$expand=manager($select=id)"_s.arg(adaeze)}}};
        const QHash<QString, QJsonObject> responses = byId(batch(requests).json());
        QCOMPARE(responses["a"_L1]["status"_L1].toInt(), 204);
        QCOMPARE(responses["b"_L1]["status"_L1].toInt(), 204);
        QCOMPARE(responses["c"_L1]["status"_L1].toInt(), 200);
        QCOMPARE(responses["c"_L1]["body"_L1]["jobTitle"_L1].toString(), u"Lead"_s);
        QCOMPARE(responses["c"_L1]["body"_L1]["manager"_L1]["id"_L1].toString(), emeka);
    }

    void malformedBatchIsOuter400_data()
    {
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<QString>("message");
        const QJsonObject ok = patchItem(u"1"_s, adaeze, {{u"jobTitle"_s, u"x"_s}});
        auto doc = [](const QJsonArray &requests) {
            return QJsonDocument(QJsonObject {{u"requests"_s, requests}}).toJson();
        };
        auto with = [&ok](const QString &id, const QString &key, const QJsonValue &value) {
            QJsonObject item = ok;
            item.insert("id"_L1, id);
            if (value.isUndefined())
                item.remove(key);
            else
                item.insert(key, value);
            return item;
        };
        QTest::newRow("not JSON") << QByteArray("{\"requests\":[") << u"Invalid batch payload format"_s;
        QTest::newRow("no requests") << QByteArray("{\"request\":[]}") << u"Invalid batch payload format"_s;
        QTest::newRow("empty") << doc({}) << u"empty"_s;
        QJsonArray many;
        for (int i = 1; i <= 21; ++i)
            many.append(with(QString::number(i), u"method"_s, u"PATCH"_s));
        QTest::newRow("21 requests") << doc(many) << u"exceeds the limit of 20"_s;
        QTest::newRow("duplicate ids") << doc({ok, ok}) << u"duplicated"_s;
        QTest::newRow("no url") << doc({with(u"1"_s, u"url"_s, QJsonValue())}) << u"string id, method and url"_s;
        QTest::newRow("mixed dependsOn") << doc(
            {ok, with(u"2"_s, u"dependsOn"_s, QJsonArray {u"1"_s}), with(u"3"_s, u"method"_s, u"PATCH"_s)})
                                         << u"fully parallel"_s;
        QTest::newRow("dependsOn skips one") << doc(
            {ok, with(u"2"_s, u"dependsOn"_s, QJsonArray {u"1"_s}), with(u"3"_s, u"dependsOn"_s, QJsonArray {u"1"_s})})
                                             << u"fully parallel"_s;
        QTest::newRow("dependsOn unknown id")
            << doc({ok, with(u"2"_s, u"dependsOn"_s, QJsonArray {u"9"_s})}) << u"fully parallel"_s;
    }
    void malformedBatchIsOuter400()
    {
        QFETCH(QByteArray, body);
        QFETCH(QString, message);
        const GraphSimTestReply reply = m_client->send("POST", url(u"/v1.0/$batch"_s), body);
        QCOMPARE(reply.status, 400);
        QCOMPARE(reply.json()["error"_L1]["code"_L1].toString(), u"BadRequest"_s);
        QVERIFY2(reply.json()["error"_L1]["message"_L1].toString().contains(message), reply.body.constData());
        QCOMPARE(m_sim->writeStats().writesAccepted, 0);
        QVERIFY(!m_sim->user(adaeze).contains("jobTitle"_L1));
    }

    void bodyWithoutContentTypeFailsThatRequestOnly()
    {
        QJsonObject bare = patchItem(u"1"_s, adaeze, {{u"jobTitle"_s, u"bare"_s}});
        bare.remove("headers"_L1);
        const QJsonArray requests {
            bare, patchItem(u"2"_s, emeka, {{u"jobTitle"_s, u"typed"_s}}),
            QJsonObject {{u"id"_s, u"3"_s}, {u"method"_s, u"GET"_s}, {u"url"_s, u"/v1.0/users"_s}}};
        const GraphSimTestReply reply = batch(requests);
        QCOMPARE(reply.status, 200);
        const QHash<QString, QJsonObject> responses = byId(reply.json());
        QCOMPARE(responses["1"_L1]["status"_L1].toInt(), 400);
        QVERIFY(responses["1"_L1]["body"_L1]["error"_L1]["message"_L1].toString().contains("Content-Type"_L1));
        QCOMPARE(responses["2"_L1]["status"_L1].toInt(), 204);
        // A url with the version gets it twice, like any unknown segment.
        QCOMPARE(responses["3"_L1]["status"_L1].toInt(), 400);
        QVERIFY(responses["3"_L1]["body"_L1]["error"_L1]["message"_L1].toString().contains("'v1.0'"_L1));
        QVERIFY(!m_sim->user(adaeze).contains("jobTitle"_L1));
        QCOMPARE(m_sim->user(emeka).value("jobTitle"_L1).toString(), u"typed"_s);
    }

    void responsesComeBackInArbitraryOrder()
    {
        QJsonArray requests;
        QStringList sent;
        for (int i = 1; i <= 20; ++i) {
            sent.append(QString::number(i));
            requests.append(QJsonObject {
                {u"id"_s, sent.last()}, {u"method"_s, u"GET"_s}, {u"url"_s, u"/users/%1?$select=id"_s.arg(adaeze)}});
        }
        QSet<QStringList> orders;
        for (int round = 0; round < 3; ++round) {
            QStringList received;
            for (const QJsonValue &r : batch(requests).json()["responses"_L1].toArray())
                received.append(r["id"_L1].toString());
            QStringList sorted = received;
            std::sort(sorted.begin(), sorted.end(),
                      [](const QString &a, const QString &b) { return a.toInt() < b.toInt(); });
            QCOMPARE(sorted, sent);
            orders.insert(received);
        }
        QVERIFY(!orders.contains(sent) || orders.size() > 1);
        QVERIFY(orders.size() > 1);
    }

    void innerRequestsAreThrottledOneByOne()
    {
        GraphSimFault throttle = fault(u"PATCH"_s, u"^/v1\\.0/users/"_s, GraphSimFault::Kind::Status);
        throttle.status = 429;
        throttle.retryAfter = 6;
        m_sim->addFault(throttle);
        const GraphSimTestReply reply = batch({patchItem(u"1"_s, adaeze, {{u"jobTitle"_s, u"one"_s}}),
                                               patchItem(u"2"_s, emeka, {{u"jobTitle"_s, u"two"_s}})});
        QCOMPARE(reply.status, 200);
        const QHash<QString, QJsonObject> responses = byId(reply.json());
        QCOMPARE(responses["1"_L1]["status"_L1].toInt(), 429);
        QCOMPARE(responses["1"_L1]["headers"_L1]["Retry-After"_L1].toString(), u"6"_s);
        QCOMPARE(responses["1"_L1]["body"_L1]["error"_L1]["code"_L1].toString(), u"TooManyRequests"_s);
        QCOMPARE(responses["2"_L1]["status"_L1].toInt(), 204);
        QVERIFY(!m_sim->user(adaeze).contains("jobTitle"_L1));
        QCOMPARE(m_sim->user(emeka).value("jobTitle"_L1).toString(), u"two"_s);
        QCOMPARE(m_sim->writeStats().throttled, 1);
        // Inner requests are logged one by one, before their envelope, which was answered normally.
        const QList<GraphSimLogEntry> log = m_sim->requestLog();
        QCOMPARE(log.size(), 3);
        QCOMPARE(log.at(0).inner, true);
        QCOMPARE(log.at(0).path, u"/v1.0/users/"_s + adaeze);
        QCOMPARE(log.at(0).status, 429);
        QCOMPARE(log.at(0).fault, u"status"_s);
        QCOMPARE(log.at(1).status, 204);
        QCOMPARE(log.at(1).requestId, log.at(2).requestId);
        QCOMPARE(log.at(2).inner, false);
        QCOMPARE(log.at(2).fault, QString());
        QCOMPARE(m_sim->countRequests(u"PATCH"_s, u"^/v1\\.0/users/"_s), 2);
    }

    // Figures for the executor's benchmarks: 10,000 PATCHes in 500 batches of 20 against 20,000 users, quota off,
    // through one QNAM (wall time includes the client's JSON work).
    void servesBatchedWritesQuickly()
    {
        GraphSim sim;
        sim.generateUsers(20'000, 1);
        sim.setWriteQuota(0, 0);
        QVERIFY(sim.listen());
        QStringList ids;
        // Cloud users only: on-premises synced ones are read-only (trap 12).
        for (const QJsonObject &u : sim.users()) {
            if (!u.value("onPremisesSyncEnabled"_L1).toBool(false))
                ids.append(u.value("id"_L1).toString());
        }
        QVERIFY(ids.size() >= 10'000);
        GraphSimTestClient client;
        QElapsedTimer wall;
        wall.start();
        int ok = 0;
        for (int b = 0; b < 500; ++b) {
            QJsonArray requests;
            for (int i = 0; i < 20; ++i) {
                const int n = b * 20 + i;
                requests.append(patchItem(QString::number(i), ids.at(n), {{u"jobTitle"_s, QString::number(n)}}));
            }
            const GraphSimTestReply reply =
                client.send("POST", QUrl(sim.baseUrl().toString() + u"/v1.0/$batch"_s),
                            QJsonDocument(QJsonObject {{u"requests"_s, requests}}).toJson(QJsonDocument::Compact));
            for (const QJsonObject &r : byId(reply.json()))
                ok += r["status"_L1].toInt() == 204 ? 1 : 0;
        }
        const qint64 wallMs = wall.elapsed();
        qInfo("10,000 batched PATCHes (500 x $batch of 20) on 20k users: wall %lld ms", static_cast<long long>(wallMs));
        QCOMPARE(ok, 10'000);
        QCOMPARE(sim.writeStats().writesAccepted, 10'000);
        QCOMPARE(sim.user(ids.at(9'999)).value("jobTitle"_L1).toString(), u"9999"_s);
        QVERIFY2(wallMs < 30'000, qPrintable(QString::number(wallMs)));
    }
};

QTEST_GUILESS_MAIN(TestGraphSimBatch)
#include "TestGraphSimBatch.moc"
