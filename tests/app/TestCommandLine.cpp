#include "core/csv/CsvReader.h"
#include "core/directory/Store.h"
#include "tests/app/ClouddirRun.h"
#include "tests/graphsim/GraphSim.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSignalSpy>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>

Q_DECLARE_METATYPE(GraphSimFault)

namespace {

using Run = ClouddirRun;

GraphSimFault fault(GraphSimFault::Kind kind, int status = 200, int retryAfter = -1)
{
    GraphSimFault f;
    f.method = QStringLiteral("GET");
    f.pathPattern = QStringLiteral("^/v1\\.0/users$");
    f.kind = kind;
    f.status = status;
    f.retryAfter = retryAfter;
    f.count = -1;
    return f;
}

} // namespace

// Runs the real clouddir binary against an in-process graphsim, as an admin or a script would.
class TestCommandLine : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<GraphSim> m_sim;
    QString m_tokenFile;
    QString m_db;

    Run run(const QStringList &arguments, int timeoutMs = 60000) { return runClouddir(arguments, timeoutMs); }

    QStringList graphArgs() const
    {
        return {QStringLiteral("--graph-url"), m_sim->baseUrl().toString(), QStringLiteral("--access-token-file"),
                m_tokenFile};
    }

    int directoryUsers()
    {
        Result<std::unique_ptr<Store>> store = Store::open(m_db);
        return store ? store.value()->userCount().value() : -1;
    }

