// BatchJob's pure parts against the graph-fixtures (graph.md §2.7, trap 8 and 9): building the $batch body, the
// parallel/sequential rule, and reading inner answers (statuses, Retry-After, request-ids, ObjectConflict, 424).
#include "core/graph/BatchJob.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

namespace {

QByteArray fixture(const QString &name)
{
    QFile file(QStringLiteral(CLOUDDIR_GRAPH_FIXTURES "/") + name);
    if (!file.open(QIODevice::ReadOnly))
        qFatal("cannot open fixture %s", qPrintable(file.fileName()));
    return file.readAll();
}

// The requests of a fixture request file, as BatchRequest values.
QList<BatchRequest> requestsOf(const QString &name)
{
    QList<BatchRequest> result;
    const QJsonArray items = QJsonDocument::fromJson(fixture(name)).object().value(QLatin1String("requests")).toArray();
    for (const QJsonValue &v : items) {
        const QJsonObject o = v.toObject();
        BatchRequest r;
        r.id = o.value(QLatin1String("id")).toString();
        r.method = o.value(QLatin1String("method")).toString().toLatin1();
        r.url = o.value(QLatin1String("url")).toString();
        if (o.contains(QLatin1String("body")))
            r.body = o.value(QLatin1String("body"));
        r.dependsOn = o.value(QLatin1String("dependsOn")).toArray().at(0).toString();
        result.append(r);
    }
    return result;
}

BatchRequest patch(const QString &id, const QString &dependsOn = QString())
{
    return {id, QByteArrayLiteral("PATCH"), QStringLiteral("/users/") + id, QJsonObject {{"jobTitle", "x"}}, dependsOn};
}

} // namespace

