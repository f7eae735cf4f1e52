#include "core/sync/UpnRule.h"

#include <QTest>

namespace {

const QStringList verifiedDomains {QStringLiteral("contoso.com"), QStringLiteral("contoso.co.uk"),
                                   QStringLiteral("fabrikam.com"), QStringLiteral("contoso.onmicrosoft.com")};

UpnRule::Config config(int which)
{
    UpnRule::Config c;
    c.verified = verifiedDomains;
    if (which >= 2)
        c.domains = {QStringLiteral("contoso.com"), QStringLiteral("fabrikam.com")};
    if (which == 3)
        c.defaultDomain = QStringLiteral("contoso.com");
    return c;
}

} // namespace

class TestUpnRule : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    // The worked examples of cloud-directories.md §1.7, one row per cell, each email decided alone.
    void workedExamples_data()
    {
        QTest::addColumn<int>("configuration");
        QTest::addColumn<QString>("email");
        QTest::addColumn<QString>("upn");
        QTest::addColumn<QString>("reason");

        struct Row
        {
            const char *email;
            const char *c1;
            const char *r1;
            const char *c2;
            const char *r2;
            const char *c3;
            const char *r3;
        };
        const Row rows[] = {
            {"ana.lee@contoso.com", "ana.lee@contoso.com", "no-domains", "ana.lee@contoso.com", "listed",
             "ana.lee@contoso.com", "listed"},
            {"Ben.Ode@Contoso.COM", "Ben.Ode@Contoso.COM", "no-domains", "Ben.Ode@Contoso.COM", "listed",
             "Ben.Ode@Contoso.COM", "listed"},
            {"carl@contoso.co.uk", "carl@contoso.co.uk", "no-domains", nullptr, "not-listed", "carl@contoso.com",
             "translated"},
            {"dee@fabrikam.com", "dee@fabrikam.com", "no-domains", "dee@fabrikam.com", "listed", "dee@fabrikam.com",
             "listed"},
            {"eve.ng@gmail.com", nullptr, "not-verified", nullptr, "not-listed", "eve.ng@contoso.com", "translated"},
            {"fay@sales.contoso.com", nullptr, "not-verified", nullptr, "not-listed", "fay@contoso.com", "translated"},
        };
        for (const Row &row : rows) {
            const char *upns[] = {row.c1, row.c2, row.c3};
            const char *reasons[] = {row.r1, row.r2, row.r3};
            for (int c = 0; c < 3; ++c) {
                QTest::addRow("config %d: %s", c + 1, row.email)
                    << c + 1 << QString::fromUtf8(row.email) << (upns[c] ? QString::fromUtf8(upns[c]) : QString())
                    << QString::fromUtf8(reasons[c]);
            }
        }
    }

    void workedExamples()
    {
        QFETCH(int, configuration);
        QFETCH(QString, email);
        QFETCH(QString, upn);
        QFETCH(QString, reason);
        const UpnRule::Config c = config(configuration);
        QVERIFY(UpnRule::validate(c).hasValue());
        const QList<UpnRule::Decision> decisions = UpnRule::apply(c, {email});
        QCOMPARE(decisions.size(), 1);
        QCOMPARE(UpnRule::reasonName(decisions.first().reason), reason);
        QCOMPARE(decisions.first().upn, upn);
        QCOMPARE(decisions.first().upn.isNull(), upn.isNull());
        QCOMPARE(decisions.first().sync, !upn.isNull());
    }

    void withoutVerifiedListEveryDomainIsTried()
    {
        UpnRule::Config c;
        const QList<UpnRule::Decision> d = UpnRule::apply(c, {QStringLiteral("eve.ng@gmail.com")});
        QCOMPARE(d.first().reason, UpnRule::Reason::NoDomains);
        QVERIFY(d.first().sync);
    }

    void collisions_data()
    {
        QTest::addColumn<int>("configuration");
        QTest::addColumn<QStringList>("emails");
        QTest::addColumn<QStringList>("reasons");

        QTest::newRow("owner keeps, translated blocked")
            << 3 << QStringList {"ana.lee@contoso.com", "ana.lee@gmail.com"} << QStringList {"listed", "collision"};
        QTest::newRow("owner listed later still keeps")
            << 3 << QStringList {"ana.lee@gmail.com", "ANA.LEE@contoso.com"} << QStringList {"collision", "listed"};
        QTest::newRow("only translated: all blocked")
            << 3 << QStringList {"sam@gmail.com", "sam@contoso.co.uk", "sam@yahoo.com"}
            << QStringList {"collision", "collision", "collision"};
        QTest::newRow("two owners differing by case: both blocked")
            << 2 << QStringList {"Kim@contoso.com", "kim@CONTOSO.com"} << QStringList {"collision", "collision"};
        QTest::newRow("two owners and a translated one: all blocked")
            << 3 << QStringList {"kim@contoso.com", "Kim@contoso.com", "kim@gmail.com"}
            << QStringList {"collision", "collision", "collision"};
        QTest::newRow("not-synced users never collide")
            << 2 << QStringList {"lee@contoso.com", "lee@gmail.com"} << QStringList {"listed", "not-listed"};
        QTest::newRow("distinct UPNs") << 3 << QStringList {"a@contoso.com", "b@gmail.com"}
                                       << QStringList {"listed", "translated"};
    }

    void collisions()
    {
        QFETCH(int, configuration);
        QFETCH(QStringList, emails);
        QFETCH(QStringList, reasons);
        const QList<UpnRule::Decision> decisions = UpnRule::apply(config(configuration), emails);
        QStringList actual;
        for (const UpnRule::Decision &decision : decisions) {
            actual.append(UpnRule::reasonName(decision.reason));
            QCOMPARE(decision.sync,
                     decision.reason != UpnRule::Reason::Collision && decision.reason != UpnRule::Reason::NotListed);
            if (decision.reason == UpnRule::Reason::Collision) {
                QVERIFY2(!decision.collidesWith.isEmpty(), "a collision names the other users");
                QVERIFY(!decision.upn.isEmpty());
            }
        }
        QCOMPARE(actual, reasons);
    }

    void invalidInput_data()
    {
        QTest::addColumn<QString>("email");
        QTest::addColumn<QString>("reason");
        QTest::newRow("no at") << "ana.contoso.com"
                               << "invalid-email";
        QTest::newRow("two ats") << "a@b@contoso.com"
                                 << "invalid-email";
        QTest::newRow("empty local") << "@contoso.com"
                                     << "invalid-email";
        QTest::newRow("space") << "ana lee@contoso.com"
                               << "invalid-email";
        QTest::newRow("no tld") << "ana@contoso"
                                << "invalid-email";
        QTest::newRow("empty") << ""
                               << "invalid-email";
        QTest::newRow("accent in local part") << "zoë@contoso.com"
                                              << "invalid-upn";
        QTest::newRow("plus sign") << "ana+test@contoso.com"
                                   << "invalid-upn";
        QTest::newRow("local part of 65") << QString(65, QLatin1Char('a')) + "@contoso.com"
                                          << "invalid-upn";
        QTest::newRow("local part of 64") << QString(64, QLatin1Char('a')) + "@contoso.com"
                                          << "listed";
        QTest::newRow("all allowed symbols") << "a'b.c-d_e!f#g^h~i@contoso.com"
                                             << "listed";
        QTest::newRow("unicode domain") << "ana@müller.de"
                                        << "invalid-upn";
        const QString longDomain = QString(40, QLatin1Char('d')) + ".example.com"; // 52 characters
        QTest::newRow("whole UPN of 114") << QString(61, QLatin1Char('a')) + "@" + longDomain << "invalid-upn";
        QTest::newRow("whole UPN of 113") << QString(60, QLatin1Char('a')) + "@" + longDomain << "listed";
        // DNS label shapes (checked without a regular expression for ASCII domains): a valid domain that is not
        // listed is translated to the default, a malformed one is not an email address.
        QTest::newRow("hyphen-led label") << "ana@-contoso.com"
                                          << "invalid-email";
        QTest::newRow("hyphen-ended label") << "ana@contoso-.com"
                                            << "invalid-email";
        QTest::newRow("inner hyphen") << "ana@con-toso.org"
                                      << "translated";
        QTest::newRow("empty label") << "ana@contoso..com"
                                     << "invalid-email";
        QTest::newRow("leading dot") << "ana@.com"
                                     << "invalid-email";
        QTest::newRow("label of 64") << "ana@" + QString(64, QLatin1Char('a')) + ".com"
                                     << "invalid-email";
        QTest::newRow("label of 63") << "ana@" + QString(63, QLatin1Char('a')) + ".com"
                                     << "translated";
        QTest::newRow("one-letter tld") << "ana@contoso.c"
                                        << "invalid-email";
        QTest::newRow("hyphen in tld") << "ana@contoso.c-m"
                                       << "translated";
        QTest::newRow("digits") << "ana@123.45"
                                << "translated";
        QTest::newRow("trailing dot") << "ana@contoso.com."
                                      << "invalid-email";
    }

    void invalidInput()
    {
        QFETCH(QString, email);
        QFETCH(QString, reason);
        UpnRule::Config c;
        c.domains = {QStringLiteral("contoso.com"), QString(40, QLatin1Char('d')) + QStringLiteral(".example.com")};
        c.defaultDomain = QStringLiteral("contoso.com");
        if (email.contains(QStringLiteral("müller")))
            c = UpnRule::Config {}; // no list: the email's own (non-ASCII) domain would be the UPN's
        const QList<UpnRule::Decision> decisions = UpnRule::apply(c, {email});
        QCOMPARE(UpnRule::reasonName(decisions.first().reason), reason);
        QCOMPARE(decisions.first().sync, reason == u"listed" || reason == u"translated");
    }

    void configurationErrors_data()
    {
        QTest::addColumn<QStringList>("domains");
        QTest::addColumn<QString>("defaultDomain");
        QTest::addColumn<bool>("withVerified");
        QTest::addColumn<QString>("expected");
        QTest::newRow("default without list") << QStringList() << "contoso.com" << true << "needs a list";
        QTest::newRow("default not listed") << QStringList {"fabrikam.com"} << "contoso.com" << true << "not one of";
        QTest::newRow("listed not verified") << QStringList {"gmail.com"} << "" << true << "not a verified";
        QTest::newRow("default listed, case differs") << QStringList {"Contoso.com"} << "contoso.COM" << true << "";
        QTest::newRow("unverified allowed when verified unknown") << QStringList {"gmail.com"} << "" << false << "";
    }

    void configurationErrors()
    {
        QFETCH(QStringList, domains);
        QFETCH(QString, defaultDomain);
        QFETCH(bool, withVerified);
        QFETCH(QString, expected);
        UpnRule::Config c;
        c.domains = domains;
        c.defaultDomain = defaultDomain;
        if (withVerified)
            c.verified = verifiedDomains;
        const Result<void> valid = UpnRule::validate(c);
        QCOMPARE(valid.hasValue(), expected.isEmpty());
        if (!expected.isEmpty())
            QVERIFY2(valid.error().message.contains(expected), qPrintable(valid.error().message));
    }
};

QTEST_GUILESS_MAIN(TestUpnRule)
#include "TestUpnRule.moc"
