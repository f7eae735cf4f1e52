// GET /users/{id|upn} with $select/$expand, the manager relationship (graph.md §0 trap 2, §2.3) and replication lag
// (trap 11) and the listing's $filter by id or UPN, over real HTTP, compared with the graph-fixtures.
#include "tests/graphsim/GraphSim.h"
#include "tests/graphsim/GraphSimFixtures.h"
#include "tests/graphsim/GraphSimTestClient.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {

QByteArray json(const QJsonObject &object)
{
    return QJsonDocument(object).toJson(QJsonDocument::Compact);
}

QJsonObject fixture(const QString &name)
{
    return GraphSimFixtures::load(name);
}

const QString adaeze = u"a13e2a76-6f59-4af3-b469-c682e18d92db"_s;
const QString emeka = u"f2fd64e2-1829-4408-b505-7c9806bd549e"_s;
const QString synced = u"10ccffe2-5b51-4920-8fab-c213de9fb399"_s;

} // namespace

class TestGraphSimManager : public QObject
{
    Q_OBJECT

private:
    GraphSim *m_sim = nullptr;
    GraphSimTestClient *m_client = nullptr;

    QUrl url(const QString &pathAndQuery) const { return QUrl(m_sim->baseUrl().toString() + pathAndQuery); }
    GraphSimTestReply send(const QByteArray &method, const QString &path, const QJsonObject &body = {})
    {
        return m_client->send(method, url(path), body.isEmpty() ? QByteArray() : json(body));
    }

private slots:
    void init()
    {
        QTest::failOnWarning(QRegularExpression(u".*"_s));
        m_sim = new GraphSim;
        m_sim->setUsers({GraphSimFixtures::user(adaeze, u"adaeze.okafor@northwind-labs.com"_s),
                         GraphSimFixtures::user(emeka, u"emeka.nwosu@northwind-labs.com"_s),
                         GraphSimFixtures::user(synced, u"weilin.chen@northwind-labs.com"_s, true)});
        QVERIFY(m_sim->listen());
        m_client = new GraphSimTestClient;
    }
    void cleanup()
    {
        delete m_client;
        delete m_sim;
    }

    void getSelectsAndExpandsTheManagerLikeTheFixture()
    {
        QCOMPARE(send("PUT", u"/v1.0/users/%1/manager/$ref"_s.arg(adaeze),
                      {{u"@odata.id"_s, u"https://graph.microsoft.com/v1.0/users/"_s + emeka}})
                     .status,
                 204);
        const QJsonObject expected = fixture(u"user_get_full.json"_s);
        QString context = expected.value("@odata.context"_L1).toString();
        const QString select = context.section(u"#users("_s, 1).section(u",manager("_s, 0, 0);
        const QString query = u"$select=%1&$expand=manager($select=id,displayName,userPrincipalName)"_s.arg(select);
        const GraphSimTestReply reply = m_client->get(url(u"/v1.0/users/%1?%2"_s.arg(adaeze, query)));
        QCOMPARE(reply.status, 200);
        const QJsonObject user = reply.json();
        QCOMPARE(user.keys(), expected.keys());
        QCOMPARE(user.value("@odata.context"_L1).toString(),
                 context.replace(u"https://graph.microsoft.com"_s, m_sim->baseUrl().toString()));
        const QJsonObject manager = user.value("manager"_L1).toObject();
        QCOMPARE(manager.keys(), expected.value("manager"_L1).toObject().keys());
        QCOMPARE(manager.value("id"_L1).toString(), emeka);
        QCOMPARE(manager.value("@odata.type"_L1).toString(), u"#microsoft.graph.user"_s);

        // Without $select: Graph's 11 default properties, id last as in the listing.
        const GraphSimTestReply plain = m_client->get(url(u"/v1.0/users/"_s + adaeze));
        QCOMPARE(plain.json().size(), 12);
        QVERIFY(plain.body.endsWith("\"id\":\"" + adaeze.toLatin1() + "\"}"));
        QCOMPARE(m_client->get(url(u"/v1.0/users/%1?$select=nope"_s.arg(adaeze))).status, 400);
        QCOMPARE(m_client->get(url(u"/v1.0/users/%1?$expand=memberOf"_s.arg(adaeze))).status, 400);
        QCOMPARE(m_client->get(url(u"/v1.0/users/8c7f023f-c5c1-4dbd-ada5-3889d287dc15"_s)).status, 404);
    }

    void managerIsSetReadAndCleared()
    {
        const QString ref = u"/v1.0/users/%1/manager/$ref"_s.arg(adaeze);
        QCOMPARE(m_client->get(url(u"/v1.0/users/%1/manager"_s.arg(adaeze))).status, 404);
        QCOMPARE(send("DELETE", ref).status, 404);
        // The @odata.id may name graphsim's own host or Graph's, users/ or directoryObjects/.
        const QJsonObject body {{u"@odata.id"_s, m_sim->baseUrl().toString() + u"/v1.0/directoryObjects/"_s + emeka}};
        QCOMPARE(send("PUT", ref, body).status, 204);
        QCOMPARE(m_sim->user(adaeze).value("managerId"_L1).toString(), emeka);

        const GraphSimTestReply manager = m_client->get(url(u"/v1.0/users/%1/manager"_s.arg(adaeze)));
        QCOMPARE(manager.status, 200);
        QCOMPARE(manager.json().keys(), fixture(u"manager_get.json"_s).keys());
        QCOMPARE(manager.json()["id"_L1].toString(), emeka);
        // The listing's expansion, which M365StateReader reads, follows the write.
        const QJsonArray listed =
            m_client->get(url(u"/v1.0/users?$select=id&$expand=manager($select=id)"_s)).json()["value"_L1].toArray();
        QCOMPARE(listed.at(0)["manager"_L1]["id"_L1].toString(), emeka);
        QVERIFY(!listed.at(1).toObject().contains("manager"_L1));

        QCOMPARE(send("DELETE", ref).status, 204);
        QCOMPARE(m_client->get(url(u"/v1.0/users/%1/manager"_s.arg(adaeze))).status, 404);
        QVERIFY(!m_sim->user(adaeze).contains("managerId"_L1));
        const QJsonArray after =
            m_client->get(url(u"/v1.0/users?$select=id&$expand=manager($select=id)"_s)).json()["value"_L1].toArray();
        QVERIFY(!after.at(0).toObject().contains("manager"_L1));
    }

