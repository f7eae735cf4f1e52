// The identity platform and tenant routes of graphsim, spoken to over real HTTP: authorize redirects, PKCE, single-use
// and expiring codes, refresh-token rotation and revocation, Entra-shaped errors, and /organization, /me, /domains.
#include "tests/graphsim/GraphSim.h"
#include "tests/graphsim/GraphSimIdentity.h"
#include "tests/graphsim/GraphSimTenantRoute.h"

#include <QCryptographicHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QTest>
#include <QUrlQuery>

using namespace Qt::StringLiterals;

namespace {

const QString verifier = u"dBjftJeZ4CVP-mB92K27uhbUJU1p1r_wW1gFWFOEjXkdBjftJeZ4CVP"_s;
const QString redirectUri = u"http://localhost:4321/"_s;

struct Answer
{
    int status = 0;
    QByteArray body;
    QUrl location;
    QJsonObject json() const { return QJsonDocument::fromJson(body).object(); }
};

QString challengeOf(const QString &text)
{
    return QString::fromLatin1(QCryptographicHash::hash(text.toLatin1(), QCryptographicHash::Sha256)
                                   .toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals));
}

QJsonObject jwtClaims(const QString &jwt)
{
    const QByteArray payload = jwt.section(u'.', 1, 1).toLatin1();
    return QJsonDocument::fromJson(QByteArray::fromBase64(payload, QByteArray::Base64UrlEncoding)).object();
}

} // namespace

class TestGraphSimIdentity : public QObject
{
    Q_OBJECT

private:
    QNetworkAccessManager m_nam;

    Answer send(QNetworkRequest request, const QByteArray &verb, const QByteArray &body = {})
    {
        request.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::ManualRedirectPolicy);
        QNetworkReply *reply = m_nam.sendCustomRequest(request, verb, body);
        QSignalSpy done(reply, &QNetworkReply::finished);
        if (!reply->isFinished())
            done.wait(10000);
        Answer a;
        a.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        a.body = reply->readAll();
        a.location = QUrl::fromEncoded(reply->rawHeader("Location"));
        reply->deleteLater();
        return a;
    }
    Answer authorize(GraphSim &sim, const QString &state, const QString &tenant = u"organizations"_s)
    {
        QUrl url(sim.baseUrl().toString() + u"/%1/oauth2/v2.0/authorize"_s.arg(tenant));
        QUrlQuery q;
        q.addQueryItem(u"client_id"_s, u"app-1"_s);
        q.addQueryItem(u"response_type"_s, u"code"_s);
        q.addQueryItem(u"redirect_uri"_s, redirectUri);
        q.addQueryItem(u"scope"_s, u"https://graph.microsoft.com/User.ReadWrite.All offline_access openid profile"_s);
        q.addQueryItem(u"state"_s, state);
        q.addQueryItem(u"code_challenge"_s, challengeOf(verifier));
        q.addQueryItem(u"code_challenge_method"_s, u"S256"_s);
        url.setQuery(q);
        return send(QNetworkRequest(url), "GET");
    }
    Answer token(GraphSim &sim, const QList<QPair<QString, QString>> &form)
    {
        QUrlQuery q;
        for (const auto &[k, v] : form)
            q.addQueryItem(k, QString::fromLatin1(QUrl::toPercentEncoding(v)));
        QNetworkRequest request(QUrl(sim.baseUrl().toString() + u"/organizations/oauth2/v2.0/token"_s));
        request.setHeader(QNetworkRequest::ContentTypeHeader, u"application/x-www-form-urlencoded"_s);
        return send(request, "POST", q.query(QUrl::FullyEncoded).toLatin1());
    }
    QString codeFrom(const Answer &a) { return QUrlQuery(a.location).queryItemValue(u"code"_s, QUrl::FullyDecoded); }
    Answer redeem(GraphSim &sim, const QString &code, const QString &withVerifier = verifier)
    {
        return token(sim, {{u"client_id"_s, u"app-1"_s},
                           {u"grant_type"_s, u"authorization_code"_s},
                           {u"code"_s, code},
                           {u"redirect_uri"_s, redirectUri},
                           {u"code_verifier"_s, withVerifier}});
    }
    Answer refresh(GraphSim &sim, const QString &refreshToken)
    {
        return token(sim, {{u"client_id"_s, u"app-1"_s},
                           {u"grant_type"_s, u"refresh_token"_s},
                           {u"refresh_token"_s, refreshToken},
                           {u"scope"_s, u"https://graph.microsoft.com/User.ReadWrite.All offline_access openid"_s}});
    }
    Answer graph(GraphSim &sim, const QString &path, const QString &bearer, const QByteArray &verb = "GET",
                 const QByteArray &body = {})
    {
        QNetworkRequest request(QUrl(sim.baseUrl().toString() + path));
        request.setRawHeader("Authorization", "Bearer " + bearer.toLatin1());
        if (!body.isEmpty())
            request.setHeader(QNetworkRequest::ContentTypeHeader, u"application/json"_s);
        return send(request, verb, body);
    }
    void verifyEntraError(const Answer &a, int status, const QString &error, int code)
    {
        QCOMPARE(a.status, status);
        const QJsonObject body = a.json();
        QCOMPARE(body.value("error"_L1).toString(), error);
        QCOMPARE(body.value("error_codes"_L1).toArray().at(0).toInt(), code);
        QVERIFY(body.value("error_description"_L1).toString().startsWith(u"AADSTS%1: "_s.arg(code)));
        QVERIFY(!body.value("trace_id"_L1).toString().isEmpty());
        QVERIFY(!body.value("correlation_id"_L1).toString().isEmpty());
        QVERIFY(!body.value("timestamp"_L1).toString().isEmpty());
    }

