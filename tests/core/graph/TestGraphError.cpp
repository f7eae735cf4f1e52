#include "core/graph/GraphError.h"

#include <QFile>
#include <QTest>

namespace {

QByteArray fixture(const QString &name)
{
    QFile file(QStringLiteral(CLOUDDIR_GRAPH_FIXTURES "/") + name);
    if (!file.open(QIODevice::ReadOnly)) {
        qFatal("cannot open fixture %s", qPrintable(file.fileName()));
    }
    return file.readAll();
}

GraphError located(GraphError e)
{
    e.method = QStringLiteral("GET");
    e.url = QUrl(QStringLiteral("https://graph.microsoft.com/v1.0/users"));
    e.attempts = 1;
    return e;
}

} // namespace

class TestGraphError : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void parsesFixtures_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<int>("status");
        QTest::addColumn<QString>("code");
        QTest::addColumn<QString>("requestId");
        QTest::addColumn<QString>("date");
        QTest::addColumn<QString>("detailCode");
        QTest::addColumn<QString>("detailTarget");

        QTest::newRow("401") << "error_401_token_expired.json" << 401 << "InvalidAuthenticationToken"
                             << "3d0b7c1a-52e4-4b0e-8f6d-9a1c2e7b4f10"
                             << "2026-11-24T22:15:03" << QString() << QString();
        QTest::newRow("403") << "error_403_insufficient_privileges.json" << 403 << "Authorization_RequestDenied"
                             << "9e2a4f71-0c3b-4d85-a6e2-5b1f7c9d0e38"
                             << "2026-11-24T21:08:44" << QString() << QString();
        QTest::newRow("404") << "error_404_resource_not_found.json" << 404 << "Request_ResourceNotFound"
                             << "aed0a423-f7da-4043-b7fe-58d8d05b938e"
                             << "2026-11-24T21:02:11" << QString() << QString();
        QTest::newRow("429") << "error_429_throttled.json" << 429 << "TooManyRequests"
                             << "4b8e1d2c-7f3a-4e6b-9c05-d2a1f8e7b634"
                             << "2026-11-24T21:10:12" << QString() << QString();
        QTest::newRow("upn conflict") << "error_400_upn_conflict.json" << 400 << "Request_BadRequest"
                                      << "05c169f5-31b2-4217-9373-494d6e5fdecb"
                                      << "2026-11-24T21:03:40"
                                      << "ObjectConflict"
                                      << "userPrincipalName";
        QTest::newRow("unverified domain") << "error_400_unverified_upn_domain.json" << 400 << "Request_BadRequest"
                                           << "6e689f29-eea3-4d4b-a0aa-3eb9c3734a45"
                                           << "2026-11-24T21:06:55"
                                           << "InvalidValue"
                                           << "userPrincipalName";
        QTest::newRow("delta expired") << "error_400_delta_token_expired.json" << 400 << "syncStateNotFound"
                                       << "e7a3c951-0d24-4b8f-9a6c-31f5e2b8d407"
                                       << "2026-12-02T07:15:48" << QString() << QString();
        QTest::newRow("unsupported query") << "error_400_unsupported_query.json" << 400 << "Request_UnsupportedQuery"
                                           << "0c1f5d2e-6a4b-4c39-9f0e-2b7d8e1a3c55"
                                           << "2026-11-24T21:07:30" << QString() << QString();
    }

    void parsesFixtures()
    {
        QFETCH(QString, file);
        QFETCH(int, status);
        QFETCH(QString, code);
        QFETCH(QString, requestId);
        QFETCH(QString, date);
        QFETCH(QString, detailCode);
        QFETCH(QString, detailTarget);

        const GraphError e = GraphError::fromHttpResponse(status, fixture(file));
        QCOMPARE(e.kind, GraphError::Kind::Http);
        QCOMPARE(e.httpStatus, status);
        QCOMPARE(e.code, code);
        QVERIFY(!e.message.isEmpty());
        QCOMPARE(e.requestId, requestId);
        QCOMPARE(e.clientRequestId, requestId); // the fixtures echo the same id
        QCOMPARE(e.date, date);
        if (detailCode.isEmpty()) {
            QVERIFY(e.details.isEmpty());
        } else {
            QCOMPARE(e.details.size(), 1);
            QCOMPARE(e.details.first(), (GraphErrorDetail {detailCode, detailTarget}));
            QVERIFY(e.hasDetail(detailCode, detailTarget));
            QVERIFY(e.hasDetail(detailCode));
            QVERIFY(!e.hasDetail(detailCode, QStringLiteral("mailNickname")));
        }
        const QString line = located(e).toString();
        QVERIFY2(!line.contains(QLatin1Char('\n')), qPrintable(line));
        QVERIFY2(line.contains(requestId), qPrintable(line));
        QVERIFY2(line.contains(code), qPrintable(line));
        QVERIFY2(line.contains(QStringLiteral("/v1.0/users")), qPrintable(line));
    }

    void parsesBodylessReplies_data()
    {
        QTest::addColumn<int>("status");
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<QString>("message");

        QTest::newRow("empty 503") << 503 << QByteArray() << QString();
        QTest::newRow("gateway html") << 504 << QByteArray("<html>\n<body>Gateway   Timeout</body></html>")
                                      << QStringLiteral("<html> <body>Gateway Timeout</body></html>");
        QTest::newRow("json without error") << 500 << QByteArray("{\"oops\":1}") << QStringLiteral("{\"oops\":1}");
        QTest::newRow("empty code") << 400 << QByteArray("{\"error\":{\"code\":\"\",\"message\":\"m\"}}")
                                    << QStringLiteral("m");
    }

    void parsesBodylessReplies()
    {
        QFETCH(int, status);
        QFETCH(QByteArray, body);
        QFETCH(QString, message);
        const GraphError e = GraphError::fromHttpResponse(status, body);
        QCOMPARE(e.kind, GraphError::Kind::Http);
        QCOMPARE(e.httpStatus, status);
        QVERIFY(e.code.isEmpty());
        QCOMPARE(e.message, message);
        QVERIFY(e.requestId.isEmpty());
        const QString line = located(e).toString();
        QVERIFY(line.contains(QStringLiteral("HTTP %1").arg(status)));
        QVERIFY(!line.contains(QLatin1Char('\n')));
    }

    // One line per failure a person meets, each naming what, where and what to do.
    void saysWhatWhereAndWhatToDo_data()
    {
        QTest::addColumn<GraphError>("error");
        QTest::addColumn<QStringList>("mustContain");

        GraphError e401 =
            located(GraphError::fromHttpResponse(401, fixture(QStringLiteral("error_401_token_expired.json"))));
        QTest::newRow("401") << e401
                             << QStringList {"access token was rejected", "HTTP 401 InvalidAuthenticationToken",
                                             "GET https://graph.microsoft.com/v1.0/users", "sign in again",
                                             "request-id 3d0b7c1a-52e4-4b0e-8f6d-9a1c2e7b4f10"};
        GraphError e403 = located(
            GraphError::fromHttpResponse(403, fixture(QStringLiteral("error_403_insufficient_privileges.json"))));
        QTest::newRow("403") << e403
                             << QStringList {"refused", "HTTP 403 Authorization_RequestDenied",
                                             "Insufficient privileges", "User.Read.All", "request-id 9e2a4f71"};
        GraphError e429 =
            located(GraphError::fromHttpResponse(429, fixture(QStringLiteral("error_429_throttled.json"))));
        e429.attempts = 6;
        QTest::newRow("429 budget") << e429
                                    << QStringList {"throttling", "6 attempt", "HTTP 429 TooManyRequests",
                                                    "request-id 4b8e1d2c", "wait"};
        GraphError refused = located({});
        refused.kind = GraphError::Kind::Network;
        refused.networkError = QNetworkReply::ConnectionRefusedError;
        refused.url = QUrl(QStringLiteral("http://127.0.0.1:9/v1.0/users"));
        QTest::newRow("refused") << refused << QStringList {"http://127.0.0.1:9", "refused", "--graph-url"};
        GraphError dropped = located({});
        dropped.kind = GraphError::Kind::Network;
        dropped.networkError = QNetworkReply::RemoteHostClosedError;
        dropped.page = 2;
        dropped.attempts = 6;
        QTest::newRow("dropped") << dropped << QStringList {"dropped", "page 2 of GET", "6 attempt"};
        GraphError json = located({});
        json.kind = GraphError::Kind::Protocol;
        json.code = QLatin1String(GraphError::InvalidJsonCode);
        json.message = QStringLiteral("unterminated object at offset 17");
        json.page = 3;
        QTest::newRow("bad json") << json << QStringList {"invalid JSON", "page 3", "offset 17"};
        GraphError noValue = located({});
        noValue.kind = GraphError::Kind::Protocol;
        noValue.code = QLatin1String(GraphError::MissingValueCode);
        noValue.page = 1;
        QTest::newRow("no value") << noValue << QStringList {"\"value\"", "page 1"};
        GraphError foreign = located({});
        foreign.kind = GraphError::Kind::Protocol;
        foreign.code = QLatin1String(GraphError::ForeignNextLinkCode);
        foreign.refusedUrl = QUrl(QStringLiteral("http://evil.example.invalid/v1.0/users?$skiptoken=x"));
        foreign.page = 1;
        QTest::newRow("foreign nextLink")
            << foreign << QStringList {"http://evil.example.invalid", "https://graph.microsoft.com", "not sent"};
        GraphError timeout = located({});
        timeout.kind = GraphError::Kind::Timeout;
        timeout.attempts = 3;
        QTest::newRow("timeout") << timeout << QStringList {"in time", "3 attempt", "/v1.0/users"};
    }

    void saysWhatWhereAndWhatToDo()
    {
        QFETCH(GraphError, error);
        QFETCH(QStringList, mustContain);
        const QString line = error.toString();
        QVERIFY2(!line.contains(QLatin1Char('\n')), qPrintable(line));
        for (const QString &part : std::as_const(mustContain)) {
            QVERIFY2(line.contains(part), qPrintable(part + QStringLiteral(" not in: ") + line));
        }
    }

    void noErrorIsEmpty()
    {
        QVERIFY(!GraphError().isError());
        QVERIFY(GraphError().toString().isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestGraphError)
#include "TestGraphError.moc"
