// clouddir signin and token-status as processes against an in-process graphsim and a real Secret Service (run under
// scripts/with-keyring.sh). The test plays the browser with the URL signin prints, and at the end greps the database,
// QSettings, the private HOME and every byte of command output (debug logging on) for the tokens graphsim issued.
#include "core/directory/IntegrationTable.h"
#include "core/directory/Store.h"
#include "tests/graphsim/GraphSim.h"
#include "tests/graphsim/GraphSimIdentity.h"

#include <QDirIterator>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QProcess>
#include <QSettings>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QUrlQuery>

namespace {

struct Run
{
    int exitCode = -1;
    QString out;
    QString err;
    int browserStatus = 0;
};

} // namespace

class TestSigninCommand : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<GraphSim> m_sim;
    QString m_db;
    QByteArray m_allOutput; // every byte any command printed, for the leak check

    // Starts clouddir; when `browse`, GETs the first stdout line (the authorize URL), optionally rewritten by `forge`.
    Run run(const QStringList &arguments, bool browse = false, std::function<QUrl(const QUrl &)> forge = {},
            const QProcessEnvironment &environment = QProcessEnvironment::systemEnvironment())
    {
        QProcess process;
        QProcessEnvironment env = environment;
        env.insert(QStringLiteral("QT_LOGGING_RULES"), QStringLiteral("clouddir.*=true"));
        process.setProcessEnvironment(env);
        process.setProgram(QStringLiteral(CLOUDDIR_BINARY));
        process.setArguments(arguments);
        Run result;
        QByteArray out;
        bool browsed = false;
        connect(&process, &QProcess::readyReadStandardOutput, this, [&] {
            out += process.readAllStandardOutput();
            if (!browse || browsed || !out.contains('\n'))
                return;
            browsed = true;
            QUrl url = QUrl::fromEncoded(out.left(out.indexOf('\n')).trimmed());
            if (forge)
                url = forge(url);
            QNetworkAccessManager browser;
            QNetworkReply *reply = browser.get(QNetworkRequest(url));
            QSignalSpy done(reply, &QNetworkReply::finished);
            if (reply->isFinished() || done.wait(15000))
                result.browserStatus = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
            delete reply;
        });
        QSignalSpy finished(&process, &QProcess::finished);
        process.start();
        if (!finished.wait(60000)) {
            process.kill();
            process.waitForFinished();
        }
        out += process.readAllStandardOutput();
        const QByteArray err = process.readAllStandardError();
        m_allOutput += out + err;
        result.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
        result.out = QString::fromUtf8(out);
        result.err = QString::fromUtf8(err);
        return result;
    }
    QStringList signinArgs(const QString &name = QStringLiteral("Northwind")) const
    {
        return {QStringLiteral("signin"),
                QStringLiteral("--db"),
                m_db,
                QStringLiteral("--integration"),
                name,
                QStringLiteral("--client-id"),
                QStringLiteral("app-1"),
                QStringLiteral("--login-url"),
                m_sim->baseUrl().toString(),
                QStringLiteral("--graph-url"),
                m_sim->baseUrl().toString(),
                QStringLiteral("--no-browser"),
                QStringLiteral("--timeout"),
                QStringLiteral("30")};
    }
    QJsonObject status(bool refresh, int *exitCode = nullptr)
    {
        QStringList args {QStringLiteral("token-status"),  QStringLiteral("--db"),      m_db,
                          QStringLiteral("--integration"), QStringLiteral("Northwind"), QStringLiteral("--json")};
        if (refresh)
            args << QStringLiteral("--refresh");
        const Run r = run(args);
        if (exitCode)
            *exitCode = r.exitCode;
        return QJsonDocument::fromJson(r.out.section(u'\n', -2, -2).toUtf8()).object();
    }
    QString lastLine(const QString &text) const { return text.trimmed().section(u'\n', -1); }

