#include "core/directory/DatabaseSpec.h"

#include <QDir>
#include <QTest>

// Parsing the --db argument: SQLite paths and libpq-style PostgreSQL URLs.
class TestDatabaseSpec : public QObject
{
    Q_OBJECT

private slots:
    void parses_data();
    void parses();
    void refuses_data();
    void refuses();
};

Q_DECLARE_METATYPE(DatabaseSpec)

void TestDatabaseSpec::parses_data()
{
    QTest::addColumn<QString>("spec");
    QTest::addColumn<DatabaseSpec>("expected");
    QTest::addColumn<QString>("shown");

    DatabaseSpec sqlite;
    sqlite.path = QStringLiteral("/var/lib/clouddir/dir.sqlite");
    QTest::newRow("sqlite absolute") << sqlite.path << sqlite << sqlite.path;
    DatabaseSpec relative;
    relative.path = QDir::current().absoluteFilePath(QStringLiteral("dir.sqlite"));
    QTest::newRow("sqlite relative") << QStringLiteral("dir.sqlite") << relative << relative.path;

    DatabaseSpec tcp;
    tcp.engine = DatabaseSpec::Engine::Postgres;
    tcp.host = QStringLiteral("db.example.org");
    tcp.port = 6543;
    tcp.database = QStringLiteral("directory");
    tcp.user = QStringLiteral("admin");
    tcp.password = QStringLiteral("p@ss:w/rd");
    QTest::newRow("tcp with password") << QStringLiteral(
        "postgresql://admin:p%40ss%3Aw%2Frd@db.example.org:6543/directory")
                                       << tcp
                                       << QStringLiteral("\"directory\" (PostgreSQL, user admin, db.example.org:6543)");
    DatabaseSpec socket;
    socket.engine = DatabaseSpec::Engine::Postgres;
    socket.host = QStringLiteral("/tmp/pg.x");
    socket.port = 54329;
    socket.database = QStringLiteral("clouddir_test");
    socket.user = QStringLiteral("clouddir");
    QTest::newRow("socket") << QStringLiteral("postgresql://clouddir@/clouddir_test?host=/tmp/pg.x&port=54329")
                            << socket
                            << QStringLiteral(
                                   "\"clouddir_test\" (PostgreSQL, user clouddir, socket /tmp/pg.x, port 54329)");
    DatabaseSpec defaults = socket;
    defaults.host = QStringLiteral("localhost");
    defaults.port = 5432;
    QTest::newRow("default host and port")
        << QStringLiteral("postgres://clouddir@/clouddir_test") << defaults
        << QStringLiteral("\"clouddir_test\" (PostgreSQL, user clouddir, localhost:5432)");
}

void TestDatabaseSpec::parses()
{
    QFETCH(QString, spec);
    QFETCH(DatabaseSpec, expected);
    QFETCH(QString, shown);
    auto parsed = DatabaseSpec::parse(spec);
    QVERIFY2(parsed, parsed ? "" : qPrintable(parsed.error().message));
    QCOMPARE(parsed->engine, expected.engine);
    QCOMPARE(parsed->path, expected.path);
    QCOMPARE(parsed->host, expected.host);
    QCOMPARE(parsed->port, expected.port);
    QCOMPARE(parsed->database, expected.database);
    QCOMPARE(parsed->user, expected.user);
    QCOMPARE(parsed->password, expected.password);
    QCOMPARE(parsed->displayName(), shown);
    QVERIFY(expected.password.isEmpty() || !parsed->displayName().contains(expected.password));
}

void TestDatabaseSpec::refuses_data()
{
    QTest::addColumn<QString>("spec");
    QTest::addColumn<QString>("says");
    QTest::newRow("empty") << QString() << QStringLiteral("No directory database given");
    QTest::newRow("no database") << QStringLiteral("postgresql://u:secret@host:5432/")
                                 << QStringLiteral("names no database");
    QTest::newRow("bad port") << QStringLiteral("postgresql://u:secret@/db?host=/tmp&port=x") << QStringLiteral("port");
    QTest::newRow("invalid url") << QStringLiteral("postgresql://u:secret@host:99999999/db")
                                 << QStringLiteral("not valid");
}

void TestDatabaseSpec::refuses()
{
    QFETCH(QString, spec);
    QFETCH(QString, says);
    auto parsed = DatabaseSpec::parse(spec);
    QVERIFY(!parsed);
    QVERIFY2(parsed.error().message.contains(says), qPrintable(parsed.error().message));
    QVERIFY2(!parsed.error().message.contains(u"secret"), qPrintable(parsed.error().message));
}

QTEST_GUILESS_MAIN(TestDatabaseSpec)
#include "TestDatabaseSpec.moc"
