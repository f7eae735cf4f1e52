// TokenStore against a real Secret Service (scripts/with-keyring.sh), and — as TestTokenStoreNoKeychain — on a D-Bus
// session without one (with-keyring.sh --no-keyring sets CLOUDDIR_NO_KEYRING=1): then every call fails with
// "Keychain unavailable" and the token is written nowhere else (no plaintext fallback).
#include "core/auth/TokenStore.h"

#include <QDirIterator>
#include <QElapsedTimer>
#include <QFile>
#include <QRegularExpression>
#include <QSettings>
#include <QTest>
#include <QUuid>

class TestTokenStore : public QObject
{
    Q_OBJECT

private:
    TokenStore m_store;
    const QString m_id = QUuid::createUuid().toString(QUuid::WithoutBraces);
    const QByteArray m_token = "rt-" + QUuid::createUuid().toByteArray(QUuid::Id128) + "-secret";

    bool noKeychain() const { return qEnvironmentVariable("CLOUDDIR_NO_KEYRING") == u"1"; }

    OAuthError write(const StoredCredentials &credentials)
    {
        OAuthError result;
        bool done = false;
        m_store.write(m_id, credentials, this, [&](const OAuthError &e) {
            result = e;
            done = true;
        });
        if (!QTest::qWaitFor([&] { return done; }, 30000))
            result = OAuthError::make(OAuthError::Kind::Protocol, QStringLiteral("write never finished"));
        return result;
    }
    std::optional<StoredCredentials> read(OAuthError *error)
    {
        std::optional<StoredCredentials> result;
        bool done = false;
        m_store.read(m_id, this, [&](const std::optional<StoredCredentials> &c, const OAuthError &e) {
            result = c;
            *error = e;
            done = true;
        });
        if (!QTest::qWaitFor([&] { return done; }, 30000))
            *error = OAuthError::make(OAuthError::Kind::Protocol, QStringLiteral("read never finished"));
        return result;
    }
    OAuthError remove()
    {
        OAuthError result;
        bool done = false;
        m_store.remove(m_id, this, [&](const OAuthError &e) {
            result = e;
            done = true;
        });
        if (!QTest::qWaitFor([&] { return done; }, 30000))
            result = OAuthError::make(OAuthError::Kind::Protocol, QStringLiteral("remove never finished"));
        return result;
    }
    // Every file under the private HOME of with-keyring.sh (and QSettings' file), searched for the token's bytes.
    void verifyTokenInNoFile()
    {
        const QString root = qEnvironmentVariable("CLOUDDIR_KEYRING_ROOT");
        QVERIFY2(!root.isEmpty(), "run me through scripts/with-keyring.sh");
        QStringList files {QSettings().fileName()};
        QDirIterator it(root, QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
        while (it.hasNext())
            files.append(it.next());
        for (const QString &path : std::as_const(files)) {
            QFile file(path);
            if (file.open(QIODevice::ReadOnly))
                QVERIFY2(!file.readAll().contains(m_token), qPrintable(QStringLiteral("token found in ") + path));
        }
    }

private slots:
    void initTestCase()
    {
        QCoreApplication::setOrganizationName(QStringLiteral("clouddir-test"));
        QCoreApplication::setApplicationName(QStringLiteral("TestTokenStore"));
        m_store.setServiceName(QStringLiteral("clouddir-test"));
        m_store.setRetryDelay(std::chrono::milliseconds(300));
    }

    void writeReadRotateRemove()
    {
        if (noKeychain())
            QSKIP("no Secret Service on this bus: covered by keychainUnavailableIsAClearError");
        QCOMPARE(TokenStore::key(m_id), m_id + QStringLiteral("/refresh-token"));
        OAuthError error;
        QVERIFY(!read(&error));
        QVERIFY2(!error.isError(), qPrintable(error.message()));

        const StoredCredentials first {Secret(m_token), QStringLiteral("tid-1"), QStringLiteral("admin@x.example")};
        error = write(first);
        QVERIFY2(!error.isError(), qPrintable(error.message()));
        auto back = read(&error);
        QVERIFY2(back, qPrintable(error.message()));
        QCOMPARE(*back, first);

        // Rotation replaces the entry.
        const StoredCredentials second {Secret("rotated-" + m_token), QStringLiteral("tid-1"),
                                        QStringLiteral("admin@x.example")};
        QVERIFY(!write(second).isError());
        back = read(&error);
        QVERIFY(back);
        QCOMPARE(back->refreshToken, second.refreshToken);
        verifyTokenInNoFile();

        QVERIFY(!remove().isError());
        QVERIFY(!read(&error));
        QVERIFY(!error.isError());
        QVERIFY(!remove().isError()); // removing nothing is fine
    }

    void keychainUnavailableIsAClearError()
    {
        if (!noKeychain())
            QSKIP("a Secret Service is running: see TestTokenStoreNoKeychain");
        QElapsedTimer clock;
        clock.start();
        const OAuthError written =
            write(StoredCredentials {Secret(m_token), QStringLiteral("tid"), QStringLiteral("a@b.example")});
        // Tried once more after the retry delay (the Secret Service may come up late after login), then failed.
        QVERIFY(clock.elapsed() >= 300);
        QCOMPARE(written.kind, OAuthError::Kind::Keychain);
        QVERIFY2(written.message().startsWith(QStringLiteral("Keychain unavailable")), qPrintable(written.message()));
        OAuthError error;
        QVERIFY(!read(&error));
        QCOMPARE(error.kind, OAuthError::Kind::Keychain);
        // No fallback: the token is in no file (QtKeychain's plaintext fallback would use QSettings).
        verifyTokenInNoFile();
    }
};

QTEST_GUILESS_MAIN(TestTokenStore)
#include "TestTokenStore.moc"
