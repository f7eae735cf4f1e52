// Listing, query options, auth, routing and generated data, spoken to over real HTTP with QNetworkAccessManager.
#include "tests/graphsim/GraphSim.h"
#include "tests/graphsim/GraphSimTestClient.h"

#include <QDateTime>
#include <QJsonArray>
#include <QRegularExpression>
#include <QSet>
#include <QTemporaryFile>
#include <QTest>
#include <QUuid>

using namespace Qt::StringLiterals;

namespace {
using Headers = QList<QPair<QByteArray, QByteArray>>;
const Headers eventual = {{QByteArrayLiteral("ConsistencyLevel"), QByteArrayLiteral("eventual")}};
} // namespace

class TestGraphSim : public QObject
{
    Q_OBJECT

private:
    QUrl url(const GraphSim &sim, const QString &pathAndQuery) const
    {
        return QUrl(sim.baseUrl().toString() + pathAndQuery);
    }

private slots:
    void init()
    {
        // Stray warnings (QtHttpServer, QNAM, SSL) are bugs here, not noise.
        QTest::failOnWarning(QRegularExpression(u".*"_s));
    }

    void pagingWalksEveryUserExactlyOnce_data()
    {
        QTest::addColumn<int>("users");
        QTest::addColumn<QString>("query");
        QTest::addColumn<int>("expected"); // -1 = all users
        QTest::newRow("250 users, default page") << 250 << QString() << -1;
        QTest::newRow("250 users, $top=7") << 250 << u"$top=7"_s << -1;
        QTest::newRow("1000 users, $top=999") << 1000 << u"$top=999"_s << -1;
        QTest::newRow("exact multiple") << 30 << u"$top=10"_s << -1;
        QTest::newRow("no users") << 0 << u"$top=5"_s << 0;
        QTest::newRow("enabled only, select")
            << 300 << u"$select=displayName,accountEnabled&$filter=accountEnabled eq true&$top=50"_s << -2;
    }
    void pagingWalksEveryUserExactlyOnce()
    {
        QFETCH(int, users);
        QFETCH(QString, query);
        QFETCH(int, expected);
        GraphSim sim;
        sim.generateUsers(users, 7);
        QVERIFY(sim.listen());
        QSet<QString> expectedIds;
        for (const QJsonObject &user : sim.users()) {
            if (expected != -2 || user.value("accountEnabled"_L1).toBool())
                expectedIds.insert(user.value("id"_L1).toString());
        }
        GraphSimTestClient client;
        QSet<QString> seen;
        QUrl next = url(sim, u"/v1.0/users"_s + (query.isEmpty() ? QString() : u"?"_s + query));
        int pages = 0;
        while (next.isValid() && pages < 1000) {
            const GraphSimTestReply reply = client.get(next);
            QCOMPARE(reply.status, 200);
            const QJsonObject page = reply.json();
            QVERIFY(page.contains("@odata.context"_L1));
            const QJsonArray value = page.value("value"_L1).toArray();
            for (const QJsonValue &user : value) {
                const QString id = user["id"_L1].toString();
                QVERIFY2(!seen.contains(id), qPrintable(id));
                seen.insert(id);
                if (expected == -2)
                    QCOMPARE(user["accountEnabled"_L1].toBool(), true);
            }
            const QString link = page.value("@odata.nextLink"_L1).toString();
            if (!link.isEmpty())
                QVERIFY(link.startsWith(sim.baseUrl().toString() + u"/v1.0/users?"_s));
            next = link.isEmpty() ? QUrl() : QUrl(link);
            ++pages;
        }
        QCOMPARE(seen, expectedIds);
        if (expected == 0)
            QCOMPARE(pages, 1);
    }

