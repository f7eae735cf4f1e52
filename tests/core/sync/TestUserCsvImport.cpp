#include "core/directory/Store.h"
#include "core/sync/UserCsvImport.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

class TestUserCsvImport : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void parsesEveryColumnAndResolvesManagers()
    {
        const QByteArray csv = "\xEF\xBB\xBFusername,email,firstname,lastname,manager,state,addresses.work.locality,"
                               "phoneNumbers.mobile.number,jobTitle\r\n"
                               "ana,ana@contoso.com,Ana,Lee,boss,active,Lagos,+234 1,\"Engineer, \"\"Senior\"\"\"\r\n"
                               "boss,boss@contoso.com,Bo,Ss,,suspended,,,\r\n"
                               "zoe,zoe@contoso.com,Zoë,山田,existing,,,,\"two\nlines\"\r\n";
        const QList<UserKey> directory {{QStringLiteral("id-existing"), QStringLiteral("Existing"), QString()}};
        Result<QList<User>> users = UserCsvImport::parse(csv, directory);
        QVERIFY2(users.hasValue(), users ? "" : qPrintable(users.error().message));
        QCOMPARE(users->size(), 3);
        const User &ana = users->at(0);
        QCOMPARE(ana.managerId, users->at(1).id);
        QCOMPARE(ana.workLocality, QStringLiteral("Lagos"));
        QCOMPARE(ana.mobilePhone, QStringLiteral("+234 1"));
        QCOMPARE(ana.jobTitle, QStringLiteral("Engineer, \"Senior\""));
        QCOMPARE(users->at(1).state, UserState::Suspended);
        QCOMPARE(users->at(2).managerId, QStringLiteral("id-existing"));
        QCOMPARE(users->at(2).lastname, QStringLiteral("山田"));
        QCOMPARE(users->at(2).jobTitle, QStringLiteral("two\nlines"));
    }

    void rejectsBadFilesNamingTheLine_data()
    {
        QTest::addColumn<QByteArray>("csv");
        QTest::addColumn<QString>("expected");
        QTest::newRow("unknown column") << QByteArray("username,emial\na,b\n") << "Line 1: unknown column 'emial'";
        QTest::newRow("password column") << QByteArray("username,password\na,secret\n")
                                         << "Line 1: unknown column 'password'";
        QTest::newRow("no username column") << QByteArray("email\na@b.com\n") << "no username column";
        QTest::newRow("duplicate column") << QByteArray("username,email,email\n") << "appears twice";
        QTest::newRow("too few cells") << QByteArray("username,email\na,a@b.com\nb\n") << "Line 3: expected 2 cells";
        QTest::newRow("empty username") << QByteArray("username,email\n,a@b.com\n") << "Line 2: the username is empty";
        QTest::newRow("duplicate in file") << QByteArray("username\nann\nx\r\nANN\n") << "Line 4: the username ANN";
        QTest::newRow("exists in directory") << QByteArray("username\nexisting\n") << "Line 2: the username existing";
        QTest::newRow("bad email") << QByteArray("username,email\na,not-mail\n") << "Line 2: email 'not-mail'";
        QTest::newRow("bad state") << QByteArray("username,state\na,gone\n") << "Line 2: state 'gone'";
        QTest::newRow("unknown manager") << QByteArray("username,manager\na,ghost\n") << "Line 2: the manager ghost";
        QTest::newRow("own manager") << QByteArray("username,manager\na,A\n") << "Line 2: a cannot be their own";
        QTest::newRow("cycle") << QByteArray("username,manager\na,b\nb,c\nc,a\nd,a\n") << "cycle (a → b → c → a)";
        QTest::newRow("line after quoted break")
            << QByteArray("username,jobTitle\na,\"x\ny\"\n,z\n") << "Line 4: the username is empty";
        QTest::newRow("unterminated quote") << QByteArray("username\n\"abc\n") << "Line 2";
        QTest::newRow("empty file") << QByteArray() << "The file is empty";
    }

    void rejectsBadFilesNamingTheLine()
    {
        QFETCH(QByteArray, csv);
        QFETCH(QString, expected);
        const QList<UserKey> directory {{QStringLiteral("id-1"), QStringLiteral("existing"), QString()}};
        Result<QList<User>> users = UserCsvImport::parse(csv, directory);
        QVERIFY(!users.hasValue());
        QVERIFY2(users.error().message.contains(expected), qPrintable(users.error().message));
    }

    void importFileIsAllOrNothing()
    {
        QTemporaryDir dir;
        Result<std::unique_ptr<Store>> store = Store::open(dir.filePath(QStringLiteral("d.sqlite")));
        QVERIFY(store.hasValue());
        const QString good = dir.filePath(QStringLiteral("good.csv"));
        const QString bad = dir.filePath(QStringLiteral("bad.csv"));
        for (const auto &[path, content] : {std::pair {good, QByteArray("username,manager\nboss,\nana,boss\n")},
                                            std::pair {bad, QByteArray("username,manager\ncarl,\ndee,nobody\n")}}) {
            QFile file(path);
            QVERIFY(file.open(QIODevice::WriteOnly));
            file.write(content);
        }
        QCOMPARE(UserCsvImport::importFile(**store, good).value(), 2);
        QCOMPARE(store.value()->userByUsername(QStringLiteral("ana")).value()->managerId,
                 store.value()->userByUsername(QStringLiteral("boss")).value()->id);
        Result<int> failed = UserCsvImport::importFile(**store, bad);
        QVERIFY(!failed.hasValue());
        QVERIFY(failed.error().message.contains(QStringLiteral("Line 3")));
        QCOMPARE(store.value()->userCount().value(), 2);
    }
};

QTEST_GUILESS_MAIN(TestUserCsvImport)
#include "TestUserCsvImport.moc"