    void managerErrors()
    {
        const QString ref = u"/v1.0/users/%1/manager/$ref"_s.arg(adaeze);
        const GraphSimTestReply unknown =
            send("PUT", ref, {{u"@odata.id"_s, u"https://graph.microsoft.com/v1.0/users/8c7f023f-0000"_s}});
        QCOMPARE(unknown.status, 404);
        QCOMPARE(unknown.json()["error"_L1]["code"_L1].toString(), u"Request_ResourceNotFound"_s);
        QCOMPARE(send("PUT", ref, {{u"@odata.id"_s, emeka}}).status, 400); // not an absolute URL
        QCOMPARE(send("PUT", u"/v1.0/users/8c7f023f-0000/manager/$ref"_s,
                      {{u"@odata.id"_s, u"https://graph.microsoft.com/v1.0/users/"_s + emeka}})
                     .status,
                 404);
        QVERIFY(!m_sim->user(adaeze).contains("managerId"_L1));
    }

    void replicationLagHidesNewUsersById()
    {
        m_sim->setReplicationLagMs(400);
        const GraphSimTestReply created = send("POST", u"/v1.0/users"_s, fixture(u"user_create_request.json"_s));
        QCOMPARE(created.status, 201);
        const QString id = created.json()["id"_L1].toString();
        const GraphSimTestReply early = m_client->get(url(u"/v1.0/users/"_s + id));
        QCOMPARE(early.status, 404);
        QCOMPARE(early.json()["error"_L1]["code"_L1].toString(), u"Request_ResourceNotFound"_s);
        QCOMPARE(send("PATCH", u"/v1.0/users/"_s + id, {{u"jobTitle"_s, u"x"_s}}).status, 404);
        QCOMPARE(m_sim->user(id).value("jobTitle"_L1).toString(), u"Support Engineer"_s);
        // Older users are not affected, and the lag ends.
        QCOMPARE(m_client->get(url(u"/v1.0/users/"_s + adaeze)).status, 200);
        QTRY_COMPARE_WITH_TIMEOUT(m_client->get(url(u"/v1.0/users/"_s + id)).status, 200, 3000);
        QCOMPARE(send("PATCH", u"/v1.0/users/"_s + id, {{u"jobTitle"_s, u"x"_s}}).status, 204);
    }

    void listingFindsOneUserByKey_data()
    {
        QTest::addColumn<QString>("filter");
        QTest::addColumn<QString>("expectedId"); // empty = no match
        QTest::newRow("UPN, other case") << u"userPrincipalName eq 'Adaeze.Okafor@northwind-labs.com'"_s << adaeze;
        QTest::newRow("id") << u"id eq '%1'"_s.arg(emeka) << emeka;
        QTest::newRow("unknown UPN") << u"userPrincipalName eq 'nobody@northwind-labs.com'"_s << QString();
        QTest::newRow("an id is not a UPN") << u"userPrincipalName eq '%1'"_s.arg(emeka) << QString();
        QTest::newRow("quote escaped") << u"userPrincipalName eq 'o''brien@northwind-labs.com'"_s << u"obrien"_s;
    }
    void listingFindsOneUserByKey()
    {
        QFETCH(QString, filter);
        QFETCH(QString, expectedId);
        QList<QJsonObject> users = m_sim->users();
        users.append(GraphSimFixtures::user(u"obrien"_s, u"o'brien@northwind-labs.com"_s));
        m_sim->setUsers(users);
        const GraphSimTestReply reply = m_client->get(
            url(u"/v1.0/users?$select=id&$filter="_s + QString::fromLatin1(QUrl::toPercentEncoding(filter))));
        QCOMPARE(reply.status, 200);
        const QJsonArray value = reply.json()["value"_L1].toArray();
        QCOMPARE(value.size(), expectedId.isEmpty() ? 0 : 1);
        if (!expectedId.isEmpty())
            QCOMPARE(value.at(0)["id"_L1].toString(), expectedId);
        const GraphSimTestReply count =
            m_client->get(url(u"/v1.0/users/$count?$filter="_s + QString::fromLatin1(QUrl::toPercentEncoding(filter))),
                          {{QByteArrayLiteral("ConsistencyLevel"), QByteArrayLiteral("eventual")}});
        QCOMPARE(count.body, QByteArray::number(value.size()));
    }
};

QTEST_GUILESS_MAIN(TestGraphSimManager)
#include "TestGraphSimManager.moc"