    void topIsBounded_data()
    {
        QTest::addColumn<QString>("top");
        QTest::addColumn<int>("status");
        QTest::addColumn<int>("count");
        QTest::newRow("1") << u"1"_s << 200 << 1;
        QTest::newRow("999") << u"999"_s << 200 << 999;
        QTest::newRow("0") << u"0"_s << 400 << 0;
        QTest::newRow("1000") << u"1000"_s << 400 << 0;
        QTest::newRow("-3") << u"-3"_s << 400 << 0;
        QTest::newRow("abc") << u"abc"_s << 400 << 0;
    }
    void topIsBounded()
    {
        QFETCH(QString, top);
        QFETCH(int, status);
        QFETCH(int, count);
        GraphSim sim;
        sim.generateUsers(1200);
        QVERIFY(sim.listen());
        const GraphSimTestReply reply = GraphSimTestClient().get(url(sim, u"/v1.0/users?$top="_s + top));
        QCOMPARE(reply.status, status);
        if (status == 200) {
            QCOMPARE(reply.json().value("value"_L1).toArray().size(), count);
        } else {
            const QJsonObject error = reply.json().value("error"_L1).toObject();
            QCOMPARE(error.value("code"_L1).toString(), u"Request_UnsupportedQuery"_s);
            QCOMPARE(error.value("message"_L1).toString(),
                     u"Invalid page size specified: '%1'. Must be between 1 and 999 inclusive."_s.arg(top));
        }
    }

    void selectReturnsOnlyThosePropertiesPlusId()
    {
        GraphSim sim;
        sim.generateUsers(20);
        QVERIFY(sim.listen());
        const GraphSimTestReply reply =
            GraphSimTestClient().get(url(sim, u"/v1.0/users?$select=displayName,department,otherMails"_s));
        QCOMPARE(reply.status, 200);
        const QJsonArray value = reply.json().value("value"_L1).toArray();
        QCOMPARE(value.size(), 20);
        for (const QJsonValue &user : value) {
            QStringList keys = user.toObject().keys();
            keys.sort();
            QCOMPARE(keys, QStringList({u"department"_s, u"displayName"_s, u"id"_s, u"otherMails"_s}));
            QVERIFY(user["otherMails"_L1].isArray());
        }
    }

    void withoutSelectReturnsGraphsElevenDefaults()
    {
        GraphSim sim;
        sim.setUsers({QJsonObject {
            {"displayName"_L1, u"Only Name"_s}, {"accountEnabled"_L1, true}, {"department"_L1, u"Hidden"_s}}});
        QVERIFY(sim.listen());
        const GraphSimTestReply reply = GraphSimTestClient().get(url(sim, u"/v1.0/users"_s));
        QCOMPARE(reply.status, 200);
        const QJsonObject user = reply.json().value("value"_L1).toArray().at(0).toObject();
        QStringList keys = user.keys();
        keys.sort();
        QCOMPARE(keys, QStringList({u"businessPhones"_s, u"displayName"_s, u"givenName"_s, u"id"_s, u"jobTitle"_s,
                                    u"mail"_s, u"mobilePhone"_s, u"officeLocation"_s, u"preferredLanguage"_s,
                                    u"surname"_s, u"userPrincipalName"_s}));
        QCOMPARE(user.value("businessPhones"_L1).toArray(), QJsonArray());
        QVERIFY(user.value("mail"_L1).isNull());
        QVERIFY(!QUuid::fromString(user.value("id"_L1).toString()).isNull());
    }

    void awkwardStringsSurviveTheWire()
    {
        const QString name = u"Zoë \"Q\" \\ 🚀 \t\n\u0001 山田, =SUM(A1)"_s;
        GraphSim sim;
        sim.setUsers({QJsonObject {{"displayName"_L1, name}, {"otherMails"_L1, QJsonArray {u"a@b.c"_s}}}});
        QVERIFY(sim.listen());
        const GraphSimTestReply reply =
            GraphSimTestClient().get(url(sim, u"/v1.0/users?$select=displayName,otherMails,city"_s));
        const QJsonObject user = reply.json().value("value"_L1).toArray().at(0).toObject();
        QCOMPARE(user.value("displayName"_L1).toString(), name);
        QCOMPARE(user.value("otherMails"_L1).toArray(), QJsonArray {u"a@b.c"_s});
        QVERIFY(user.value("city"_L1).isNull());
    }

