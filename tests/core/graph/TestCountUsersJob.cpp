#include "tests/core/graph/GraphSimTestBase.h"

#include "core/graph/CountUsersJob.h"

using namespace Qt::StringLiterals;

// CountUsersJob against graphsim: /users/$count with ConsistencyLevel, and a body that is not a number.
class TestCountUsersJob : public GraphSimTestBase
{
    Q_OBJECT

private Q_SLOTS:
    void init()
    {
        QTest::failOnWarning(QRegularExpression(u".*"_s));
        QVERIFY(setUpSim());
    }

    void cleanup() { tearDownSim(); }

    void countsUsers_data()
    {
        QTest::addColumn<QString>("filter");
        QTest::newRow("all") << QString();
        QTest::newRow("enabled") << u"accountEnabled eq true"_s;
    }

    void countsUsers()
    {
        QFETCH(QString, filter);
        qint64 expected = 0;
        const QList<QJsonObject> users = m_sim->users();
        for (const QJsonObject &user : users) {
            expected += (filter.isEmpty() || user.value(u"accountEnabled"_s).toBool()) ? 1 : 0;
        }
        CountUsersJob *job = m_client->countUsers(filter);
        job->setAutoDelete(false);
        QVERIFY(run(job));
        QVERIFY2(!job->hasError(), qPrintable(job->errorString()));
        QCOMPARE(job->count(), expected);
        QCOMPARE(m_nam->requests.first().rawHeader("ConsistencyLevel"), QByteArrayLiteral("eventual"));
        QCOMPARE(m_nam->requests.first().url().path(), u"/v1.0/users/$count"_s);
        delete job;
    }

    void rejectsABodyThatIsNotANumber()
    {
        GraphSimFault fault;
        fault.pathPattern = u"^/v1\\.0/users/\\$count$"_s;
        fault.kind = GraphSimFault::Kind::MalformedJson;
        m_sim->addFault(fault);
        CountUsersJob *job = m_client->countUsers();
        job->setAutoDelete(false);
        QVERIFY(run(job));
        QCOMPARE(job->error().kind, GraphError::Kind::Protocol);
        QCOMPARE(job->error().code, QString::fromLatin1(GraphError::UnexpectedBodyCode));
        QCOMPARE(job->count(), qint64(-1));
        QVERIFY2(job->errorString().contains(u"/v1.0/users/$count"_s), qPrintable(job->errorString()));
        delete job;
    }
};

QTEST_GUILESS_MAIN(TestCountUsersJob)
#include "TestCountUsersJob.moc"
