#include "core/graph/GraphClient.h"
#include "core/graph/ListUsersJob.h"
#include "core/graph/StaticTokenProvider.h"
#include "tests/core/graph/CannedHttpServer.h"

#include <QNetworkAccessManager>
#include <QSignalSpy>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {

QByteArray page(const QByteArray &users, const QByteArray &nextLink = QByteArray())
{
    QByteArray body = "{\"@odata.context\":\"x\",\"value\":[" + users + "]";
    if (!nextLink.isEmpty()) {
        body += ",\"@odata.nextLink\":\"" + nextLink + "\"";
    }
    return body + "}";
}

} // namespace

// @odata.nextLink at the byte level: followed verbatim (no re-encoding of $skiptoken or $filter), empty pages with
// a nextLink are followed, headers are re-sent, and any link off the starting origin is refused before sending.
class TestNextLink : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<CannedHttpServer> m_server;
    std::unique_ptr<QNetworkAccessManager> m_nam;
    std::unique_ptr<StaticTokenProvider> m_tokens;
    std::unique_ptr<GraphClient> m_client;

    QByteArray origin() const { return m_server->baseUrl().toEncoded(); }

    ListUsersJob *runList(QSignalSpy **pagesOut = nullptr)
    {
        ListUsersJob::Query query;
        query.select = QStringList {u"id"_s};
        query.filter = u"accountEnabled eq true"_s;
        query.count = true;
        query.top = 3;
        ListUsersJob *job = m_client->listUsers(query);
        job->setAutoDelete(false);
        auto *pages = new QSignalSpy(job, &ListUsersJob::pageReceived);
        pages->setParent(job);
        QSignalSpy finished(job, &GraphJob::finished);
        job->start();
        if (!finished.wait(10000) || finished.count() != 1) {
            return nullptr;
        }
        if (pagesOut) {
            *pagesOut = pages;
        }
        return job;
    }

private Q_SLOTS:
    void init()
    {
        QTest::failOnWarning(QRegularExpression(u".*"_s));
        m_server = std::make_unique<CannedHttpServer>();
        QVERIFY(m_server->listen(QHostAddress::LocalHost));
        m_nam = std::make_unique<QNetworkAccessManager>();
        m_tokens = std::make_unique<StaticTokenProvider>(Secret(QByteArrayLiteral("t")));
        m_client = std::make_unique<GraphClient>(m_nam.get(), m_tokens.get());
        m_client->setBaseUrl(m_server->baseUrl());
    }

    void cleanup()
    {
        m_client.reset();
        m_nam.reset();
        m_server.reset();
    }

    void followsNextLinkVerbatim()
    {
        // Graph's own style: '+' for spaces in $filter, a percent-encoded, padded skiptoken, an empty first page.
        const QByteArray target =
            "/v1.0/users?$select=id&$filter=accountEnabled+eq+true&$count=true&$top=3&$skiptoken=RFNwdAIAAQ%3D%3D%2Bx";
        m_server->responses.append({200, page(QByteArray(), origin() + target)});
        m_server->responses.append({200, page(R"({"id":"a"},{"id":"b"})")});

        QSignalSpy *pages = nullptr;
        ListUsersJob *job = runList(&pages);
        QVERIFY(job);
        QVERIFY2(!job->hasError(), qPrintable(job->errorString()));
        QCOMPARE(pages->count(), 2);
        QCOMPARE(pages->at(0).at(0).toJsonArray().size(), 0); // the empty page was delivered and followed
        QCOMPARE(pages->at(1).at(0).toJsonArray().size(), 2);
        QCOMPARE(m_server->requests.size(), 2);
        QCOMPARE(m_server->requests.at(0).target,
                 QByteArray("/v1.0/users?$select=id&$filter=accountEnabled%20eq%20true&$count=true&$top=3"));
        QCOMPARE(m_server->requests.at(1).target, target);
        for (const CannedHttpServer::Request &request : std::as_const(m_server->requests)) {
            QCOMPARE(request.header("Authorization"), QByteArray("Bearer t"));
            QCOMPARE(request.header("ConsistencyLevel"), QByteArray("eventual"));
            QVERIFY(!request.header("client-request-id").isEmpty());
        }
        QVERIFY(m_server->requests.at(0).header("client-request-id")
                != m_server->requests.at(1).header("client-request-id"));
    }

    void acceptsOnlyTheStartingOrigin_data()
    {
        QTest::addColumn<QByteArray>("linkOrigin"); // %1 = the server's port
        QTest::addColumn<bool>("followed");

        QTest::newRow("same origin") << QByteArray("http://127.0.0.1:%1") << true;
        QTest::newRow("upper-case scheme and host") << QByteArray("HTTP://127.0.0.1:%1") << true;
        QTest::newRow("other port") << QByteArray("http://127.0.0.1:1") << false;
        QTest::newRow("other scheme") << QByteArray("https://127.0.0.1:%1") << false;
        QTest::newRow("other host") << QByteArray("http://localhost:%1") << false;
        QTest::newRow("foreign host") << QByteArray("http://evil.example.invalid") << false;
        QTest::newRow("user info") << QByteArray("http://user@127.0.0.1:%1") << false;
        QTest::newRow("relative") << QByteArray("") << false;
    }

    void acceptsOnlyTheStartingOrigin()
    {
        QFETCH(QByteArray, linkOrigin);
        QFETCH(bool, followed);
        linkOrigin.replace("%1", QByteArray::number(m_server->serverPort()));
        m_server->responses.append({200, page(R"({"id":"a"})", linkOrigin + "/v1.0/users?$skiptoken=abc")});
        m_server->responses.append({200, page(R"({"id":"b"})")});

        QSignalSpy *pages = nullptr;
        ListUsersJob *job = runList(&pages);
        QVERIFY(job);
        QCOMPARE(!job->hasError(), followed);
        QCOMPARE(m_server->requests.size(), followed ? 2 : 1);
        if (!followed) {
            QCOMPARE(job->error().code, QString::fromLatin1(GraphError::ForeignNextLinkCode));
            QCOMPARE(pages->count(), 0); // a page with a bad link is not delivered
        }
    }
};

QTEST_GUILESS_MAIN(TestNextLink)
#include "TestNextLink.moc"