    void badQueriesGiveGraphErrors_data()
    {
        QTest::addColumn<QString>("query");
        QTest::addColumn<QString>("code");
        QTest::addColumn<QString>("message");
        QTest::newRow("unknown select") << u"$select=displayName,otherEmails"_s << u"Request_BadRequest"_s
                                        << u"Could not find a property named 'otherEmails' on type "
                                           "'microsoft.graph.user'."_s;
        QTest::newRow("ne filter") << u"$filter=accountEnabled ne true"_s << u"Request_UnsupportedQuery"_s << QString();
        QTest::newRow("other filter") << u"$filter=startswith(displayName,'a')"_s << u"Request_UnsupportedQuery"_s
                                      << QString();
        QTest::newRow("skip") << u"$skip=10"_s << u"Request_BadRequest"_s << QString();
        QTest::newRow("twice") << u"$top=5&%24top=6"_s << u"Request_BadRequest"_s << QString();
        QTest::newRow("bad skiptoken") << u"$skiptoken=bogus"_s << u"Directory_ExpiredPageToken"_s << QString();
    }
    void badQueriesGiveGraphErrors()
    {
        QFETCH(QString, query);
        QFETCH(QString, code);
        QFETCH(QString, message);
        GraphSim sim;
        sim.generateUsers(3);
        QVERIFY(sim.listen());
        const GraphSimTestReply reply = GraphSimTestClient().get(url(sim, u"/v1.0/users?"_s + query));
        QCOMPARE(reply.status, 400);
        const QJsonObject error = reply.json().value("error"_L1).toObject();
        QCOMPARE(error.value("code"_L1).toString(), code);
        if (!message.isEmpty())
            QCOMPARE(error.value("message"_L1).toString(), message);
        QCOMPARE(error.value("innerError"_L1).toObject().value("request-id"_L1).toString(),
                 QString::fromLatin1(reply.header("request-id")));
    }

    void filterSelectsByAccountEnabled_data()
    {
        QTest::addColumn<QString>("query");
        QTest::addColumn<bool>("enabled");
        QTest::newRow("eq true") << u"$filter=accountEnabled eq true"_s << true;
        QTest::newRow("eq false") << u"$filter=accountEnabled eq false"_s << false;
        QTest::newRow("plus-encoded") << u"$filter=accountEnabled+eq+true"_s << true;
        QTest::newRow("percent-encoded") << u"%24filter=accountEnabled%20eq%20false&%24top=999"_s << false;
    }
    void filterSelectsByAccountEnabled()
    {
        QFETCH(QString, query);
        QFETCH(bool, enabled);
        GraphSim sim;
        sim.generateUsers(400, 3);
        QVERIFY(sim.listen());
        int expected = 0;
        for (const QJsonObject &user : sim.users())
            expected += user.value("accountEnabled"_L1).toBool() == enabled ? 1 : 0;
        const GraphSimTestReply reply =
            GraphSimTestClient().get(url(sim, u"/v1.0/users?$select=accountEnabled&$count=true&"_s + query), eventual);
        QCOMPARE(reply.status, 200);
        QCOMPARE(reply.json().value("@odata.count"_L1).toInt(), expected);
        for (const QJsonValue &user : reply.json().value("value"_L1).toArray())
            QCOMPARE(user["accountEnabled"_L1].toBool(), enabled);
    }

    void countNeedsConsistencyHeaderAndIsOnFirstPageOnly()
    {
        GraphSim sim;
        sim.generateUsers(25);
        QVERIFY(sim.listen());
        GraphSimTestClient client;
        const QUrl first = url(sim, u"/v1.0/users?$count=true&$top=10"_s);
        const GraphSimTestReply withHeader = client.get(first, eventual);
        QCOMPARE(withHeader.json().value("@odata.count"_L1).toInt(), 25);
        const QString next = withHeader.json().value("@odata.nextLink"_L1).toString();
        QVERIFY(next.contains("$count=true"_L1));
        const GraphSimTestReply second = client.get(QUrl(next), eventual);
        QCOMPARE(second.status, 200);
        QVERIFY(!second.json().contains("@odata.count"_L1));
        // Trap 6: without the header the count is silently left out, no error.
        const GraphSimTestReply withoutHeader = client.get(first);
        QCOMPARE(withoutHeader.status, 200);
        QVERIFY(!withoutHeader.json().contains("@odata.count"_L1));
    }

