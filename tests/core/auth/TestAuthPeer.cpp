// clouddir's sign-in against an OAuth server it did not write: oauth2-mock-server 7.x (tests/auth-peer, started with
// node) on Entra-shaped paths. Proves that the flow, PKCE, the token requests and the refresh rotation work with an
// independent implementation, not only with graphsim. Without node or the peer's node_modules the suite skips — or
// fails, naming what is missing, when CLOUDDIR_REQUIRE_PEERS=1 (./test.sh).
#include "AuthTestSupport.h"

#include "core/auth/OAuthTokenProvider.h"
#include "core/auth/SignInFlow.h"
#include "core/auth/TokenStore.h"

#include <QDir>
#include <QProcess>
#include <QStandardPaths>
#include <QTest>
#include <QUuid>

namespace {
const QString s_tenant = QStringLiteral("9188040d-6c67-4c5b-b112-36a304b66dad");
}

class TestAuthPeer : public QObject
{
    Q_OBJECT

private:
    QProcess m_peer;
    QUrl m_base;
    QNetworkAccessManager m_network;
    TokenStore m_tokens;

    OAuthSettings settings(const QString &clientId) const
    {
        OAuthSettings s;
        s.clientId = clientId;
        s.tenant = s_tenant; // the peer serves one tenant path
        s.loginUrl = m_base;
        return s;
    }
    std::unique_ptr<SignInFlow> signIn(const QString &clientId)
    {
        auto flow = std::make_unique<SignInFlow>(&m_network, settings(clientId));
        connect(flow.get(), &SignInFlow::authorizationUrlReady, this, [](const QUrl &url) { playBrowser(url); });
        QSignalSpy finished(flow.get(), &SignInFlow::finished);
        flow->start();
        if (!finished.wait(20000))
            qWarning("sign-in against the peer did not finish");
        return flow;
    }

private slots:
    void initTestCase()
    {
        const bool required = qEnvironmentVariable("CLOUDDIR_REQUIRE_PEERS") == u"1";
        const QString node = QStandardPaths::findExecutable(QStringLiteral("node"));
        const QString peer = QStringLiteral(CLOUDDIR_AUTH_PEER_DIR);
        QString missing;
        if (node.isEmpty())
            missing = QStringLiteral("node is not on the PATH (install nodejs: scripts/deps.sh)");
        else if (!QDir(peer).exists(QStringLiteral("node_modules/oauth2-mock-server")))
            missing = QStringLiteral("oauth2-mock-server is not installed: run npm ci --prefix %1").arg(peer);
        if (!missing.isEmpty()) {
            if (required)
                QFAIL(qPrintable(QStringLiteral("CLOUDDIR_REQUIRE_PEERS=1 but ") + missing));
            QSKIP(qPrintable(missing));
        }
        m_peer.setWorkingDirectory(peer);
        m_peer.setProcessChannelMode(QProcess::SeparateChannels);
        m_peer.start(node, {QStringLiteral("server.mjs"), s_tenant});
        QVERIFY2(m_peer.waitForStarted(10000), qPrintable(m_peer.errorString()));
        QTRY_VERIFY_WITH_TIMEOUT(m_peer.canReadLine() || m_peer.state() != QProcess::Running, 20000);
        m_base = QUrl(QString::fromUtf8(m_peer.readLine().trimmed()));
        QVERIFY2(m_base.isValid() && m_base.port() > 0,
                 qPrintable(QStringLiteral("peer did not start: ") + QString::fromUtf8(m_peer.readAllStandardError())));
        m_tokens.setServiceName(QStringLiteral("clouddir-peertest-%1").arg(QUuid::createUuid().toString(QUuid::Id128)));
    }
    void cleanupTestCase()
    {
        if (m_peer.state() == QProcess::Running) {
            m_peer.closeWriteChannel(); // the peer exits when its stdin closes
            if (!m_peer.waitForFinished(5000))
                m_peer.kill();
        }
    }

    void signsInWithPkceAgainstThePeer()
    {
        auto flow = signIn(QStringLiteral("clouddir-peer"));
        QVERIFY2(!flow->hasError(), qPrintable(flow->error().message()));
        const TokenResponse tokens = flow->result();
        QCOMPARE(tokens.tenantId, s_tenant);
        QCOMPARE(tokens.account, QStringLiteral("peer-admin@fabrikam.example"));
        QVERIFY(!tokens.refreshToken.isEmpty());
        QCOMPARE(tokens.accessToken.reveal().count('.'), 2); // an RS256 JWT from the peer's key
        QVERIFY(tokens.expiresAt > QDateTime::currentMSecsSinceEpoch());
    }

    void refreshRotatesAgainstThePeer()
    {
        auto flow = signIn(QStringLiteral("clouddir-peer"));
        QVERIFY(!flow->hasError());
        const QString id = QUuid::createUuid().toString(QUuid::WithoutBraces);
        bool written = false;
        m_tokens.write(id, StoredCredentials {flow->result().refreshToken, s_tenant, flow->result().account}, this,
                       [&](const OAuthError &e) {
                           QVERIFY2(!e.isError(), qPrintable(e.message()));
                           written = true;
                       });
        QTRY_VERIFY_WITH_TIMEOUT(written, 20000);
        OAuthTokenProvider provider(&m_network, &m_tokens, id, settings(QStringLiteral("clouddir-peer")));
        bool done = false;
        bool ok = false;
        provider.refresh(this, [&](bool result) {
            ok = result;
            done = true;
        });
        QTRY_VERIFY_WITH_TIMEOUT(done, 20000);
        QVERIFY2(ok, qPrintable(provider.lastError().message()));
        QVERIFY(!provider.accessToken().isEmpty());
        std::optional<StoredCredentials> rotated;
        done = false;
        m_tokens.read(id, this, [&](const std::optional<StoredCredentials> &c, const OAuthError &) {
            rotated = c;
            done = true;
        });
        QTRY_VERIFY_WITH_TIMEOUT(done, 20000);
        QVERIFY(rotated);
        QVERIFY(rotated->refreshToken != flow->result().refreshToken);
        done = false;
        m_tokens.remove(id, this, [&](const OAuthError &) { done = true; });
        QTRY_VERIFY_WITH_TIMEOUT(done, 20000);
    }

    void webPlatformRegistrationIsExplained()
    {
        auto flow = signIn(QStringLiteral("web-platform-app"));
        QCOMPARE(flow->error().kind, OAuthError::Kind::InvalidClient);
        QVERIFY(flow->error().message().contains(QStringLiteral("register it as Mobile and desktop")));
    }
};

QTEST_GUILESS_MAIN(TestAuthPeer)
#include "TestAuthPeer.moc"
