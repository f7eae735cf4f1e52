// POST /$batch (graph.md §0 traps 8 and 9, §2.7), the tenant write quota (§2.9), write faults and chaos
// (ReplyLostAfterCommit, DropConnection), GET /_graphsim/state and the executable's write flags, over real HTTP.
#include "tests/graphsim/GraphSim.h"
#include "tests/graphsim/GraphSimTestClient.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QProcess>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {

QJsonObject fixture(const QString &name)
{
    QFile file(QStringLiteral(CLOUDDIR_GRAPH_FIXTURES) + u'/' + name);
    if (!file.open(QIODevice::ReadOnly))
        qFatal("cannot read fixture %s", qPrintable(name));
    return QJsonDocument::fromJson(file.readAll()).object();
}

QJsonObject errorWithoutInner(const QJsonObject &body)
{
    QJsonObject error = body.value("error"_L1).toObject();
    error.remove("innerError"_L1);
    return error;
}

QJsonObject user(const QString &id, const QString &upn)
{
    return QJsonObject {{u"id"_s, id},
                        {u"accountEnabled"_s, true},
                        {u"displayName"_s, upn.section(u'@', 0, 0)},
                        {u"userPrincipalName"_s, upn},
                        {u"mailNickname"_s, upn.section(u'@', 0, 0)}};
}

QJsonObject patchItem(const QString &id, const QString &userId, const QJsonObject &body)
{
    return QJsonObject {{u"id"_s, id},
                        {u"method"_s, u"PATCH"_s},
                        {u"url"_s, u"/users/"_s + userId},
                        {u"headers"_s, QJsonObject {{u"Content-Type"_s, u"application/json"_s}}},
                        {u"body"_s, body}};
}

// Responses by id.
QHash<QString, QJsonObject> byId(const QJsonObject &batchReply)
{
    QHash<QString, QJsonObject> out;
    for (const QJsonValue &r : batchReply.value("responses"_L1).toArray())
        out.insert(r["id"_L1].toString(), r.toObject());
    return out;
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
        m_sim->setUsers({user(adaeze, u"adaeze.okafor@northwind-labs.com"_s),
                         user(emeka, u"emeka.nwosu@northwind-labs.com"_s),
                         user(weilin, u"wei.chen@northwind-labs.com"_s),
                         user(u"3b2f6c1e-0000-4000-8000-000000000001"_s, u"weilin.chen@northwind-labs.com"_s)});
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
            QCOMPARE(errorWithoutInner(actual[id]["body"_L1].toObject()),
                     errorWithoutInner(expected[id]["body"_L1].toObject()));
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
        QCOMPARE(m_sim->requestLog().last().fault, QString()); // the envelope itself was answered normally
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

QTEST_GUILESS_MAIN(TestGraphSimBatch)
#include "TestGraphSimBatch.moc"