    void countEndpointAnswersPlainText()
    {
        GraphSim sim;
        sim.generateUsers(137, 5);
        QVERIFY(sim.listen());
        int enabled = 0;
        for (const QJsonObject &user : sim.users())
            enabled += user.value("accountEnabled"_L1).toBool() ? 1 : 0;
        GraphSimTestClient client;
        GraphSimTestReply reply = client.get(url(sim, u"/v1.0/users/$count"_s), eventual);
        QCOMPARE(reply.status, 200);
        QVERIFY(reply.header("content-type").startsWith("text/plain"));
        QCOMPARE(reply.body, QByteArray("137"));
        reply = client.get(url(sim, u"/v1.0/users/$count?$filter=accountEnabled+eq+true"_s), eventual);
        QCOMPARE(reply.body, QByteArray::number(enabled));
        reply = client.get(url(sim, u"/v1.0/users/$count"_s));
        QCOMPARE(reply.status, 400);
        QCOMPARE(reply.json()["error"_L1]["code"_L1].toString(), u"Request_BadRequest"_s);
    }

    void bearerTokenIsChecked_data()
    {
        QTest::addColumn<QStringList>("accepted");
        QTest::addColumn<QString>("token");
        QTest::addColumn<int>("status");
        QTest::addColumn<QString>("message");
        QTest::newRow("no token") << QStringList() << QString() << 401 << u"Access token is empty."_s;
        QTest::newRow("any token accepted") << QStringList() << u"whatever"_s << 200 << QString();
        QTest::newRow("known token") << QStringList {u"t1"_s, u"t2"_s} << u"t2"_s << 200 << QString();
        QTest::newRow("unknown token") << QStringList {u"t1"_s} << u"t3"_s << 401
                                       << u"Access token validation failure. Invalid audience."_s;
    }
    void bearerTokenIsChecked()
    {
        QFETCH(QStringList, accepted);
        QFETCH(QString, token);
        QFETCH(int, status);
        QFETCH(QString, message);
        GraphSim sim;
        sim.setAcceptedTokens(accepted);
        QVERIFY(sim.listen());
        const GraphSimTestReply reply = GraphSimTestClient(token).get(url(sim, u"/v1.0/users"_s));
        QCOMPARE(reply.status, status);
        if (status == 401) {
            QCOMPARE(reply.json()["error"_L1]["code"_L1].toString(), u"InvalidAuthenticationToken"_s);
            QCOMPARE(reply.json()["error"_L1]["message"_L1].toString(), message);
            QVERIFY(reply.header("www-authenticate").startsWith("Bearer"));
        }
    }

    void everyResponseCarriesRequestIds()
    {
        GraphSim sim;
        QVERIFY(sim.listen());
        GraphSimTestClient client;
        const GraphSimTestReply plain = client.get(url(sim, u"/v1.0/users"_s));
        QVERIFY(!QUuid::fromString(QString::fromLatin1(plain.header("request-id"))).isNull());
        const QByteArray mine = QUuid::createUuid().toByteArray(QUuid::WithoutBraces);
        const GraphSimTestReply echoed =
            client.get(url(sim, u"/v1.0/nothing"_s), {{QByteArrayLiteral("client-request-id"), mine}});
        QCOMPARE(echoed.header("client-request-id"), mine);
        QVERIFY(echoed.header("request-id") != plain.header("request-id"));
        const QJsonObject inner = echoed.json()["error"_L1]["innerError"_L1].toObject();
        QCOMPARE(inner.value("client-request-id"_L1).toString().toLatin1(), mine);
        QVERIFY(QDateTime::fromString(inner.value("date"_L1).toString(), Qt::ISODate).isValid());
    }