private slots:
    void init() { QTest::failOnWarning(QRegularExpression(u".*"_s)); }

    void signInRedeemsCodeOnceAndTokensOpenGraph()
    {
        GraphSim sim;
        QVERIFY(sim.listen());
        const Answer a = authorize(sim, u"st-1"_s);
        QCOMPARE(a.status, 302);
        QCOMPARE(a.location.adjusted(QUrl::RemoveQuery).toString(), redirectUri);
        QCOMPARE(QUrlQuery(a.location).queryItemValue(u"state"_s), u"st-1"_s);
        const QString code = codeFrom(a);
        QVERIFY(!code.isEmpty());

        const Answer t = redeem(sim, code);
        QCOMPARE(t.status, 200);
        const QJsonObject body = t.json();
        QCOMPARE(body.value("token_type"_L1).toString(), u"Bearer"_s);
        QVERIFY(body.value("expires_in"_L1).toInt() > 0);
        QVERIFY(!body.value("refresh_token"_L1).toString().isEmpty());
        const QJsonObject claims = jwtClaims(body.value("id_token"_L1).toString());
        QCOMPARE(claims.value("tid"_L1).toString(), sim.identity().account().tenantId);
        QCOMPARE(claims.value("preferred_username"_L1).toString(), sim.identity().account().username);

        const QString access = body.value("access_token"_L1).toString();
        const Answer me = graph(sim, u"/v1.0/me"_s, access);
        QCOMPARE(me.status, 200);
        QCOMPARE(me.json().value("userPrincipalName"_L1).toString(), sim.identity().account().username);
        // Single use: the second redemption fails, as Entra's AADSTS54005.
        verifyEntraError(redeem(sim, code), 400, u"invalid_grant"_s, 54005);
    }

    void wrongVerifierIsInvalidGrant()
    {
        GraphSim sim;
        QVERIFY(sim.listen());
        const QString code = codeFrom(authorize(sim, u"s"_s));
        verifyEntraError(redeem(sim, code, verifier + u"x"_s), 400, u"invalid_grant"_s, 501481);
    }

    void expiredCodeIsInvalidGrant()
    {
        GraphSim sim;
        sim.identity().setCodeLifetime(0);
        QVERIFY(sim.listen());
        verifyEntraError(redeem(sim, codeFrom(authorize(sim, u"s"_s))), 400, u"invalid_grant"_s, 70008);
    }

    void unknownTenantIsRejected()
    {
        GraphSim sim;
        QVERIFY(sim.listen());
        verifyEntraError(authorize(sim, u"s"_s, u"contoso.example"_s), 400, u"invalid_request"_s, 90002);
        QCOMPARE(authorize(sim, u"s"_s, sim.identity().account().tenantId).status, 302);
    }

    void refreshRotatesAndRevocationKillsIt()
    {
        GraphSim sim;
        QVERIFY(sim.listen());
        const QJsonObject first = redeem(sim, codeFrom(authorize(sim, u"s"_s))).json();
        const QString rt1 = first.value("refresh_token"_L1).toString();
        const Answer second = refresh(sim, rt1);
        QCOMPARE(second.status, 200);
        const QString rt2 = second.json().value("refresh_token"_L1).toString();
        QVERIFY(!rt2.isEmpty());
        QVERIFY(rt2 != rt1);
        // The spent token is dead; the rotated one works until an admin revokes sessions.
        QCOMPARE(refresh(sim, rt1).json().value("error"_L1).toString(), u"invalid_grant"_s);
        const QString rt3 = refresh(sim, rt2).json().value("refresh_token"_L1).toString();
        sim.identity().revokeRefreshTokens();
        verifyEntraError(refresh(sim, rt3), 400, u"invalid_grant"_s, 50173);
        // What the client sent on refresh is recorded, so client tests can check the body.
        QCOMPARE(sim.identity().tokenRequestKeys().last(),
                 (QStringList {u"client_id"_s, u"grant_type"_s, u"refresh_token"_s, u"scope"_s}));
    }

    void injectedErrorsHaveEntraShape_data()
    {
        QTest::addColumn<QString>("error");
        QTest::addColumn<int>("code");
        QTest::addColumn<int>("status");
        QTest::newRow("web platform") << u"invalid_client"_s << 7000218 << 401;
        QTest::newRow("mfa") << u"interaction_required"_s << 50076 << 400;
        QTest::newRow("idle refresh") << u"invalid_grant"_s << 700082 << 400;
    }
    void injectedErrorsHaveEntraShape()
    {
        QFETCH(QString, error);
        QFETCH(int, code);
        QFETCH(int, status);
        GraphSim sim;
        QVERIFY(sim.listen());
        const QString authCode = codeFrom(authorize(sim, u"s"_s));
        sim.identity().injectTokenError(error, code, 1);
        verifyEntraError(redeem(sim, authCode), status, error, code);
        // count 1: the next request is answered normally again (the code was not consumed by the fault).
        QCOMPARE(redeem(sim, authCode).status, 200);
    }

    void authorizeErrorRedirects()
    {
        GraphSim sim;
        sim.identity().setAuthorizeError(u"access_denied"_s, u"AADSTS65004: User declined to consent"_s);
        QVERIFY(sim.listen());
        const Answer a = authorize(sim, u"st-9"_s);
        QCOMPARE(a.status, 302);
        const QUrlQuery q(a.location);
        QCOMPARE(q.queryItemValue(u"error"_s), u"access_denied"_s);
        QCOMPARE(q.queryItemValue(u"error_description"_s, QUrl::FullyDecoded),
                 u"AADSTS65004: User declined to consent"_s);
        QCOMPARE(q.queryItemValue(u"state"_s), u"st-9"_s);
    }

    void expiredAccessTokenGets401()
    {
        GraphSim sim;
        QVERIFY(sim.listen());
        const QString access = redeem(sim, codeFrom(authorize(sim, u"s"_s))).json().value("access_token"_L1).toString();
        QCOMPARE(graph(sim, u"/v1.0/organization"_s, access).status, 200);
        sim.identity().expireAccessTokens();
        const Answer a = graph(sim, u"/v1.0/organization"_s, access);
        QCOMPARE(a.status, 401);
        QCOMPARE(a.json().value("error"_L1).toObject().value("code"_L1).toString(), u"InvalidAuthenticationToken"_s);
    }

    void domainsListAndPatch()
    {
        GraphSim sim;
        QVERIFY(sim.listen());
        const Answer list = graph(sim, u"/v1.0/domains"_s, u"any"_s);
        QCOMPARE(list.status, 200);
        const QJsonArray value = list.json().value("value"_L1).toArray();
        QCOMPARE(value.size(), 4);
        QCOMPARE(value.at(0).toObject().value("passwordValidityPeriodInDays"_L1).toInteger(), 2147483647);

        const QByteArray never = R"({"passwordValidityPeriodInDays":2147483647})";
        QCOMPARE(graph(sim, u"/v1.0/domains/northwind-labs.com"_s, u"any"_s, "PATCH", never).status, 204);
        QCOMPARE(sim.tenant().domains().at(1).value("passwordValidityPeriodInDays"_L1).toInteger(), 2147483647);
        QCOMPARE(graph(sim, u"/v1.0/domains/nope.example"_s, u"any"_s, "PATCH", never).status, 404);
        QCOMPARE(graph(sim, u"/v1.0/domains/northwind-staging.dev"_s, u"any"_s, "PATCH", never).status, 400);
        QCOMPARE(graph(sim, u"/v1.0/domains/northwind-labs.com"_s, u"any"_s, "PATCH", R"({"isDefault":true})").status,
                 400);

        const Answer org = graph(sim, u"/v1.0/organization"_s, u"any"_s);
        const QJsonObject o = org.json().value("value"_L1).toArray().at(0).toObject();
        QCOMPARE(o.value("id"_L1).toString(), sim.identity().account().tenantId);
        QCOMPARE(o.value("verifiedDomains"_L1).toArray().size(), 3);
    }
};

QTEST_GUILESS_MAIN(TestGraphSimIdentity)
#include "TestGraphSimIdentity.moc"
