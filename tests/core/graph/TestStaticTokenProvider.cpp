#include "core/graph/StaticTokenProvider.h"

#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

// --access-token-file: one token per file, whitespace trimmed; errors name the file and never its content.
class TestStaticTokenProvider : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void readsTokenFiles_data()
    {
        QTest::addColumn<QByteArray>("content");
        QTest::addColumn<bool>("ok");

        QTest::newRow("plain") << QByteArray("eyJ0.abc.def") << true;
        QTest::newRow("trailing newline") << QByteArray("eyJ0.abc.def\n") << true;
        QTest::newRow("crlf and spaces") << QByteArray("  eyJ0.abc.def\r\n") << true;
        QTest::newRow("empty") << QByteArray("\n") << false;
        QTest::newRow("two lines") << QByteArray("eyJ0.abc\nsecond-secret\n") << false;
        QTest::newRow("words") << QByteArray("Bearer eyJ0-secret") << false;
    }

    void readsTokenFiles()
    {
        QFETCH(QByteArray, content);
        QFETCH(bool, ok);
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString path = dir.filePath(u"token"_s);
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(content);
        file.close();

        const Result<Secret> token = StaticTokenProvider::readTokenFile(path);
        QCOMPARE(token.hasValue(), ok);
        if (ok) {
            QCOMPARE(token->reveal(), QByteArray("eyJ0.abc.def"));
            const StaticTokenProvider provider(*token);
            QCOMPARE(provider.accessToken().reveal(), QByteArray("eyJ0.abc.def"));
            QVERIFY(!provider.canRefresh());
        } else {
            QVERIFY(token.error().message.contains(path));
            QVERIFY(!token.error().message.contains(u"secret"_s));
        }
    }

    void namesAMissingFile()
    {
        const Result<Secret> token = StaticTokenProvider::readTokenFile(u"/nonexistent/clouddir-token"_s);
        QVERIFY(!token.hasValue());
        QVERIFY(token.error().message.contains(u"/nonexistent/clouddir-token"_s));
        QVERIFY(token.error().message.contains(u"--access-token-file"_s));
    }
};

QTEST_GUILESS_MAIN(TestStaticTokenProvider)
#include "TestStaticTokenProvider.moc"
