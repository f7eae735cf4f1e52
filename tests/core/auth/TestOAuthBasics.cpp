// PKCE, state, per-cloud endpoints and scopes, token answer parsing and the §1.6 error table: the pure parts of
// sign-in.
#include "core/auth/OAuthError.h"
#include "core/auth/OAuthSettings.h"
#include "core/auth/Pkce.h"
#include "core/auth/TokenResponse.h"

#include <QRegularExpression>
#include <QSet>
#include <QTest>

class TestOAuthBasics : public QObject
{
    Q_OBJECT

private slots:
    void init() { QTest::failOnWarning(QRegularExpression(QStringLiteral(".*"))); }

    void pkceMatchesRfc7636Vector()
    {
        // RFC 7636 appendix B.
        const Secret verifier(QByteArrayLiteral("dBjftJeZ4CVP-mB92K27uhbUJU1p1r_wW1gFWFOEjXk"));
        QCOMPARE(Pkce::challenge(verifier), QByteArrayLiteral("E9Melhoa2OwvFrEMTJguCHaoeK1t8URWbuGJSstw-cM"));
    }

    void verifiersAndStatesAreFreshAndWellFormed()
    {
        const QRegularExpression alphabet(QStringLiteral("^[A-Za-z0-9_-]+$"));
        QSet<QByteArray> verifiers;
        QSet<QString> states;
        for (int i = 0; i < 200; ++i) {
            const Secret v = Pkce::newVerifier();
            QCOMPARE(v.reveal().size(), 43);
            QVERIFY(alphabet.match(QString::fromLatin1(v.reveal())).hasMatch());
            verifiers.insert(v.reveal());
            const QString s = Pkce::newState();
            QVERIFY(s.size() >= 32);
            states.insert(s);
        }
        QCOMPARE(verifiers.size(), 200);
        QCOMPARE(states.size(), 200);
    }

    void endpointsPerCloud_data()
    {
        QTest::addColumn<QString>("cloud");
        QTest::addColumn<QString>("authorize");
        QTest::addColumn<QString>("scopeHost");
        QTest::newRow("global") << QStringLiteral(
            "global") << QStringLiteral("https://login.microsoftonline.com/organizations/oauth2/v2.0/authorize")
                                << QStringLiteral("https://graph.microsoft.com/");
        QTest::newRow("usgov") << QStringLiteral("usgov")
                               << QStringLiteral("https://login.microsoftonline.us/organizations/oauth2/v2.0/authorize")
                               << QStringLiteral("https://graph.microsoft.us/");
        QTest::newRow("dod") << QStringLiteral("dod")
                             << QStringLiteral("https://login.microsoftonline.us/organizations/oauth2/v2.0/authorize")
                             << QStringLiteral("https://dod-graph.microsoft.us/");
        QTest::newRow("china") << QStringLiteral("china")
                               << QStringLiteral("https://login.chinacloudapi.cn/organizations/oauth2/v2.0/authorize")
                               << QStringLiteral("https://microsoftgraph.chinacloudapi.cn/");
    }
    void endpointsPerCloud()
    {
        QFETCH(QString, cloud);
        QFETCH(QString, authorize);
        QFETCH(QString, scopeHost);
        OAuthSettings settings;
        settings.cloud = *OAuthSettings::cloudFromStoreId(cloud);
        QCOMPARE(OAuthSettings::storeId(settings.cloud), cloud);
        QCOMPARE(settings.authorizeEndpoint().toString(), authorize);
        QCOMPARE(settings.tokenEndpoint().toString(),
                 authorize.replace(QStringLiteral("authorize"), QStringLiteral("token")));
        const QStringList scopes = settings.scopes();
        QVERIFY(scopes.contains(scopeHost + QStringLiteral("User.ReadWrite.All")));
        QVERIFY(scopes.contains(scopeHost + QStringLiteral("Domain.ReadWrite.All")));
        QVERIFY(scopes.contains(QStringLiteral("offline_access")));
        QVERIFY(scopes.contains(QStringLiteral("openid")));
    }

    void loginUrlReplacesAuthorityKeepsPaths()
    {
        OAuthSettings settings;
        settings.cloud = CloudEndpoints::Cloud::UsGovL4;
        settings.tenant = QStringLiteral("0c79b541-eb65-4d87-931a-36e5ae809944");
        settings.loginUrl = QUrl(QStringLiteral("http://127.0.0.1:4000/"));
        QCOMPARE(settings.tokenEndpoint().toString(),
                 QStringLiteral("http://127.0.0.1:4000/0c79b541-eb65-4d87-931a-36e5ae809944/oauth2/v2.0/token"));
        // The scope prefix stays the cloud's Graph: the token is for the real resource.
        QVERIFY(settings.scopes().first().startsWith(QStringLiteral("https://graph.microsoft.us/")));
        QVERIFY(!OAuthSettings::cloudFromStoreId(QStringLiteral("germany")));
    }

