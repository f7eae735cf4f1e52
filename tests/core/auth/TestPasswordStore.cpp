// PasswordStore against a real Secret Service (scripts/with-keyring.sh), and — as TestPasswordStoreNoKeychain — on a
// D-Bus session without one (CLOUDDIR_NO_KEYRING=1): then every call fails with an actionable error and the password
// is written nowhere else. The synchronous calls are tested from a worker thread, as the executor uses them.
#include "core/auth/PasswordStore.h"

#include <QDirIterator>
#include <QElapsedTimer>
#include <QFile>
#include <QSettings>
#include <QTest>
#include <QThread>
#include <QUuid>

// Fails with the Error's message when a Result holds one (QVERIFY2 would evaluate the message eagerly).
#define QVERIFY_RESULT(expr)                            \
    do {                                                \
        const auto &result_ = (expr);                   \
        if (!result_)                                   \
            QFAIL(qPrintable(result_.error().message)); \
    } while (false)

class TestPasswordStore : public QObject
{
    Q_OBJECT

private:
    PasswordStore m_store;
    const QString m_integration = QUuid::createUuid().toString(QUuid::WithoutBraces);
    const QString m_user = QUuid::createUuid().toString(QUuid::WithoutBraces);
    const QByteArray m_password = "Pw-" + QUuid::createUuid().toByteArray(QUuid::Id128) + "-ä";

    bool noKeychain() const { return qEnvironmentVariable("CLOUDDIR_NO_KEYRING") == u"1"; }

    void verifyPasswordInNoFile()
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
                QVERIFY2(!file.readAll().contains(m_password), qPrintable(QStringLiteral("password in ") + path));
        }
    }

private slots:
    void initTestCase()
    {
        QCoreApplication::setOrganizationName(QStringLiteral("clouddir-test"));
        QCoreApplication::setApplicationName(QStringLiteral("TestPasswordStore"));
        m_store.setServiceName(QStringLiteral("clouddir-test"));
        m_store.setRetryDelay(std::chrono::milliseconds(300));
    }

    void keyNamesIntegrationAndUser()
    {
        QCOMPARE(PasswordStore::key(QStringLiteral("i1"), QStringLiteral("u1")), QStringLiteral("i1/password/u1"));
    }

    void writeReadReplaceRemove()
    {
        if (noKeychain())
            QSKIP("no Secret Service on this bus: covered by keychainUnavailableIsAClearError");
        auto missing = m_store.readNow(m_integration, m_user);
        QVERIFY_RESULT(missing);
        QVERIFY(!missing->has_value());

        auto written = m_store.writeNow(m_integration, m_user, Secret(m_password));
        QVERIFY_RESULT(written);
        auto back = m_store.readNow(m_integration, m_user);
        QVERIFY(back && back->has_value());
        QCOMPARE((*back)->reveal(), m_password);
        // Another user of the same integration is another entry.
        QVERIFY(!m_store.readNow(m_integration, QStringLiteral("other"))->has_value());

        QVERIFY(m_store.writeNow(m_integration, m_user, Secret("second-" + m_password)));
        QCOMPARE((*m_store.readNow(m_integration, m_user))->reveal(), "second-" + m_password);
        verifyPasswordInNoFile();

        QVERIFY(m_store.removeNow(m_integration, m_user));
        QVERIFY(!m_store.readNow(m_integration, m_user)->has_value());
        QVERIFY(m_store.removeNow(m_integration, m_user)); // removing nothing is fine
    }

    void asynchronousCallsReportOnce()
    {
        if (noKeychain())
            QSKIP("no Secret Service on this bus");
        int reports = 0;
        Result<void> result = makeError(QStringLiteral("not reported"));
        m_store.write(m_integration, m_user, Secret(m_password), this, [&](const Result<void> &r) {
            result = r;
            ++reports;
        });
        QVERIFY(QTest::qWaitFor([&] { return reports > 0; }, 30000));
        QVERIFY_RESULT(result);
        QTest::qWait(50);
        QCOMPARE(reports, 1);
        QVERIFY(m_store.removeNow(m_integration, m_user));
    }

    void emptyPasswordIsRefused()
    {
        auto refused = m_store.writeNow(m_integration, m_user, Secret());
        QVERIFY(!refused);
        QVERIFY(refused.error().message.contains(QStringLiteral("empty")));
    }

    void synchronousCallsWorkOnAWorkerThread()
    {
        if (noKeychain())
            QSKIP("no Secret Service on this bus");
        std::optional<QByteArray> seen;
        QString failure;
        // The store lives on the main thread (QtKeychain's one executor is there); the worker's calls hand their
        // jobs to it while this thread keeps its event loop running.
        QThread *worker = QThread::create([&] {
            if (auto w = m_store.writeNow(m_integration, m_user, Secret(m_password)); !w)
                failure = w.error().message;
            auto r = m_store.readNow(m_integration, m_user);
            if (r && r->has_value())
                seen = (*r)->reveal();
            else if (!r)
                failure = r.error().message;
            if (auto d = m_store.removeNow(m_integration, m_user); !d)
                failure = d.error().message;
        });
        worker->start();
        QVERIFY(QTest::qWaitFor([&] { return worker->isFinished(); }, 60000));
        delete worker;
        QVERIFY2(failure.isEmpty(), qPrintable(failure));
        QCOMPARE(seen, std::optional<QByteArray>(m_password));
    }

    void keychainUnavailableIsAClearError()
    {
        if (!noKeychain())
            QSKIP("a Secret Service is running: see TestPasswordStoreNoKeychain");
        QElapsedTimer clock;
        clock.start();
        auto written = m_store.writeNow(m_integration, m_user, Secret(m_password));
        QVERIFY(clock.elapsed() >= 300); // tried once more after the retry delay
        QVERIFY(!written);
        QVERIFY2(
            written.error().message.contains(QStringLiteral("keychain could not store the password of user ") + m_user),
            qPrintable(written.error().message));
        QVERIFY(written.error().message.contains(QStringLiteral("try again")));
        auto read = m_store.readNow(m_integration, m_user);
        QVERIFY(!read);
        verifyPasswordInNoFile();
    }
};

QTEST_GUILESS_MAIN(TestPasswordStore)
#include "TestPasswordStore.moc"
