#include "StoreTestSupport.h"
#include "TestDatabase.h"

#include "core/directory/Store.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTest>
#include <QUrl>
#include <QUrlQuery>

#include <unistd.h>

using namespace std::chrono_literals;

// How the Store fails: locked and read-only SQLite files, unreachable servers, schemas from the future.
class TestStoreErrors : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase_data() { addBackendRows(); }
    void init();
    void cleanup();

    void refusesNewerSchema();
    void reportsLockedSqliteFile();
    void reportsReadOnlySqliteFile_data();
    void reportsReadOnlySqliteFile();
    void reportsUnreachableDatabase_data();
    void reportsUnreachableDatabase();

private:
    std::unique_ptr<TestDatabase> m_db;
    QStringList m_immutable; // paths made immutable with chattr, undone in cleanup()
};

namespace {

User namedUser(const QString &username)
{
    User user;
    user.username = username;
    return user;
}

// Makes path unwritable even for root: chattr +i where we may (root), chmod elsewhere. False when neither works.
bool makeUnwritable(const QString &path, bool isFolder, QStringList &immutable)
{
    if (::geteuid() == 0) {
        if (QProcess::execute(QStringLiteral("chattr"), {QStringLiteral("+i"), path}) != 0)
            return false;
        immutable.append(path);
        return true;
    }
    const QFile::Permissions readOnly = isFolder
                                            ? QFile::ReadOwner | QFile::ExeOwner | QFile::ReadGroup | QFile::ExeGroup
                                            : QFile::ReadOwner | QFile::ReadGroup | QFile::ReadOther;
    return QFile::setPermissions(path, readOnly);
}

} // namespace

void TestStoreErrors::init()
{
    QFETCH_GLOBAL(QString, backend);
    SKIP_OR_FAIL_WITHOUT_PG(backend);
    m_db = std::make_unique<TestDatabase>(backend);
    QVERIFY2(m_db->error().isEmpty(), qPrintable(m_db->error()));
}

void TestStoreErrors::cleanup()
{
    for (const QString &path : std::as_const(m_immutable))
        QProcess::execute(QStringLiteral("chattr"), {QStringLiteral("-i"), path});
    m_immutable.clear();
    if (m_db && !m_db->isPostgres())
        QFile::setPermissions(m_db->folder(), QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
    m_db.reset();
}

void TestStoreErrors::refusesNewerSchema()
{
    {
        auto store = Store::open(m_db->spec());
        QVERIFY_RESULT(store);
    }
    QString error;
    m_db->exec(QStringLiteral("INSERT INTO schema_migrations (version, applied_at) VALUES (9999, 0)"), &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    auto refused = Store::open(m_db->spec());
    QVERIFY(!refused);
    QVERIFY2(refused.error().message.contains(u"schema version 9999"), qPrintable(refused.error().message));
    QVERIFY2(refused.error().message.contains(u"Update clouddir"), qPrintable(refused.error().message));
}

void TestStoreErrors::reportsLockedSqliteFile()
{
    if (m_db->isPostgres())
        QSKIP("SQLite file locks only; PostgreSQL waits for row locks instead.");
    auto opened = Store::open(m_db->spec(), 300ms);
    QVERIFY_RESULT(opened);
    Store &store = **opened;
    QVERIFY_RESULT(store.insertUsers({namedUser(QStringLiteral("alice"))}));

    const QString other = QStringLiteral("other-program");
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), other);
        db.setDatabaseName(m_db->spec());
        db.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=100"));
        QVERIFY(db.open());
        QSqlQuery lock(db);
        QVERIFY2(lock.exec(QStringLiteral("BEGIN EXCLUSIVE")), qPrintable(lock.lastError().text()));

        auto inserted = store.insertUsers({namedUser(QStringLiteral("bob")), namedUser(QStringLiteral("carol"))});
        QVERIFY(!inserted);
        QVERIFY2(inserted.error().message.contains(u"is locked by another program"),
                 qPrintable(inserted.error().message));
        QVERIFY2(inserted.error().message.contains(m_db->spec()), qPrintable(inserted.error().message));
        QVERIFY(lock.exec(QStringLiteral("ROLLBACK")));
    }
    QSqlDatabase::removeDatabase(other);
    auto count = store.userCount();
    QVERIFY_RESULT(count);
    QCOMPARE(*count, 1);
    // The lock is gone: writing works again.
    QVERIFY_RESULT(store.insertUsers({namedUser(QStringLiteral("bob"))}));
}