private Q_SLOTS:
    void init()
    {
        QVERIFY(m_dir.isValid());
        m_sim = std::make_unique<GraphSim>();
        m_sim->generateUsers(1500, 11);
        m_sim->setAcceptedTokens({QStringLiteral("cli-token")});
        QVERIFY(m_sim->listen() != 0);
        m_tokenFile = m_dir.filePath(QStringLiteral("token"));
        QFile token(m_tokenFile);
        QVERIFY(token.open(QIODevice::WriteOnly));
        token.write("cli-token\n");
        token.close();
        // A directory with one user in it: every failure below must leave exactly that.
        m_db = m_dir.filePath(QStringLiteral("directory-%1.sqlite").arg(QTest::currentTestFunction()));
        QFile::remove(m_db);
        Result<std::unique_ptr<Store>> store = Store::open(m_db);
        QVERIFY(store.hasValue());
        User existing;
        existing.username = QStringLiteral("existing");
        existing.email = QStringLiteral("existing@contoso.com");
        QVERIFY(store.value()->insertUsers({existing}).hasValue());
    }

    void cleanup() { m_sim.reset(); }

    void versionAndHelpNeedNoDisplay()
    {
        Run version = run({QStringLiteral("--version")});
        QCOMPARE(version.exitCode, 0);
        QCOMPARE(version.out.trimmed(), QStringLiteral("clouddir 0.1.0"));
        Run help = run({QStringLiteral("--help")});
        QCOMPARE(help.exitCode, 0);
        QVERIFY(help.out.contains(QStringLiteral("import-preview")));
        QVERIFY(help.out.contains(QStringLiteral("import ")));
    }

    void previewWritesEveryEnabledAccount()
    {
        const QString csv = m_dir.filePath(QStringLiteral("preview.csv"));
        Run result =
            run(QStringList {QStringLiteral("import-preview")} + graphArgs()
                + QStringList {QStringLiteral("--db"), m_db, QStringLiteral("--out"), csv, QStringLiteral("--json")});
        QCOMPARE(result.exitCode, 0);
        QCOMPARE(result.err, QString());
        const QJsonObject summary = QJsonDocument::fromJson(result.out.toUtf8()).object();
        int enabled = 0;
        for (const QJsonObject &user : m_sim->users())
            enabled += user.value(QStringLiteral("accountEnabled")).toBool() ? 1 : 0;
        QCOMPARE(summary.value(QStringLiteral("rows")).toInt(), enabled);
        QCOMPARE(summary.value(QStringLiteral("requests")).toInt(), 2); // $top=999
        QVERIFY(summary.contains(QStringLiteral("seconds")));

        QFile file(csv);
        QVERIFY(file.open(QIODevice::ReadOnly));
        Result<QList<QStringList>> rows = CsvReader::parse(file.readAll());
        QVERIFY(rows.hasValue());
        QCOMPARE(rows->size(), enabled + 1);
        QCOMPARE(rows->first().join(QLatin1Char(',')),
                 QStringLiteral("id,userPrincipalName,givenName,surname,displayName,mail,jobTitle,department,match"));
        QVERIFY(!result.out.contains(QStringLiteral("cli-token")));
        QCOMPARE(directoryUsers(), 1);
    }

    void oddCharactersSurviveTheCsv()
    {
        QJsonObject odd {{QStringLiteral("id"), QStringLiteral("00000000-0000-0000-0000-000000000001")},
                         {QStringLiteral("accountEnabled"), true},
                         {QStringLiteral("userPrincipalName"), QStringLiteral("odd@contoso.com")},
                         {QStringLiteral("givenName"), QStringLiteral("Zoë \"Z\", Jr.")},
                         {QStringLiteral("surname"), QStringLiteral("山田\r\nsecond line")},
                         {QStringLiteral("displayName"), QStringLiteral("=HYPERLINK(\"x\") 😀")},
                         {QStringLiteral("mail"), QJsonValue::Null},
                         {QStringLiteral("jobTitle"), QStringLiteral("+1, -2, @3")},
                         {QStringLiteral("department"), QStringLiteral("\tTabbed")}};
        m_sim->setUsers({odd});
        const QString csv = m_dir.filePath(QStringLiteral("odd.csv"));
        Run result = run(QStringList {QStringLiteral("import-preview")} + graphArgs()
                         + QStringList {QStringLiteral("--out"), csv});
        QCOMPARE(result.exitCode, 0);
        QFile file(csv);
        QVERIFY(file.open(QIODevice::ReadOnly));
        Result<QList<QStringList>> rows = CsvReader::parse(file.readAll());
        QVERIFY(rows.hasValue());
        QCOMPARE(rows->size(), 2);
        const QStringList expected {QStringLiteral("00000000-0000-0000-0000-000000000001"),
                                    QStringLiteral("odd@contoso.com"),
                                    QStringLiteral("Zoë \"Z\", Jr."),
                                    QStringLiteral("山田\r\nsecond line"),
                                    QStringLiteral("'=HYPERLINK(\"x\") 😀"),
                                    QString(),
                                    QStringLiteral("'+1, -2, @3"),
                                    QStringLiteral("'\tTabbed"),
                                    QStringLiteral("new")};
        QCOMPARE(rows->at(1), expected);
    }

    void badInputFailsWithOneLineAndLeavesTheDirectory_data()
    {
        QTest::addColumn<GraphSimFault>("injected");
        QTest::addColumn<QStringList>("extra");
        QTest::addColumn<QString>("expected");

        QTest::newRow("401 token rejected") << GraphSimFault {} << QStringList {QStringLiteral("--bad-token")}
                                            << QStringLiteral("HTTP 401 InvalidAuthenticationToken");
        QTest::newRow("403 insufficient privileges")
            << fault(GraphSimFault::Kind::Status, 403) << QStringList() << QStringLiteral("HTTP 403");
        QTest::newRow("unreachable host")
            << GraphSimFault {} << QStringList {QStringLiteral("--closed-port")} << QStringLiteral("refused");
        QTest::newRow("connection dropped mid-page")
            << fault(GraphSimFault::Kind::DropConnection)
            << QStringList {QStringLiteral("--max-attempts"), QStringLiteral("2")} << QStringLiteral("dropped");
        QTest::newRow("malformed JSON") << fault(GraphSimFault::Kind::MalformedJson) << QStringList()
                                        << QStringLiteral("JSON");
        QTest::newRow("page without value")
            << fault(GraphSimFault::Kind::MissingValue) << QStringList() << QStringLiteral("value");
        QTest::newRow("nextLink to another host")
            << fault(GraphSimFault::Kind::ForeignNextLink) << QStringList() << QStringLiteral("evil.example.invalid");
        QTest::newRow("429 beyond the retry budget")
            << fault(GraphSimFault::Kind::Status, 429, 0) << QStringList() << QStringLiteral("429");
    }

    void badInputFailsWithOneLineAndLeavesTheDirectory()
    {
        QFETCH(GraphSimFault, injected);
        QFETCH(QStringList, extra);
        QFETCH(QString, expected);

        if (!injected.pathPattern.isEmpty())
            m_sim->addFault(injected);
        QStringList arguments = graphArgs();
        if (extra.removeAll(QStringLiteral("--bad-token")) > 0) {
            QFile token(m_tokenFile);
            QVERIFY(token.open(QIODevice::WriteOnly | QIODevice::Truncate));
            token.write("not-the-token");
        }
        if (extra.removeAll(QStringLiteral("--closed-port")) > 0) {
            QTcpServer probe;
            QVERIFY(probe.listen(QHostAddress::LocalHost));
            const quint16 port = probe.serverPort();
            probe.close(); // nothing listens there now
            arguments[1] = QStringLiteral("http://127.0.0.1:%1").arg(port);
        }
        const QString csv = m_dir.filePath(QStringLiteral("never.csv"));
        for (const QString &command : {QStringLiteral("import-preview"), QStringLiteral("import")}) {
            QStringList all = QStringList {command} + arguments + extra + QStringList {QStringLiteral("--db"), m_db};
            all += command == u"import" ? QStringList {QStringLiteral("--all")}
                                        : QStringList {QStringLiteral("--out"), csv};
            Run result = run(all);
            QCOMPARE(result.exitCode, 1);
            QVERIFY2(result.err.endsWith(QLatin1Char('\n')) && result.err.count(QLatin1Char('\n')) == 1,
                     qPrintable(result.err));
            QVERIFY2(result.err.startsWith(QStringLiteral("clouddir: ")), qPrintable(result.err));
            QVERIFY2(result.err.contains(expected), qPrintable(result.err));
            QVERIFY(!result.err.contains(QStringLiteral("cli-token")));
            QCOMPARE(result.out, QString());
            QVERIFY2(!QFile::exists(csv), "a failed preview must not leave a CSV behind");
            QCOMPARE(directoryUsers(), 1);
        }
    }

    void unwritableCsvFailsBeforeListing()
    {
        Run result = run(QStringList {QStringLiteral("import-preview")} + graphArgs()
                         + QStringList {QStringLiteral("--out"), m_dir.filePath(QStringLiteral("no/such/dir/x.csv"))});
        QCOMPARE(result.exitCode, 1);
        QVERIFY2(result.err.contains(QStringLiteral("does not exist")), qPrintable(result.err));
        QCOMPARE(m_sim->countRequests(QStringLiteral("GET"), QStringLiteral("^/v1\\.0/users")), 0);
    }

    void lockedDirectoryFailsAndWritesNothing()
    {
        // Another program holds the write lock for the whole run.
        QSqlDatabase other = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("locker"));
        other.setDatabaseName(m_db);
        QVERIFY(other.open());
        QSqlQuery lock(other);
        QVERIFY(lock.exec(QStringLiteral("BEGIN EXCLUSIVE")));
        Run result = run(QStringList {QStringLiteral("import")} + graphArgs()
                         + QStringList {QStringLiteral("--db"), m_db, QStringLiteral("--all")});
        QVERIFY(lock.exec(QStringLiteral("ROLLBACK")));
        lock = QSqlQuery();
        other.close();
        other = QSqlDatabase();
        QSqlDatabase::removeDatabase(QStringLiteral("locker"));
        QCOMPARE(result.exitCode, 1);
        QVERIFY2(result.err.contains(QStringLiteral("locked")), qPrintable(result.err));
        QCOMPARE(result.err.count(QLatin1Char('\n')), 1);
        QCOMPARE(directoryUsers(), 1);
    }

    void upnPrintsOneObjectPerEmailInOrder()
    {
        Run result = run({QStringLiteral("upn"), QStringLiteral("--json"), QStringLiteral("--domains"),
                          QStringLiteral("contoso.com,fabrikam.com"), QStringLiteral("--default-domain"),
                          QStringLiteral("contoso.com"), QStringLiteral("--"), QStringLiteral("eve@gmail.com"),
                          QStringLiteral("ana@contoso.com"), QStringLiteral("bad"), QStringLiteral("ana@gmail.com")});
        QCOMPARE(result.exitCode, 0);
        const QJsonArray array = QJsonDocument::fromJson(result.out.toUtf8()).array();
        QCOMPARE(array.size(), 4);
        const QStringList emails {"eve@gmail.com", "ana@contoso.com", "bad", "ana@gmail.com"};
        const QStringList reasons {"translated", "listed", "invalid-email", "collision"};
        for (int i = 0; i < 4; ++i) {
            const QJsonObject object = array.at(i).toObject();
            QCOMPARE(object.keys().size(), 4);
            QCOMPARE(object.value(QStringLiteral("email")).toString(), emails.at(i));
            QCOMPARE(object.value(QStringLiteral("reason")).toString(), reasons.at(i));
            QCOMPARE(object.value(QStringLiteral("sync")).toBool(), i < 2);
        }
        QCOMPARE(array.at(0).toObject().value(QStringLiteral("upn")).toString(), QStringLiteral("eve@contoso.com"));
        QVERIFY(array.at(2).toObject().value(QStringLiteral("upn")).isNull());

        Run empty = run({QStringLiteral("upn"), QStringLiteral("--json"), QStringLiteral("--domains"), QString(),
                         QStringLiteral("--verified"), QStringLiteral("contoso.com"), QStringLiteral("--"),
                         QStringLiteral("x@gmail.com")});
        QCOMPARE(empty.exitCode, 0);
        QCOMPARE(QJsonDocument::fromJson(empty.out.toUtf8()).array().at(0).toObject().value("reason").toString(),
                 QStringLiteral("not-verified"));
    }

    void upnRejectsBadConfigurationsInOneLine_data()
    {
        QTest::addColumn<QStringList>("options");
        QTest::newRow("default without list") << QStringList {"--default-domain", "contoso.com"};
        QTest::newRow("default not listed")
            << QStringList {"--domains", "fabrikam.com", "--default-domain", "contoso.com"};
        QTest::newRow("listed but not verified")
            << QStringList {"--domains", "gmail.com", "--verified", "contoso.com,fabrikam.com"};
    }

    void upnRejectsBadConfigurationsInOneLine()
    {
        QFETCH(QStringList, options);
        Run result = run(QStringList {QStringLiteral("upn"), QStringLiteral("--json")} + options
                         + QStringList {QStringLiteral("--"), QStringLiteral("ana@contoso.com")});
        QCOMPARE(result.exitCode, 1);
        QCOMPARE(result.out, QString());
        QCOMPARE(result.err.count(QLatin1Char('\n')), 1);
        QVERIFY(result.err.startsWith(QStringLiteral("clouddir: ")));
    }

    void importByUpnAddsOnlyThoseUsers()
    {
        const QString upn = m_sim->users().at(0).value(QStringLiteral("userPrincipalName")).toString();
        Run result = run(QStringList {QStringLiteral("import")} + graphArgs()
                         + QStringList {QStringLiteral("--db"), m_db, QStringLiteral("--upn"), upn.toUpper(),
                                        QStringLiteral("--json")});
        QCOMPARE(result.exitCode, 0);
        QCOMPARE(QJsonDocument::fromJson(result.out.toUtf8()).object().value(QStringLiteral("imported")).toInt(), 1);
        QCOMPARE(directoryUsers(), 2);

        Run unknown = run(QStringList {QStringLiteral("import")} + graphArgs()
                          + QStringList {QStringLiteral("--db"), m_db, QStringLiteral("--upn"),
                                         QStringLiteral("nobody@contoso.com")});
        QCOMPARE(unknown.exitCode, 1);
        QVERIFY(unknown.err.contains(QStringLiteral("nobody@contoso.com")));
        QCOMPARE(directoryUsers(), 2);
    }
};

QTEST_GUILESS_MAIN(TestCommandLine)
#include "TestCommandLine.moc"