    void parsesTokenAnswerAndIdToken()
    {
        // graph-fixtures/token_response_success.json
        const QByteArray body =
            R"({"token_type":"Bearer","scope":"https://graph.microsoft.com/User.ReadWrite.All openid","expires_in":4473,"ext_expires_in":4473,"access_token":"AT-1","refresh_token":"RT-1","id_token":"eyJ0eXAiOiJKV1QiLCJhbGciOiJub25lIn0.eyJ0aWQiOiIwYzc5YjU0MS1lYjY1LTRkODctOTMxYS0zNmU1YWU4MDk5NDQiLCJwcmVmZXJyZWRfdXNlcm5hbWUiOiJhZG1pbkBub3J0aHdpbmQtbGFicy5jb20ifQ."})";
        QString problem;
        const auto parsed = TokenResponse::parse(body, 1000, &problem);
        QVERIFY2(parsed, qPrintable(problem));
        QCOMPARE(parsed->accessToken.reveal(), QByteArrayLiteral("AT-1"));
        QCOMPARE(parsed->refreshToken.reveal(), QByteArrayLiteral("RT-1"));
        QCOMPARE(parsed->expiresAt, 1000 + 4473 * 1000);
        QCOMPARE(parsed->tenantId, QStringLiteral("0c79b541-eb65-4d87-931a-36e5ae809944"));
        QCOMPARE(parsed->account, QStringLiteral("admin@northwind-labs.com"));
        QVERIFY(!TokenResponse::parse(R"({"token_type":"Bearer"})", 0, &problem));
        QVERIFY(!problem.contains(QStringLiteral("AT-1")));
        QVERIFY(!TokenResponse::parse("not json", 0, &problem));
    }

    void errorsMapToActions_data()
    {
        QTest::addColumn<int>("status");
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<int>("kind");
        QTest::addColumn<bool>("interactive");
        QTest::addColumn<QString>("says");
        const auto entra = [](const char *error, int code) {
            return QStringLiteral(
                       R"({"error":"%1","error_description":"AADSTS%2: text. Trace ID: t","error_codes":[%2],"trace_id":"trace-1","correlation_id":"corr-1"})")
                .arg(QLatin1String(error))
                .arg(code)
                .toUtf8();
        };
        using K = OAuthError::Kind;
        QTest::newRow("web platform") << 401 << entra("invalid_client", 7000218) << int(K::InvalidClient) << false
                                      << QStringLiteral("register it as Mobile and desktop");
        QTest::newRow("secret sent") << 401 << entra("invalid_client", 700025) << int(K::InvalidClient) << false
                                     << QStringLiteral("client secret");
        QTest::newRow("code expired") << 400 << entra("invalid_grant", 70008) << int(K::InvalidGrant) << true
                                      << QStringLiteral("expired");
        QTest::newRow("code reused") << 400 << entra("invalid_grant", 54005) << int(K::InvalidGrant) << true
                                     << QStringLiteral("already used");
        QTest::newRow("verifier") << 400 << entra("invalid_grant", 501481) << int(K::InvalidGrant) << true
                                  << QStringLiteral("PKCE");
        QTest::newRow("idle refresh") << 400 << entra("invalid_grant", 700082) << int(K::InvalidGrant) << true
                                      << QStringLiteral("90 days");
        QTest::newRow("revoked") << 400 << entra("invalid_grant", 50173) << int(K::InvalidGrant) << true
                                 << QStringLiteral("revoked");
        QTest::newRow("no consent") << 400 << entra("invalid_grant", 65001) << int(K::InvalidGrant) << true
                                    << QStringLiteral("Consent");
        QTest::newRow("mfa") << 400 << entra("interaction_required", 50076) << int(K::InteractionRequired) << true
                             << QStringLiteral("multi-factor");
        QTest::newRow("app not in tenant") << 400 << entra("unauthorized_client", 700016) << int(K::Configuration)
                                           << false << QStringLiteral("client id");
        QTest::newRow("redirect mismatch") << 400 << entra("invalid_request", 50011) << int(K::Configuration) << false
                                           << QStringLiteral("http://localhost");
        QTest::newRow("scope") << 400 << entra("invalid_scope", 70011) << int(K::InvalidScope) << false
                               << QStringLiteral("bug in clouddir");
        QTest::newRow("unavailable") << 503 << entra("temporarily_unavailable", 0) << int(K::Transient) << false
                                     << QStringLiteral("temporarily unavailable");
        QTest::newRow("html 502") << 502 << QByteArray("<html>") << int(K::Transient) << false
                                  << QStringLiteral("temporarily unavailable");
    }
    void errorsMapToActions()
    {
        QFETCH(int, status);
        QFETCH(QByteArray, body);
        QFETCH(int, kind);
        QFETCH(bool, interactive);
        QFETCH(QString, says);
        const OAuthError e = OAuthError::fromTokenResponse(status, body);
        QCOMPARE(int(e.kind), kind);
        QCOMPARE(e.needsInteractiveSignIn(), interactive);
        QVERIFY2(e.message().contains(says), qPrintable(e.message()));
        if (body.startsWith('{'))
            QVERIFY(e.message().contains(QStringLiteral("trace-1")));
    }

    void redirectErrorsAndLocalKinds()
    {
        const OAuthError denied = OAuthError::fromRedirect(QStringLiteral("access_denied"),
                                                           QStringLiteral("AADSTS65004: User declined to consent"));
        QCOMPARE(denied.kind, OAuthError::Kind::ConsentRequired);
        QCOMPARE(denied.code, 65004);
        QVERIFY(denied.message().contains(QStringLiteral("Global Administrator")));
        QVERIFY(OAuthError::make(OAuthError::Kind::Keychain, QStringLiteral("no D-Bus"))
                    .message()
                    .startsWith(QStringLiteral("Keychain unavailable")));
        QVERIFY(OAuthError::make(OAuthError::Kind::ReauthorizationNeeded, QStringLiteral("x"))
                    .message()
                    .startsWith(QStringLiteral("Re-authorization needed")));
        QVERIFY(OAuthError::make(OAuthError::Kind::StateMismatch).message().contains(QStringLiteral("state")));
        QVERIFY(OAuthError::make(OAuthError::Kind::Timeout).message().contains(QStringLiteral("timed out")));
    }
};

QTEST_GUILESS_MAIN(TestOAuthBasics)
#include "TestOAuthBasics.moc"
