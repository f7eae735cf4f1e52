#include "core/graph/CloudEndpoints.h"

#include <QTest>

using Cloud = CloudEndpoints::Cloud;

class TestCloudEndpoints : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void mapsCloudsToHosts_data()
    {
        QTest::addColumn<Cloud>("cloud");
        QTest::addColumn<QString>("id");
        QTest::addColumn<QString>("graph");
        QTest::addColumn<QString>("authority");

        QTest::newRow("global") << Cloud::Global << "global"
                                << "https://graph.microsoft.com"
                                << "https://login.microsoftonline.com";
        QTest::newRow("gcc high") << Cloud::UsGovL4 << "usgov-l4"
                                  << "https://graph.microsoft.us"
                                  << "https://login.microsoftonline.us";
        QTest::newRow("dod") << Cloud::UsGovL5DoD << "usgov-l5-dod"
                             << "https://dod-graph.microsoft.us"
                             << "https://login.microsoftonline.us";
        QTest::newRow("china") << Cloud::China << "china"
                               << "https://microsoftgraph.chinacloudapi.cn"
                               << "https://login.chinacloudapi.cn";
    }

    void mapsCloudsToHosts()
    {
        QFETCH(Cloud, cloud);
        QFETCH(QString, id);
        QFETCH(QString, graph);
        QFETCH(QString, authority);
        QCOMPARE(CloudEndpoints::graphUrl(cloud), QUrl(graph));
        QCOMPARE(CloudEndpoints::authorityUrl(cloud), QUrl(authority));
        QCOMPARE(CloudEndpoints::id(cloud), id);
        QCOMPARE(CloudEndpoints::fromId(id), std::optional<Cloud>(cloud));
        QCOMPARE(CloudEndpoints::scope(cloud, QStringLiteral("User.Read.All")),
                 graph + QStringLiteral("/User.Read.All"));
    }

    void rejectsUnknownIds()
    {
        QVERIFY(!CloudEndpoints::fromId(QStringLiteral("germany")).has_value());
        QVERIFY(!CloudEndpoints::fromId(QString()).has_value());
    }
};

QTEST_GUILESS_MAIN(TestCloudEndpoints)
#include "TestCloudEndpoints.moc"
