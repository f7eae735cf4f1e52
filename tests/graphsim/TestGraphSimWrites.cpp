// POST /users and PATCH /users/{id|upn} (graph.md §0, §2.2) over real HTTP with QNetworkAccessManager, compared
// with the graph-fixtures.
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

QJsonObject errorWithoutInner(const QJsonObject &body)
{
    return GraphSimFixtures::errorWithoutInner(body);
}

const QString adaeze = u"a13e2a76-6f59-4af3-b469-c682e18d92db"_s;
const QString emeka = u"f2fd64e2-1829-4408-b505-7c9806bd549e"_s;
const QString synced = u"10ccffe2-5b51-4920-8fab-c213de9fb399"_s;

} // namespace

class TestGraphSimWrites : public QObject
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

    void createAnswers201LikeTheFixture()
    {
        const GraphSimTestReply reply = send("POST", u"/v1.0/users"_s, fixture(u"user_create_request.json"_s));
        QCOMPARE(reply.status, 201);
        QJsonObject body = reply.json();
        QJsonObject expected = fixture(u"user_created_201.json"_s);
        const QString id = body.value("id"_L1).toString();
        QVERIFY(!id.isEmpty() && id != expected.value("id"_L1).toString());
        QCOMPARE(body.value("@odata.context"_L1).toString(),
                 m_sim->baseUrl().toString() + u"/v1.0/$metadata#users/$entity"_s);
        // Same properties, same values and the same order as Graph's answer, apart from the fresh id and the host.
        QCOMPARE(body.keys(), expected.keys());
        QCOMPARE(reply.body.indexOf("\"id\""), reply.body.indexOf(',') + 1);
        for (const QString &key : {u"@odata.context"_s, u"id"_s}) {
            body.remove(key);
            expected.remove(key);
        }
        QCOMPARE(body, expected);
        const QRegularExpression location(
            u"^%1/v2/0c79b541-eb65-4d87-931a-36e5ae809944/directoryObjects/%2/"
            "Microsoft\\.DirectoryServices\\.User$"_s.arg(QRegularExpression::escape(m_sim->baseUrl().toString()), id));
        QVERIFY2(location.match(QString::fromUtf8(reply.header("location"))).hasMatch(),
                 reply.header("location").constData());

        // Visible at once, by id, by UPN (any case) and in the listing; the password is never kept.
        QCOMPARE(m_client->get(url(u"/v1.0/users/"_s + id)).status, 200);
        QCOMPARE(m_client->get(url(u"/v1.0/users/Farah.Haddad@NORTHWIND-labs.com"_s)).json()["id"_L1].toString(), id);
        QVERIFY(reply.body.size() > 0);
        const QJsonArray listed =
            m_client->get(url(u"/v1.0/users?$select=id,department"_s)).json()["value"_L1].toArray();
        QCOMPARE(listed.size(), 4);
        QCOMPARE(listed.at(3)["department"_L1].toString(), u"Support"_s);
        const QJsonObject stored = m_sim->user(id);
        QCOMPARE(stored.value("usageLocation"_L1).toString(), u"JO"_s);
        QVERIFY(!stored.value("passwordProfile"_L1).toObject().contains("password"_L1));
        QVERIFY(!QJsonDocument(stored).toJson().contains("Tq7!vR2"));
        QCOMPARE(m_sim->writeStats().usersCreated, 1);
        QCOMPARE(m_sim->writeStats().writesAccepted, 1);
    }

    void createRejectsWhatGraphRejects_data()
    {
        QTest::addColumn<QString>("property");
        QTest::addColumn<QJsonValue>("value"); // Undefined = remove the property
        QTest::addColumn<QString>("code");
        QTest::addColumn<QString>("message"); // a substring
        QTest::addColumn<QString>("detail");  // details[0].code/target, or empty
        const QString invalid = u"Invalid value specified for property"_s;
        QTest::newRow("no accountEnabled") << u"accountEnabled"_s << QJsonValue() << u"Request_BadRequest"_s << invalid
                                           << u"InvalidValue/accountEnabled"_s;
        QTest::newRow("no displayName") << u"displayName"_s << QJsonValue() << u"Request_BadRequest"_s << invalid
                                        << u"InvalidValue/displayName"_s;
        QTest::newRow("no mailNickname") << u"mailNickname"_s << QJsonValue() << u"Request_BadRequest"_s << invalid
                                         << u"InvalidValue/mailNickname"_s;
        QTest::newRow("no userPrincipalName") << u"userPrincipalName"_s << QJsonValue() << u"Request_BadRequest"_s
                                              << invalid << u"InvalidValue/userPrincipalName"_s;
        QTest::newRow("no passwordProfile") << u"passwordProfile"_s << QJsonValue() << u"Request_BadRequest"_s
                                            << invalid << u"InvalidValue/passwordProfile"_s;
        QTest::newRow("weak password") << u"passwordProfile"_s
                                       << QJsonValue(QJsonObject {{u"password"_s, u"alllowercase"_s}})
                                       << u"Request_BadRequest"_s
                                       << u"does not comply with password complexity requirements"_s << QString();
        QTest::newRow("short password") << u"passwordProfile"_s
                                        << QJsonValue(QJsonObject {{u"password"_s, u"Ab1!xyz"_s}})
                                        << u"Request_BadRequest"_s << u"password complexity"_s << QString();
        QTest::newRow("unverified domain")
            << u"userPrincipalName"_s << QJsonValue(u"farah@northwind-staging.dev"_s) << u"Request_BadRequest"_s
            << u"domain portion of the userPrincipalName"_s << u"InvalidValue/userPrincipalName"_s;
        QTest::newRow("unknown domain") << u"userPrincipalName"_s << QJsonValue(u"farah@example.org"_s)
                                        << u"Request_BadRequest"_s << u"verified domain names"_s
                                        << u"InvalidValue/userPrincipalName"_s;
        QTest::newRow("accent in UPN") << u"userPrincipalName"_s << QJsonValue(u"f\u00e4rah@northwind-labs.com"_s)
                                       << u"Request_BadRequest"_s << invalid << u"InvalidValue/userPrincipalName"_s;
        QTest::newRow("space in UPN") << u"userPrincipalName"_s << QJsonValue(u"farah h@northwind-labs.com"_s)
                                      << u"Request_BadRequest"_s << invalid << u"InvalidValue/userPrincipalName"_s;
        QTest::newRow("local part 65") << u"userPrincipalName"_s
                                       << QJsonValue(QString(65, u'a') + u"@northwind-labs.com"_s)
                                       << u"Request_BadRequest"_s << invalid << u"InvalidValue/userPrincipalName"_s;
        QTest::newRow("UPN 114") << u"userPrincipalName"_s
                                 << QJsonValue(QString(60, u'a') + u"@"_s + QString(38, u'b')
                                               + u".northwind-labs.com"_s)
                                 << u"Request_BadRequest"_s << invalid << u"InvalidValue/userPrincipalName"_s;
        QTest::newRow("otherEmails (trap 1)")
            << u"otherEmails"_s << QJsonValue(QJsonArray {u"x@example.org"_s}) << u"Request_BadRequest"_s
            << u"Property 'otherEmails' does not exist"_s << QString();
        QTest::newRow("manager in the body (trap 2)")
            << u"manager"_s << QJsonValue(emeka) << u"Request_BadRequest"_s << u"read-only"_s << QString();
        QTest::newRow("two businessPhones (trap 4)")
            << u"businessPhones"_s << QJsonValue(QJsonArray {u"+1 555 0100"_s, u"+1 555 0101"_s})
            << u"Request_BadRequest"_s << invalid << u"InvalidValue/businessPhones"_s;
        QTest::newRow("mailNickname with a space")
            << u"mailNickname"_s << QJsonValue(u"farah haddad"_s) << u"Request_BadRequest"_s << invalid
            << u"InvalidValue/mailNickname"_s;
        QTest::newRow("mailNickname starting with a dot")
            << u"mailNickname"_s << QJsonValue(u".farah"_s) << u"Request_BadRequest"_s << invalid
            << u"InvalidValue/mailNickname"_s;
        QTest::newRow("displayName 257") << u"displayName"_s << QJsonValue(QString(257, u'x'))
                                         << u"Request_BadRequest"_s << invalid << u"InvalidValue/displayName"_s;
        QTest::newRow("department 65") << u"department"_s << QJsonValue(QString(65, u'x')) << u"Request_BadRequest"_s
                                       << invalid << u"InvalidValue/department"_s;
        QTest::newRow("postalCode 41") << u"postalCode"_s << QJsonValue(QString(41, u'1')) << u"Request_BadRequest"_s
                                       << invalid << u"InvalidValue/postalCode"_s;
        QTest::newRow("accountEnabled as a string")
            << u"accountEnabled"_s << QJsonValue(u"true"_s) << u"Request_BadRequest"_s << invalid
            << u"InvalidValue/accountEnabled"_s;
        QTest::newRow("usageLocation of three letters")
            << u"usageLocation"_s << QJsonValue(u"JOR"_s) << u"Request_BadRequest"_s << invalid
            << u"InvalidValue/usageLocation"_s;
    }
    void createRejectsWhatGraphRejects()
    {
        QFETCH(QString, property);
        QFETCH(QJsonValue, value);
        QFETCH(QString, code);
        QFETCH(QString, message);
        QFETCH(QString, detail);
        QJsonObject body = fixture(u"user_create_request.json"_s);
        if (value.isUndefined())
            body.remove(property);
        else
            body.insert(property, value);
        const GraphSimTestReply reply = send("POST", u"/v1.0/users"_s, body);
        QCOMPARE(reply.status, 400);
        const QJsonObject error = reply.json().value("error"_L1).toObject();
        QCOMPARE(error.value("code"_L1).toString(), code);
        QVERIFY2(error.value("message"_L1).toString().contains(message), reply.body.constData());
        const QJsonObject first = error.value("details"_L1).toArray().at(0).toObject();
        const QString actualDetail =
            first.isEmpty() ? QString()
                            : first.value("code"_L1).toString() + u'/' + first.value("target"_L1).toString();
        QCOMPARE(actualDetail, detail);
        QCOMPARE(m_sim->users().size(), 3);
        QCOMPARE(m_sim->writeStats().usersCreated, 0);
    }

    void createAcceptsTheEdgesOfTheRules()
    {
        QJsonObject body = fixture(u"user_create_request.json"_s);
        // Every character graph.md allows in a local part, 64 of them, on a verified subdomain; a simple password
        // that DisableStrongPassword lets through.
        const QString local = u"A-z.0_9'!#^~"_s + QString(52, u'x');
        body.insert("userPrincipalName"_L1, local + u"@eu.northwind-labs.com"_s);
        body.insert("passwordPolicies"_L1, u"DisableStrongPassword"_s);
        body.insert("passwordProfile"_L1, QJsonObject {{u"password"_s, u"password"_s}});
        body.insert("displayName"_L1, QString(256, u'd'));
        const GraphSimTestReply reply = send("POST", u"/v1.0/users"_s, body);
        QCOMPARE(reply.status, 201);
        QCOMPARE(m_sim->writeStats().usersCreated, 1);
    }

    void malformedBodyIs400()
    {
        const GraphSimTestReply reply = m_client->send("POST", url(u"/v1.0/users"_s), "{\"accountEnabled\":");
        QCOMPARE(reply.status, 400);
        QCOMPARE(reply.json()["error"_L1]["code"_L1].toString(), u"BadRequest"_s);
    }

    void duplicateUpnIsObjectConflictLikeTheFixture()
    {
        QJsonObject body = fixture(u"user_create_request.json"_s);
        QCOMPARE(send("POST", u"/v1.0/users"_s, body).status, 201);
        body.insert("userPrincipalName"_L1, u"FARAH.haddad@northwind-labs.com"_s);
        body.insert("mailNickname"_L1, u"farah2"_s);
        const GraphSimTestReply upn = send("POST", u"/v1.0/users"_s, body);
        QCOMPARE(upn.status, 400);
        QCOMPARE(errorWithoutInner(upn.json()), errorWithoutInner(fixture(u"error_400_upn_conflict.json"_s)));
        const QJsonObject inner = upn.json()["error"_L1]["innerError"_L1].toObject();
        QCOMPARE(inner.value("request-id"_L1).toString(), QString::fromLatin1(upn.header("request-id")));

        body.insert("userPrincipalName"_L1, u"farah.other@northwind-labs.com"_s);
        body.insert("mailNickname"_L1, u"Farah.Haddad"_s);
        const GraphSimTestReply nickname = send("POST", u"/v1.0/users"_s, body);
        QCOMPARE(nickname.status, 400);
        const QJsonObject detail = nickname.json()["error"_L1]["details"_L1][0].toObject();
        QCOMPARE(detail, (QJsonObject {{u"code"_s, u"ObjectConflict"_s}, {u"target"_s, u"mailNickname"_s}}));
        QCOMPARE(m_sim->writeStats().usersCreated, 1);
        QCOMPARE(m_sim->users().size(), 4);
    }

    void patchChangesClearsAndAnswers204()
    {
        const QJsonObject patch {{u"jobTitle"_s, u"Senior Site Reliability Engineer"_s},
                                 {u"city"_s, QJsonValue::Null},
                                 {u"businessPhones"_s, QJsonArray()},
                                 {u"otherMails"_s, QJsonArray {u"adaeze.personal@example.org"_s}},
                                 {u"accountEnabled"_s, false}};
        const GraphSimTestReply reply = send("PATCH", u"/v1.0/users/"_s + adaeze, patch);
        QCOMPARE(reply.status, 204);
        QVERIFY(reply.body.isEmpty());
        const QJsonObject user =
            m_client
                ->get(
                    url(u"/v1.0/users/%1?$select=jobTitle,city,businessPhones,otherMails,accountEnabled"_s.arg(adaeze)))
                .json();
        QCOMPARE(user.value("jobTitle"_L1).toString(), u"Senior Site Reliability Engineer"_s);
        QVERIFY(user.value("city"_L1).isNull());
        QCOMPARE(user.value("businessPhones"_L1).toArray(), QJsonArray());
        QCOMPARE(user.value("otherMails"_L1).toArray().size(), 1);
        QCOMPARE(user.value("accountEnabled"_L1).toBool(true), false);
        // The listing sees the change too (rendered pages are rebuilt) and the filter follows accountEnabled.
        const QJsonArray enabled =
            m_client->get(url(u"/v1.0/users?$filter=accountEnabled eq true&$select=id"_s)).json()["value"_L1].toArray();
        QCOMPARE(enabled.size(), 2);
        // By UPN works as by id; a null for a collection clears it as [] does.
        QCOMPARE(send("PATCH", u"/v1.0/users/emeka.nwosu@northwind-labs.com"_s,
                      {{u"businessPhones"_s, QJsonValue::Null}, {u"givenName"_s, u"Emeka"_s}})
                     .status,
                 204);
        QCOMPARE(m_sim->user(emeka).value("businessPhones"_L1).toArray(), QJsonArray());
        QCOMPARE(m_sim->user(emeka).value("givenName"_L1).toString(), u"Emeka"_s);
        QCOMPARE(m_sim->writeStats().writesAccepted, 2);
    }

    void patchRejectsWhatGraphRejects_data()
    {
        QTest::addColumn<QString>("target");
        QTest::addColumn<QJsonObject>("patch");
        QTest::addColumn<int>("status");
        QTest::addColumn<QString>("message");
        QTest::newRow("clear displayName")
            << adaeze << QJsonObject {{u"displayName"_s, QJsonValue::Null}} << 400 << u"property 'displayName'"_s;
        QTest::newRow("empty displayName")
            << adaeze << QJsonObject {{u"displayName"_s, u""_s}} << 400 << u"property 'displayName'"_s;
        QTest::newRow("two businessPhones")
            << adaeze << QJsonObject {{u"businessPhones"_s, QJsonArray {u"1"_s, u"2"_s}}} << 400
            << u"property 'businessPhones'"_s;
        QTest::newRow("givenName 65") << adaeze << QJsonObject {{u"givenName"_s, QString(65, u'g')}} << 400
                                      << u"property 'givenName'"_s;
        QTest::newRow("streetAddress 1025") << adaeze << QJsonObject {{u"streetAddress"_s, QString(1025, u's')}} << 400
                                            << u"property 'streetAddress'"_s;
        QTest::newRow("mobilePhone 65") << adaeze << QJsonObject {{u"mobilePhone"_s, QString(65, u'1')}} << 400
                                        << u"property 'mobilePhone'"_s;
        QTest::newRow("taken UPN") << adaeze
                                   << QJsonObject {{u"userPrincipalName"_s, u"Emeka.Nwosu@northwind-labs.com"_s}} << 400
                                   << u"same value for property userPrincipalName"_s;
        QTest::newRow("unknown property") << adaeze << QJsonObject {{u"otherEmails"_s, QJsonArray()}} << 400
                                          << u"does not exist as a declared property"_s;
        QTest::newRow("read-only id") << adaeze << QJsonObject {{u"id"_s, emeka}} << 400 << u"read-only"_s;
        QTest::newRow("weak password reset")
            << adaeze << QJsonObject {{u"passwordProfile"_s, QJsonObject {{u"password"_s, u"short"_s}}}} << 400
            << u"password complexity"_s;
        QTest::newRow("on-premises synced user")
            << synced << QJsonObject {{u"jobTitle"_s, u"x"_s}} << 400
            << u"Unable to update the specified properties for on-premises mastered Directory Sync objects"_s;
        QTest::newRow("unknown id") << u"8c7f023f-c5c1-4dbd-ada5-3889d287dc15"_s
                                    << QJsonObject {{u"jobTitle"_s, u"x"_s}} << 404
                                    << u"Resource '8c7f023f-c5c1-4dbd-ada5-3889d287dc15' does not exist"_s;
    }
    void patchRejectsWhatGraphRejects()
    {
        QFETCH(QString, target);
        QFETCH(QJsonObject, patch);
        QFETCH(int, status);
        QFETCH(QString, message);
        const QList<QJsonObject> before = m_sim->users();
        const GraphSimTestReply reply = send("PATCH", u"/v1.0/users/"_s + target, patch);
        QCOMPARE(reply.status, status);
        QVERIFY2(reply.json()["error"_L1]["message"_L1].toString().contains(message), reply.body.constData());
        QCOMPARE(m_sim->users(), before);
    }

    void onPremisesMasteredAnswerMatchesTheFixture()
    {
        const GraphSimTestReply reply = send("PATCH", u"/v1.0/users/"_s + synced, {{u"jobTitle"_s, u"x"_s}});
        QCOMPARE(errorWithoutInner(reply.json()), errorWithoutInner(fixture(u"error_400_onprem_mastered.json"_s)));
        // Cloud-only properties stay writable; the manager is mastered on-premises too.
        QCOMPARE(send("PATCH", u"/v1.0/users/"_s + synced, {{u"usageLocation"_s, u"SG"_s}}).status, 204);
        const QJsonObject ref {{u"@odata.id"_s, u"https://graph.microsoft.com/v1.0/users/"_s + emeka}};
        QCOMPARE(send("PUT", u"/v1.0/users/%1/manager/$ref"_s.arg(synced), ref).status, 400);
    }

    void passwordResetIsWriteOnly()
    {
        const QString before = m_sim->user(adaeze).value("lastPasswordChangeDateTime"_L1).toString();
        const QJsonObject patch {{u"passwordProfile"_s, QJsonObject {{u"forceChangePasswordNextSignIn"_s, true},
                                                                     {u"password"_s, u"Zr6^bN3@wQ8!kD1m"_s}}}};
        QCOMPARE(send("PATCH", u"/v1.0/users/"_s + adaeze, patch).status, 204);
        const QJsonObject user = m_sim->user(adaeze);
        QVERIFY(user.value("lastPasswordChangeDateTime"_L1).toString() != before);
        QCOMPARE(user.value("passwordProfile"_L1).toObject(),
                 (QJsonObject {{u"forceChangePasswordNextSignIn"_s, true}}));
        QCOMPARE(m_client->get(url(u"/v1.0/users/%1?$select=passwordProfile"_s.arg(adaeze))).status, 400);
    }
};

QTEST_GUILESS_MAIN(TestGraphSimWrites)
#include "TestGraphSimWrites.moc"
