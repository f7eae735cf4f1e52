#include "core/sync/ImportMatcher.h"

#include <QTest>

Q_DECLARE_METATYPE(M365User)
Q_DECLARE_METATYPE(UserKey)

namespace {

M365User account(const QString &id, const QString &upn, const QString &mail = QString())
{
    M365User user;
    user.id = id;
    user.userPrincipalName = upn;
    user.mail = mail;
    return user;
}

UserKey dirUser(const QString &username, const QString &email)
{
    return UserKey {QStringLiteral("id-") + username, username, email};
}

} // namespace

class TestImportMatcher : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init() { QTest::failOnWarning(QRegularExpression(QStringLiteral(".*"))); }

    void matchesSingleRow_data()
    {
        QTest::addColumn<QList<UserKey>>("directory");
        QTest::addColumn<QStringList>("bound");
        QTest::addColumn<M365User>("row");
        QTest::addColumn<QString>("expected");
        QTest::addColumn<QString>("username");

        const QList<UserKey> dir {dirUser(QStringLiteral("ana.lee"), QStringLiteral("Ana.Lee@Contoso.com")),
                                  dirUser(QStringLiteral("ben"), QStringLiteral("ben@contoso.com")),
                                  dirUser(QStringLiteral("carl"), QStringLiteral("shared@contoso.com")),
                                  dirUser(QStringLiteral("dora"), QStringLiteral("SHARED@contoso.com"))};
        QTest::newRow("new account") << dir << QStringList() << account("1", "zoe@contoso.com") << "new"
                                     << "zoe";
        QTest::newRow("upn matches email case-insensitively")
            << dir << QStringList() << account("1", "ana.lee@contoso.com") << "matches ana.lee"
            << "ana.lee";
        QTest::newRow("mail matches email")
            << dir << QStringList() << account("1", "b.x@contoso.onmicrosoft.com", "BEN@contoso.com") << "matches ben"
            << "ben";
        QTest::newRow("two directory users claim it")
            << dir << QStringList() << account("1", "shared@contoso.com") << "conflict"
            << "";
        QTest::newRow("proposed username taken")
            << dir << QStringList() << account("1", "Ben@fabrikam.com") << "conflict"
            << "Ben";
        QTest::newRow("already bound") << dir << QStringList {QStringLiteral("1")}
                                       << account("1", "ana.lee@contoso.com") << "already bound"
                                       << "ana.lee";
        QTest::newRow("bound wins over conflict")
            << dir << QStringList {QStringLiteral("7")} << account("7", "shared@contoso.com") << "already bound"
            << "";
        QTest::newRow("no upn") << dir << QStringList() << account("1", QString()) << "conflict"
                                << "";
    }

    void matchesSingleRow()
    {
        QFETCH(QList<UserKey>, directory);
        QFETCH(QStringList, bound);
        QFETCH(M365User, row);
        QFETCH(QString, expected);
        QFETCH(QString, username);

        ImportMatcher matcher;
        matcher.setDirectory(directory, QSet<QString>(bound.cbegin(), bound.cend()));
        QVERIFY(matcher.addRows({row}).isEmpty());
        QCOMPARE(matcher.match(0).text(), expected);
        QCOMPARE(matcher.match(0).username, username);
        if (matcher.match(0).kind == ImportMatch::Kind::Conflict)
            QVERIFY2(!matcher.match(0).reason.isEmpty(), "a conflict must say why");
    }

    void laterPageTurnsEarlierRowIntoConflict()
    {
        ImportMatcher matcher;
        matcher.setDirectory({}, {});
        QVERIFY(matcher.addRows({account("1", "a@contoso.com"), account("2", "b@contoso.com")}).isEmpty());
        QCOMPARE(matcher.match(1).text(), QStringLiteral("new"));

        // A later account whose mail is row 1's UPN: both are now ambiguous.
        const QList<int> changed = matcher.addRows({account("3", "c@contoso.com", "B@contoso.com")});
        QCOMPARE(changed, QList<int> {1});
        QCOMPARE(matcher.match(1).text(), QStringLiteral("conflict"));
        QCOMPARE(matcher.match(2).text(), QStringLiteral("conflict"));
        QVERIFY(matcher.match(2).reason.contains(QStringLiteral("b@contoso.com")));
        QCOMPARE(matcher.match(0).text(), QStringLiteral("new"));
    }

    void sameLocalPartInTwoDomainsConflicts()
    {
        ImportMatcher matcher;
        matcher.setDirectory({}, {});
        matcher.addRows({account("1", "sam@contoso.com")});
        QCOMPARE(matcher.addRows({account("2", "Sam@fabrikam.com")}), QList<int> {0});
        QCOMPARE(matcher.match(0).kind, ImportMatch::Kind::Conflict);
        QCOMPARE(matcher.match(1).kind, ImportMatch::Kind::Conflict);
    }

    void newDirectoryRematchesRows()
    {
        ImportMatcher matcher;
        matcher.setDirectory({}, {});
        matcher.addRows({account("1", "a@contoso.com"), account("2", "b@contoso.com")});
        matcher.setDirectory({dirUser(QStringLiteral("a"), QStringLiteral("a@contoso.com"))}, {});
        QCOMPARE(matcher.rowCount(), 2);
        QCOMPARE(matcher.match(0).text(), QStringLiteral("matches a"));
        QCOMPARE(matcher.match(1).text(), QStringLiteral("new"));
    }
};

QTEST_GUILESS_MAIN(TestImportMatcher)
#include "TestImportMatcher.moc"
