// ListDomainsJob and UpdateDomainPasswordPolicyJob against graphsim: the fixture's domains and password validity,
// the never-expire PATCH (sent as PATCH with a JSON body), and Graph's errors for unknown or unverified domains.
#include "GraphSimTestBase.h"

#include "core/graph/ListDomainsJob.h"
#include "core/graph/UpdateDomainPasswordPolicyJob.h"
#include "tests/graphsim/GraphSimTenantRoute.h"

#include <QRegularExpression>

class TestDomainJobs : public GraphSimTestBase
{
    Q_OBJECT

private slots:
    void init()
    {
        QTest::failOnWarning(QRegularExpression(QStringLiteral(".*")));
        QVERIFY(setUpSim());
    }
    void cleanup() { tearDownSim(); }

    void listsDomainsWithPasswordValidity()
    {
        auto *job = new ListDomainsJob(m_client.get(), m_client.get());
        job->setAutoDelete(false);
        QVERIFY(run(job));
        QVERIFY2(!job->hasError(), qPrintable(job->errorString()));
        const QList<Domain> domains = job->domains();
        QCOMPARE(domains.size(), 4);
        QVERIFY(domains.at(0).passwordsNeverExpire());
        QVERIFY(domains.at(0).isInitial);
        QCOMPARE(domains.at(1).passwordValidityPeriodInDays.value_or(0), 90);
        QVERIFY(!domains.at(3).isVerified);
        QVERIFY(!domains.at(3).passwordValidityPeriodInDays.has_value());
        delete job;
    }

    void setsNeverExpire()
    {
        auto *job = new UpdateDomainPasswordPolicyJob(m_client.get(), QStringLiteral("northwind-labs.com"),
                                                      Domain::NeverExpires, std::nullopt, m_client.get());
        job->setAutoDelete(false);
        QVERIFY(run(job));
        QVERIFY2(!job->hasError(), qPrintable(job->errorString()));
        QCOMPARE(m_sim->tenant().domains().at(1).value(QLatin1String("passwordValidityPeriodInDays")).toInteger(),
                 Domain::NeverExpires);
        QCOMPARE(
            m_sim->countRequests(QStringLiteral("PATCH"), QStringLiteral("^/v1\\.0/domains/northwind-labs\\.com$")), 1);
        delete job;
    }

    void unknownAndUnverifiedDomainsFail_data()
    {
        QTest::addColumn<QString>("domain");
        QTest::addColumn<int>("status");
        QTest::newRow("unknown") << QStringLiteral("nope.example") << 404;
        QTest::newRow("unverified") << QStringLiteral("northwind-staging.dev") << 400;
    }
    void unknownAndUnverifiedDomainsFail()
    {
        QFETCH(QString, domain);
        QFETCH(int, status);
        auto *job = new UpdateDomainPasswordPolicyJob(m_client.get(), domain, Domain::NeverExpires, 14, m_client.get());
        job->setAutoDelete(false);
        QVERIFY(run(job));
        QVERIFY(job->hasError());
        QCOMPARE(job->error().httpStatus, status);
        QCOMPARE(job->error().method, QStringLiteral("PATCH"));
        delete job;
    }
};

QTEST_GUILESS_MAIN(TestDomainJobs)
#include "TestDomainJobs.moc"
