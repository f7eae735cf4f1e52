#include "core/common/Secret.h"

#include <QDebug>
#include <QTest>

#include <type_traits>

// Secret must not leak through QDebug and must not convert to or from text implicitly.
static_assert(!std::is_convertible_v<Secret, QByteArray>);
static_assert(!std::is_convertible_v<Secret, QString>);
static_assert(!std::is_convertible_v<QByteArray, Secret>);
static_assert(!std::is_convertible_v<const char *, Secret>);

class TestSecret : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void debugPrintsRedacted_data()
    {
        QTest::addColumn<QByteArray>("value");
        QTest::newRow("token") << QByteArrayLiteral("eyJ0eXAiOiJKV1QiLCJhbGciOiJSUzI1NiJ9.secret-payload");
        QTest::newRow("empty") << QByteArray();
    }

    void debugPrintsRedacted()
    {
        QFETCH(QByteArray, value);
        const Secret secret(value);
        QString printed;
        QDebug(&printed) << "token:" << secret;
        QCOMPARE(printed.trimmed(), QStringLiteral("token: <redacted>"));
        if (!value.isEmpty()) {
            QVERIFY(!printed.contains(QString::fromLatin1(value)));
        }
    }

    void revealGivesTheBytes()
    {
        const Secret secret(QByteArrayLiteral("abc"));
        QCOMPARE(secret.reveal(), QByteArrayLiteral("abc"));
        QVERIFY(!secret.isEmpty());
        QVERIFY(Secret().isEmpty());
        QCOMPARE(secret, Secret(QByteArrayLiteral("abc")));
    }

    void clearEmptiesWithoutTouchingCopies()
    {
        Secret a(QByteArrayLiteral("shared-token"));
        Secret b = a;
        a.clear();
        QVERIFY(a.isEmpty());
        QCOMPARE(b.reveal(), QByteArrayLiteral("shared-token"));
        b.clear();
        QVERIFY(b.isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestSecret)
#include "TestSecret.moc"