void TestStoreErrors::reportsReadOnlySqliteFile_data()
{
    QTest::addColumn<bool>("folder");
    QTest::newRow("file") << false;
    QTest::newRow("folder") << true;
}

void TestStoreErrors::reportsReadOnlySqliteFile()
{
    QFETCH(bool, folder);
    if (m_db->isPostgres())
        QSKIP("SQLite files only.");
    {
        auto store = Store::open(m_db->spec());
        QVERIFY_RESULT(store);
        QVERIFY_RESULT((*store)->insertUsers({namedUser(QStringLiteral("alice"))}));
    }
    const QString path = folder ? m_db->folder() : m_db->spec();
    if (!makeUnwritable(path, folder, m_immutable))
        QSKIP("Running as root without CAP_LINUX_IMMUTABLE: chattr +i failed and chmod does not stop root.");
    auto refused = Store::open(m_db->spec());
    QVERIFY(!refused);
    QVERIFY2(refused.error().message.contains(u"is read-only"), qPrintable(refused.error().message));
    QVERIFY2(refused.error().message.contains(m_db->spec()), qPrintable(refused.error().message));
}

void TestStoreErrors::reportsUnreachableDatabase_data()
{
    // %1 is the test's temporary folder, %2 the cluster's socket folder and port ("socket folder /x, port 1").
    QTest::addColumn<QString>("sqliteSpec");
    QTest::addColumn<QString>("pgSpec");
    QTest::addColumn<QString>("expected");
    QTest::newRow("no server on socket")
        << QString() << QStringLiteral("postgresql://clouddir:s3cret-pw@/nowhere?host=%1&port=1")
        << QStringLiteral("Cannot connect to the PostgreSQL server at socket folder %1, port 1 (database nowhere)");
    QTest::newRow("no server on tcp")
        << QString() << QStringLiteral("postgresql://clouddir:s3cret-pw@127.0.0.1:1/nowhere")
        << QStringLiteral("Cannot connect to the PostgreSQL server at 127.0.0.1:1 (database nowhere)");
    QTest::newRow("unknown role") << QString() << QStringLiteral("postgresql://nobody_here:s3cret-pw@/clouddir_test?%2")
                                  << QStringLiteral("has no database clouddir_test or user nobody_here");
    QTest::newRow("unknown database") << QString() << QStringLiteral("postgresql://clouddir:s3cret-pw@/no_such_db?%2")
                                      << QStringLiteral("has no database no_such_db or user clouddir");
    QTest::newRow("missing folder") << QStringLiteral("%1/missing/directory.sqlite") << QString()
                                    << QStringLiteral("the folder %1/missing does not exist");
    QTest::newRow("not a database") << QStringLiteral("%1/garbage.sqlite") << QString()
                                    << QStringLiteral("is not a clouddir directory database");
}

void TestStoreErrors::reportsUnreachableDatabase()
{
    QFETCH(QString, sqliteSpec);
    QFETCH(QString, pgSpec);
    QFETCH(QString, expected);
    QString spec = m_db->isPostgres() ? pgSpec : sqliteSpec;
    if (spec.isEmpty())
        QSKIP("Not a case for this engine.");
    QString cluster;
    if (m_db->isPostgres()) {
        const QUrlQuery query(QUrl(m_db->spec()));
        cluster = QStringLiteral("host=%1&port=%2")
                      .arg(query.queryItemValue(QStringLiteral("host")), query.queryItemValue(QStringLiteral("port")));
        if (cluster == u"host=&port=")
            QSKIP("These rows expect CLOUDDIR_TEST_PG to name a socket cluster (scripts/pg-cluster.sh).");
    }
    spec.replace(QStringLiteral("%1"), m_db->folder()).replace(QStringLiteral("%2"), cluster);
    expected.replace(QStringLiteral("%1"), m_db->folder());
    QFile garbage(m_db->folder() + QStringLiteral("/garbage.sqlite"));
    QVERIFY(garbage.open(QIODevice::WriteOnly));
    garbage.write(QByteArray(4096, 'x'));
    garbage.close();

    auto refused = Store::open(spec);
    QVERIFY(!refused);
    QVERIFY2(refused.error().message.contains(expected), qPrintable(refused.error().message));
    QVERIFY2(!refused.error().message.contains(u"s3cret"), qPrintable(refused.error().message));
}

QTEST_GUILESS_MAIN(TestStoreErrors)
#include "TestStoreErrors.moc"
