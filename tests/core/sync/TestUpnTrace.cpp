#include "core/sync/UpnTrace.h"

#include <QTest>

// The rule trace of the domain settings (cloud-directories.md §1.7 worked examples, §2.4): per user the UPN or why
// the user is out of scope, with collisions naming the other user.
class TestUpnTrace : public QObject
{
    Q_OBJECT

    static QList<UserKey> users()
    {
        return {{QStringLiteral("1"), QStringLiteral("ana"), QStringLiteral("ana.lee@contoso.com")},
                {QStringLiteral("2"), QStringLiteral("carl"), QStringLiteral("carl@contoso.co.uk")},
                {QStringLiteral("3"), QStringLiteral("eve"), QStringLiteral("eve.ng@gmail.com")},
                {QStringLiteral("4"), QStringLiteral("ana2"), QStringLiteral("ana.lee@gmail.com")},
                {QStringLiteral("5"), QStringLiteral("nomail"), QString()}};
    }
    static UpnRule::Config config(bool withDefault)
    {
        return {{QStringLiteral("contoso.com"), QStringLiteral("fabrikam.com")},
                withDefault ? QStringLiteral("contoso.com") : QString(),
                QStringList {QStringLiteral("contoso.com"), QStringLiteral("contoso.co.uk"),
                             QStringLiteral("fabrikam.com")}};
    }

private Q_SLOTS:
    void listWithoutDefaultLeavesOthersOutOfScope()
    {
        const UpnTrace::Result r = UpnTrace::trace(config(false), users());
        QCOMPARE(r.rows.size(), 5);
        QCOMPARE(r.rows.at(0).upn, QStringLiteral("ana.lee@contoso.com"));
        QCOMPARE(r.rows.at(1).reason, UpnRule::Reason::NotListed);
        QVERIFY(r.rows.at(1).upn.isEmpty());
        QVERIFY2(r.rows.at(1).message.contains(QStringLiteral("contoso.co.uk is not listed")),
                 qPrintable(r.rows.at(1).message));
        QVERIFY(r.rows.at(4).message.contains(QStringLiteral("no company email")));
        QCOMPARE(r.synced, 1);
        QCOMPARE(r.outOfScope, 4);
        QCOMPARE(r.collisions, 0);
    }

    void defaultTranslatesAndCollisionsNameBothUsers()
    {
        const UpnTrace::Result r = UpnTrace::trace(config(true), users());
        QCOMPARE(r.rows.at(1).upn, QStringLiteral("carl@contoso.com"));
        QCOMPARE(r.rows.at(1).reason, UpnRule::Reason::Translated);
        QCOMPARE(r.rows.at(3).reason, UpnRule::Reason::Collision);
        QVERIFY(r.rows.at(3).upn.isEmpty());
        QVERIFY2(r.rows.at(3).message.contains(QStringLiteral("ana.lee@contoso.com would also be the user principal "
                                                              "name of ana;")),
                 qPrintable(r.rows.at(3).message));
        QVERIFY2(r.rows.at(0).message.contains(QStringLiteral("ana2 translates to the same name")),
                 qPrintable(r.rows.at(0).message));
        QVERIFY(r.rows.at(0).sync);
        QCOMPARE(r.collisions, 2);
        QCOMPARE(r.synced, 3);
    }

    void noDomainsRejectsUnverifiedDomains()
    {
        UpnRule::Config c = config(false);
        c.domains.clear();
        const UpnTrace::Result r = UpnTrace::trace(c, users());
        QCOMPARE(r.rows.at(2).reason, UpnRule::Reason::NotVerified);
        QVERIFY(r.rows.at(2).message.contains(QStringLiteral("gmail.com is not a verified domain")));
        QVERIFY(UpnTrace::configurationText(c).contains(QStringLiteral("No domains ticked")));
        QVERIFY(UpnTrace::configurationText(config(true)).contains(QStringLiteral("default domain contoso.com")));
    }
};

QTEST_GUILESS_MAIN(TestUpnTrace)
#include "TestUpnTrace.moc"