    void unknownRoutesLookLikeGraph_data()
    {
        QTest::addColumn<QString>("path");
        QTest::addColumn<int>("status");
        QTest::addColumn<QString>("code");
        QTest::newRow("unknown segment") << u"/v1.0/nothing"_s << 400 << u"BadRequest"_s;
        QTest::newRow("unknown user") << u"/v1.0/users/00000000-0000-0000-0000-000000000000/x"_s << 404
                                      << u"Request_ResourceNotFound"_s;
        QTest::newRow("bad version") << u"/v2.5/users"_s << 400 << u"BadRequest"_s;
    }
    void unknownRoutesLookLikeGraph()
    {
        QFETCH(QString, path);
        QFETCH(int, status);
        QFETCH(QString, code);
        GraphSim sim;
        QVERIFY(sim.listen());
        const GraphSimTestReply reply = GraphSimTestClient().get(url(sim, path));
        QCOMPARE(reply.status, status);
        QCOMPARE(reply.json()["error"_L1]["code"_L1].toString(), code);
    }

    void generatedUsersAreDeterministicAndAwkward()
    {
        GraphSim a;
        GraphSim b;
        a.generateUsers(2000, 42);
        b.generateUsers(2000, 42);
        QCOMPARE(a.users(), b.users());
        QString all;
        QSet<QString> upns;
        int disabled = 0;
        int nullMail = 0;
        static const QRegularExpression upnShape(u"^[a-z0-9]+\\.[a-z0-9]+\\.[0-9]+@contoso\\.onmicrosoft\\.com$"_s);
        for (const QJsonObject &user : a.users()) {
            const QString upn = user.value("userPrincipalName"_L1).toString();
            QVERIFY2(upnShape.match(upn).hasMatch(), qPrintable(upn));
            upns.insert(upn);
            disabled += user.value("accountEnabled"_L1).toBool() ? 0 : 1;
            nullMail += user.value("mail"_L1).isNull() ? 1 : 0;
            for (const QString &key : {u"displayName"_s, u"jobTitle"_s, u"department"_s, u"surname"_s})
                all += user.value(key).toString() + u'\n';
        }
        QCOMPARE(upns.size(), 2000);
        QVERIFY2(disabled > 120 && disabled < 280, qPrintable(QString::number(disabled)));
        QVERIFY(nullMail > 0);
        for (const QString &needle : {u"José"_s, u"Zoë"_s, u"Ångström"_s, u"山田 太郎"_s, u"🚀"_s, u","_s, u"\""_s,
                                      u"\n=SUM(A1)"_s, u"\n+Sales"_s, u"\n-ops"_s, u"\n@home"_s})
            QVERIFY2(all.contains(needle), qPrintable(needle));
        GraphSim c;
        c.generateUsers(50, 43);
        QVERIFY(c.users() != QList<QJsonObject>(a.users().mid(0, 50)));
    }

    void tenantFileLoadsOrExplains()
    {
        GraphSim sim;
        QTemporaryFile good;
        QVERIFY(good.open());
        good.write(R"({"users":[{"id":"u1","displayName":"A","accountEnabled":true},{"displayName":"B"}]})");
        good.flush();
        QCOMPARE(sim.loadTenantFile(good.fileName()), QString());
        QCOMPARE(sim.users().size(), 2);
        QCOMPARE(sim.users().at(0).value("id"_L1).toString(), u"u1"_s);
        QVERIFY(!sim.users().at(1).value("id"_L1).toString().isEmpty());
        QTemporaryFile bad;
        QVERIFY(bad.open());
        bad.write("{\"users\": [1,");
        bad.flush();
        const QString error = sim.loadTenantFile(bad.fileName());
        QVERIFY(error.contains(bad.fileName()));
        QVERIFY(!error.contains(u'\n'));
        QVERIFY(!sim.loadTenantFile(u"/nonexistent/tenant.json"_s).isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestGraphSim)
#include "TestGraphSim.moc"