class TestBatchJob : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void readsTheParallelFixture()
    {
        const QList<BatchRequest> requests = requestsOf(QStringLiteral("batch_request_parallel.json"));
        QVERIFY(BatchJob::isValidBatch(requests));
        QString error;
        const QList<BatchResponse> responses =
            BatchJob::parse(requests, fixture(QStringLiteral("batch_response_parallel.json")), &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QCOMPARE(responses.size(), 7);
        // In request order, although Graph answered 3, 1, 5, 2, 4, 6, 7.
        for (int i = 0; i < 7; ++i)
            QCOMPARE(responses.at(i).id, QString::number(i + 1));
        QVERIFY(responses.at(0).isSuccess());
        QCOMPARE(responses.at(0).status, 204);
        QVERIFY(!responses.at(0).error.isError());
        const BatchResponse &conflict = responses.at(2);
        QCOMPARE(conflict.status, 400);
        QVERIFY(conflict.error.hasDetail(QStringLiteral("ObjectConflict"), QStringLiteral("userPrincipalName")));
        QCOMPARE(conflict.requestId, QStringLiteral("1f6b2d80-4c1e-4a57-8d23-7e9c0b5a4f12"));
        const BatchResponse &throttled = responses.at(4);
        QCOMPARE(throttled.status, 429);
        QCOMPARE(throttled.error.code, QStringLiteral("TooManyRequests"));
        QCOMPARE(throttled.error.retryAfter, std::chrono::seconds(6));
        QCOMPARE(responses.at(5).status, 404);
        QCOMPARE(responses.at(5).error.code, QStringLiteral("Request_ResourceNotFound"));
        QCOMPARE(responses.at(6).body.toObject().value(QLatin1String("@odata.count")).toInt(), 5);
    }

    void readsTheSequentialFixture()
    {
        const QList<BatchRequest> requests = requestsOf(QStringLiteral("batch_request_sequential.json"));
        QVERIFY(BatchJob::isValidBatch(requests));
        const QList<BatchResponse> responses =
            BatchJob::parse(requests, fixture(QStringLiteral("batch_response_sequential.json")), nullptr);
        QCOMPARE(responses.size(), 3);
        QCOMPARE(responses.at(0).status, 400);
        QCOMPARE(responses.at(1).status, 424);
        QCOMPARE(responses.at(1).error.code, QStringLiteral("FailedDependency"));
        QCOMPARE(responses.at(2).status, 424);
        QCOMPARE(responses.at(2).error.retryAfter, std::chrono::seconds(-1));
    }

    void aMissingAnswerIsAnUnknownOutcome()
    {
        const QList<BatchRequest> requests = {patch("a"), patch("b")};
        const QByteArray body = "{\"responses\":[{\"id\":\"b\",\"status\":204,\"headers\":{\"request-id\":\"r-b\"}}]}";
        const QList<BatchResponse> responses = BatchJob::parse(requests, body, nullptr);
        QCOMPARE(responses.size(), 2);
        QCOMPARE(responses.at(0).status, 0);
        QCOMPARE(responses.at(0).error.kind, GraphError::Kind::Protocol);
        QCOMPARE(responses.at(0).error.code, QLatin1String(BatchJob::MissingResponseCode));
        QCOMPARE(responses.at(1).requestId, QStringLiteral("r-b"));
        QString error;
        QVERIFY(BatchJob::parse(requests, "{\"value\":[]}", &error).isEmpty());
        QVERIFY(error.contains(u"responses"));
    }

    void isValidBatch_data()
    {
        QTest::addColumn<QList<BatchRequest>>("requests");
        QTest::addColumn<bool>("valid");
        QTest::newRow("parallel") << QList<BatchRequest> {patch("1"), patch("2"), patch("3")} << true;
        QTest::newRow("chain") << QList<BatchRequest> {patch("1"), patch("2", "1"), patch("3", "2")} << true;
        QTest::newRow("one") << QList<BatchRequest> {patch("1")} << true;
        QTest::newRow("mixed") << QList<BatchRequest> {patch("1"), patch("2", "1"), patch("3")} << false;
        QTest::newRow("skips a link") << QList<BatchRequest> {patch("1"), patch("2", "1"), patch("3", "1")} << false;
        QTest::newRow("duplicate id") << QList<BatchRequest> {patch("1"), patch("1")} << false;
        QTest::newRow("empty") << QList<BatchRequest> {} << false;
        QList<BatchRequest> many;
        for (int i = 1; i <= 21; ++i)
            many.append(patch(QString::number(i)));
        QTest::newRow("21 requests") << many << false;
        many.removeLast();
        QTest::newRow("20 requests") << many << true;
    }
    void isValidBatch()
    {
        QFETCH(QList<BatchRequest>, requests);
        QFETCH(bool, valid);
        QCOMPARE(BatchJob::isValidBatch(requests), valid);
    }

    void bodyCarriesContentTypeAndDependsOn()
    {
        const QList<BatchRequest> requests = {
            patch("1"), {"2", "DELETE", "/users/u1/manager/$ref", QJsonValue(QJsonValue::Undefined), "1"}};
        const QJsonArray items =
            QJsonDocument::fromJson(BatchJob::body(requests)).object().value(QLatin1String("requests")).toArray();
        QCOMPARE(items.size(), 2);
        const QJsonObject first = items.at(0).toObject();
        QCOMPARE(first.value(QLatin1String("method")).toString(), QStringLiteral("PATCH"));
        QCOMPARE(first.value(QLatin1String("headers")).toObject().value(QLatin1String("Content-Type")).toString(),
                 QStringLiteral("application/json"));
        QVERIFY(!first.contains(QLatin1String("dependsOn")));
        const QJsonObject second = items.at(1).toObject();
        QVERIFY(!second.contains(QLatin1String("body")));
        QVERIFY(!second.contains(QLatin1String("headers")));
        QCOMPARE(second.value(QLatin1String("dependsOn")).toArray(), QJsonArray {QStringLiteral("1")});
        QCOMPARE(second.value(QLatin1String("url")).toString(), QStringLiteral("/users/u1/manager/$ref"));
    }
};

QTEST_GUILESS_MAIN(TestBatchJob)
#include "TestBatchJob.moc"