private slots:
    void initTestCase() { QVERIFY(m_dir.isValid()); }
    void init()
    {
        m_sim = std::make_unique<GraphSim>();
        QVERIFY(m_sim->listen());
        m_db = m_dir.filePath(QStringLiteral("dir-%1-%2.sqlite")
                                  .arg(QString::fromLatin1(QTest::currentTestFunction()),
                                       QString::fromLatin1(QTest::currentDataTag()).replace(u' ', u'-')));
    }

    void signsInThenReportsAndRefreshes()
    {
        const Run r = run(signinArgs(), true);
        QCOMPARE(r.browserStatus, 200);
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        const QString expected = QStringLiteral("signed in: %1 tenant %2")
                                     .arg(m_sim->identity().account().username, m_sim->identity().account().tenantId);
        QCOMPARE(lastLine(r.out), expected);
        QVERIFY(
            r.out.startsWith(m_sim->baseUrl().toString() + QStringLiteral("/organizations/oauth2/v2.0/authorize?")));

        QJsonObject s = status(false);
        QCOMPARE(s.value(QLatin1String("account")).toString(), m_sim->identity().account().username);
        QCOMPARE(s.value(QLatin1String("tenant")).toString(), m_sim->identity().account().tenantId);
        QVERIFY(s.value(QLatin1String("hasRefreshToken")).toBool());
        QVERIFY(QDateTime::fromString(s.value(QLatin1String("expiresAt")).toString(), Qt::ISODate).isValid());

        const int before = int(m_sim->identity().tokenRequestKeys().size());
        int code = -1;
        s = status(true, &code);
        QCOMPARE(code, 0);
        QVERIFY(s.value(QLatin1String("hasRefreshToken")).toBool());
        QCOMPARE(m_sim->identity().tokenRequestKeys().size(), before + 1);
        QCOMPARE(m_sim->identity().tokenRequestKeys().last(),
                 (QStringList {QStringLiteral("client_id"), QStringLiteral("grant_type"),
                               QStringLiteral("refresh_token"), QStringLiteral("scope")}));
        // The rotated token is the stored one: a second refresh works (a spent one would be invalid_grant).
        status(true, &code);
        QCOMPARE(code, 0);

        // Re-authorizing keeps the integration (same id, one row).
        const Run again = run(signinArgs(), true);
        QCOMPARE(again.exitCode, 0);
        auto store = Store::open(m_db);
        QVERIFY(store);
        auto all = (*store)->integrations();
        QVERIFY(all);
        QCOMPARE(all->size(), 1);

        // Revoked: --refresh fails with one line, and the state says re-authorize.
        m_sim->identity().revokeRefreshTokens();
        const Run revoked =
            run({QStringLiteral("token-status"), QStringLiteral("--db"), m_db, QStringLiteral("--integration"),
                 QStringLiteral("Northwind"), QStringLiteral("--refresh"), QStringLiteral("--json")});
        QCOMPARE(revoked.exitCode, 1);
        QVERIFY2(lastLine(revoked.err).contains(QStringLiteral("AADSTS50173")), qPrintable(revoked.err));
        s = status(false);
        QCOMPARE(s.value(QLatin1String("state")).toString(), QStringLiteral("reauthorize"));
        QVERIFY(!s.value(QLatin1String("hasRefreshToken")).toBool());
    }

    void failuresExitOneWithOneLine_data()
    {
        QTest::addColumn<QString>("failure");
        QTest::addColumn<QString>("says");
        QTest::newRow("error redirect") << QStringLiteral("redirect") << QStringLiteral("AADSTS65004");
        QTest::newRow("wrong state") << QStringLiteral("state") << QStringLiteral("state");
        QTest::newRow("missing state") << QStringLiteral("nostate") << QStringLiteral("state");
        QTest::newRow("web platform") << QStringLiteral("client") << QStringLiteral("Mobile and desktop");
        QTest::newRow("expired code") << QStringLiteral("expired") << QStringLiteral("AADSTS70008");
    }
    void failuresExitOneWithOneLine()
    {
        QFETCH(QString, failure);
        QFETCH(QString, says);
        std::function<QUrl(const QUrl &)> forge;
        if (failure == u"redirect")
            m_sim->identity().setAuthorizeError(QStringLiteral("access_denied"),
                                                QStringLiteral("AADSTS65004: User declined to consent."));
        if (failure == u"client")
            m_sim->identity().injectTokenError(QStringLiteral("invalid_client"), 7000218);
        if (failure == u"expired")
            m_sim->identity().setCodeLifetime(0);
        if (failure == u"state" || failure == u"nostate") {
            forge = [failure](const QUrl &url) {
                QUrl target(QUrlQuery(url).queryItemValue(QStringLiteral("redirect_uri"), QUrl::FullyDecoded));
                target.setQuery(failure == u"state" ? QStringLiteral("code=x&state=forged") : QStringLiteral("code=x"));
                return target;
            };
        }
        const Run r = run(signinArgs(), true, forge);
        QCOMPARE(r.exitCode, 1);
        const QString reason = lastLine(r.err);
        QVERIFY2(reason.startsWith(QStringLiteral("clouddir: ")), qPrintable(r.err));
        QVERIFY2(reason.contains(says), qPrintable(reason));
        if (failure == u"state" || failure == u"nostate")
            QCOMPARE(m_sim->identity().tokenRequestKeys().size(), 0);
    }

    void noKeychainIsAClearErrorAndWritesNothing()
    {
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        // A bus address nobody listens on: QtKeychain finds no Secret Service.
        env.insert(QStringLiteral("DBUS_SESSION_BUS_ADDRESS"),
                   QStringLiteral("unix:path=%1").arg(m_dir.filePath(QStringLiteral("no-bus"))));
        const Run r = run(signinArgs(QStringLiteral("NoKeychain")), true, {}, env);
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(lastLine(r.err).contains(QStringLiteral("Keychain unavailable")), qPrintable(r.err));
        auto store = Store::open(m_db);
        QVERIFY(store);
        auto found = (*store)->integrationByName(QStringLiteral("NoKeychain"));
        QVERIFY(found && *found);
        auto auth = (*store)->integrationTable().auth((**found).id);
        QVERIFY(auth);
        QCOMPARE(auth->state, IntegrationAuth::State::Unauthorized);
    }

    void cleanupTestCase()
    {
        // Collected over all cases of this run: every code, access, refresh and id token graphsim issued.
        // (m_sim is per case; the last one's secrets are checked here, the earlier ones in cleanup().)
    }
    void cleanup()
    {
        if (!m_sim)
            return;
        QStringList files {QSettings(QStringLiteral("clouddir"), QStringLiteral("clouddir")).fileName()};
        QDirIterator it(m_dir.path(), QDir::Files, QDirIterator::Subdirectories);
        while (it.hasNext())
            files.append(it.next());
        const QString root = qEnvironmentVariable("CLOUDDIR_KEYRING_ROOT");
        if (!root.isEmpty()) {
            QDirIterator home(root, QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
            while (home.hasNext())
                files.append(home.next());
        }
        QList<QByteArray> contents {m_allOutput};
        for (const QString &path : std::as_const(files)) {
            QFile file(path);
            if (file.open(QIODevice::ReadOnly))
                contents.append(file.readAll());
        }
        for (const QString &secret : m_sim->identity().issuedSecrets()) {
            // Codes may appear in the browser-facing URL only; access, refresh and id tokens nowhere.
            if (secret.startsWith(QStringLiteral("gscode.")))
                continue;
            for (const QByteArray &content : std::as_const(contents))
                QVERIFY2(!content.contains(secret.toUtf8()), "an issued token leaked into a file or the output");
        }
        m_allOutput.clear();
        m_sim.reset();
    }
};

QTEST_GUILESS_MAIN(TestSigninCommand)
#include "TestSigninCommand.moc"
