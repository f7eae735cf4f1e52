// What the executor makes of Graph's answers (OutboxClassifier, against the graph-fixtures) and the requests it builds
// from outbox rows (OutboxRequests): methods, paths, password profiles, manager references.
#include "core/graph/BatchJob.h"
#include "core/sync/OutboxClassifier.h"
#include "core/sync/OutboxRequests.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>
#include <QTest>

#include <algorithm>

namespace {

using Kind = OutboxOutcome::Kind;

QByteArray fixture(const QString &name)
{
    QFile file(QStringLiteral(CLOUDDIR_GRAPH_FIXTURES "/") + name);
    if (!file.open(QIODevice::ReadOnly))
        qFatal("cannot open fixture %s", qPrintable(file.fileName()));
    return file.readAll();
}

// One inner answer as BatchJob::parse makes it.
BatchResponse answer(int status, const QByteArray &body, const QString &retryAfter = QString())
{
    QJsonObject headers {{"request-id", "req-1"}};
    if (!retryAfter.isEmpty())
        headers.insert("Retry-After", retryAfter);
    QJsonObject item {{"id", "1"}, {"status", status}, {"headers", headers}};
    if (!body.isEmpty())
        item.insert("body", QJsonDocument::fromJson(body).object());
    const QByteArray batch =
        QJsonDocument(QJsonObject {{"responses", QJsonArray {item}}}).toJson(QJsonDocument::Compact);
    return BatchJob::parse({BatchRequest {"1", "GET", "/x", {}, {}}}, batch, nullptr).first();
}

OutboxEntry row(const QString &op, const QString &payload = QStringLiteral("{\"id\":\"a1\",\"body\":{}}"))
{
    OutboxEntry e;
    e.id = QStringLiteral("row");
    e.op = op;
    e.upn = QStringLiteral("ana@contoso.com");
    e.payload = payload;
    return e;
}

} // namespace

class TestExecutorOutcomes : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void classify_data()
    {
        QTest::addColumn<QString>("op");
        QTest::addColumn<int>("status");
        QTest::addColumn<QString>("file");
        QTest::addColumn<bool>("recent");
        QTest::addColumn<int>("kind");
        QTest::addColumn<QString>("code");
        QTest::newRow("204 update") << "update" << 204 << "" << false << int(Kind::Done) << "";
        QTest::newRow("429") << "update" << 429 << "error_429_throttled.json" << false << int(Kind::Retry)
                             << "TooManyRequests";
        QTest::newRow("503") << "suspend" << 503 << "" << false << int(Kind::Retry) << "";
        QTest::newRow("424") << "manager" << 424 << "" << false << int(Kind::FollowParent) << "";
        QTest::newRow("404 long after") << "update" << 404 << "error_404_resource_not_found.json" << false
                                        << int(Kind::Failed) << "Request_ResourceNotFound";
        QTest::newRow("404 just created") << "manager" << 404 << "error_404_resource_not_found.json" << true
                                          << int(Kind::Retry) << "Request_ResourceNotFound";
        QTest::newRow("conflict on create")
            << "create" << 400 << "error_400_upn_conflict.json" << false << int(Kind::Takeover) << "ObjectConflict";
        QTest::newRow("conflict on rename")
            << "rename" << 400 << "error_400_upn_conflict.json" << false << int(Kind::Failed) << "ObjectConflict";
        QTest::newRow("on-premises") << "update" << 400 << "error_400_onprem_mastered.json" << false
                                     << int(Kind::Failed) << "Request_BadRequest";
        QTest::newRow("password complexity") << "create" << 400 << "error_400_password_complexity.json" << false
                                             << int(Kind::Failed) << "Request_BadRequest";
        QTest::newRow("403") << "update" << 403 << "error_403_insufficient_privileges.json" << false
                             << int(Kind::Failed) << "Authorization_RequestDenied";
    }
    void classify()
    {
        QFETCH(QString, op);
        QFETCH(int, status);
        QFETCH(QString, file);
        QFETCH(bool, recent);
        QFETCH(int, kind);
        QFETCH(QString, code);
        const BatchResponse response = answer(status, file.isEmpty() ? QByteArray() : fixture(file),
                                              status == 429 ? QStringLiteral("6") : QString());
        const OutboxOutcome o = OutboxClassifier::classify(row(op), response, recent);
        QCOMPARE(int(o.kind), kind);
        QCOMPARE(o.failure.code, code);
        QCOMPARE(o.requestId, QStringLiteral("req-1"));
        if (status == 429)
            QCOMPARE(o.retryAfterMs, 6000);
        if (o.kind == Kind::Failed) {
            QCOMPARE(o.failure.httpStatus, status);
            QVERIFY(!o.failure.message.isEmpty());
        }
    }

    void ownMessagesForOnPremisesAndPasswords()
    {
        const OutboxOutcome onPrem =
            OutboxClassifier::classify(row("update"), answer(400, fixture("error_400_onprem_mastered.json")), false);
        QVERIFY2(onPrem.failure.message.contains(u"ana@contoso.com is mastered in on-premises Active Directory"),
                 qPrintable(onPrem.failure.message));
        QCOMPARE(onPrem.failure.requestId, QStringLiteral("req-1"));
        const OutboxOutcome password = OutboxClassifier::classify(
            row("create"), answer(400, fixture("error_400_password_complexity.json")), false);
        QVERIFY2(password.failure.message.contains(u"complexity rules"), qPrintable(password.failure.message));
    }

    void createdGivesTheNewId()
    {
        const OutboxOutcome o =
            OutboxClassifier::classify(row("create"), answer(201, fixture("user_created_201.json")), false);
        QCOMPARE(int(o.kind), int(Kind::Created));
        QCOMPARE(o.m365Id, QJsonDocument::fromJson(fixture("user_created_201.json")).object().value("id").toString());
    }

    void clearingAnAbsentManagerIsDone()
    {
        const OutboxEntry clear = row("manager", "{\"id\":\"a1\",\"userId\":\"u\",\"managerId\":null}");
        const OutboxOutcome o =
            OutboxClassifier::classify(clear, answer(404, fixture("error_404_resource_not_found.json")), false);
        QCOMPARE(int(o.kind), int(Kind::Done));
    }

    void aFailedBatchIsAnUnknownOutcome()
    {
        GraphError timeout;
        timeout.kind = GraphError::Kind::Timeout;
        QCOMPARE(int(OutboxClassifier::classifyBatchFailure(timeout).kind), int(Kind::Retry));
        GraphError refused = GraphError::fromHttpResponse(400, "{\"error\":{\"code\":\"BadRequest\"}}");
        QCOMPARE(int(OutboxClassifier::classifyBatchFailure(refused).kind), int(Kind::Failed));
        GraphError unavailable = GraphError::fromHttpResponse(503, QByteArray());
        unavailable.retryAfter = std::chrono::seconds(3);
        const OutboxOutcome o = OutboxClassifier::classifyBatchFailure(unavailable);
        QCOMPARE(int(o.kind), int(Kind::Retry));
        QCOMPARE(o.retryAfterMs, 3000);
    }

    void buildsCreateWithAPasswordProfile()
    {
        OutboxSend send;
        send.entry = row("create", "{\"body\":{\"userPrincipalName\":\"ana@contoso.com\",\"accountEnabled\":true}}");
        QVERIFY(!OutboxRequests::build(send, QUrl("https://graph.microsoft.com")).hasValue()); // no password
        send.password = OutboxRequests::randomPassword();
        auto generated = OutboxRequests::build(send, QUrl("https://graph.microsoft.com"));
        QVERIFY(generated.hasValue());
        QCOMPARE(generated->method, QByteArrayLiteral("POST"));
        QCOMPARE(generated->url, QStringLiteral("/users"));
        const QJsonObject profile = generated->body.toObject().value("passwordProfile").toObject();
        QCOMPARE(profile.value("password").toString().toUtf8(), send.password->reveal());
        QCOMPARE(profile.value("forceChangePasswordNextSignIn").toBool(), true);
        send.password = Secret("Admin-Set-1");
        send.adminPassword = true;
        auto admin = OutboxRequests::build(send, QUrl("https://graph.microsoft.com"));
        QCOMPARE(admin->body.toObject().value("passwordProfile").toObject().value("forceChangePasswordNextSignIn"),
                 QJsonValue(false));
    }

    void buildsPatchesAndManagerReferences()
    {
        const QUrl base("http://127.0.0.1:4321");
        OutboxSend update;
        update.entry = row("update", "{\"id\":\"a1\",\"body\":{\"jobTitle\":\"CTO\"}}");
        update.key = QStringLiteral("guest#EXT#@contoso.com");
        auto patch = OutboxRequests::build(update, base);
        QCOMPARE(patch->method, QByteArrayLiteral("PATCH"));
        QCOMPARE(patch->url, QStringLiteral("/users/guest%23EXT%23@contoso.com"));
        QCOMPARE(patch->body.toObject(), QJsonObject({{"jobTitle", "CTO"}}));
        OutboxSend manager;
        manager.entry = row("manager", "{\"id\":\"a1\",\"userId\":\"u\",\"managerId\":\"\",\"managerUserId\":\"m\"}");
        manager.key = QStringLiteral("a1");
        manager.managerId = QStringLiteral("b2");
        auto put = OutboxRequests::build(manager, base);
        QCOMPARE(put->method, QByteArrayLiteral("PUT"));
        QCOMPARE(put->url, QStringLiteral("/users/a1/manager/$ref"));
        QCOMPARE(put->body.toObject().value("@odata.id").toString(),
                 QStringLiteral("http://127.0.0.1:4321/v1.0/users/b2"));
        manager.managerId.clear();
        auto clear = OutboxRequests::build(manager, base);
        QCOMPARE(clear->method, QByteArrayLiteral("DELETE"));
        QVERIFY(clear->body.isUndefined());
        OutboxSend password;
        password.entry = row("update", "{\"id\":\"a1\",\"password\":\"keychain\",\"body\":{}}");
        password.key = QStringLiteral("a1");
        QVERIFY(OutboxRequests::wantsPassword(password.entry));
        QVERIFY(!OutboxRequests::build(password, base).hasValue());
        password.password = Secret("N3w-Passw0rd");
        password.adminPassword = true;
        QCOMPARE(OutboxRequests::build(password, base)
                     ->body.toObject()
                     .value("passwordProfile")
                     .toObject()
                     .value("password"),
                 QJsonValue("N3w-Passw0rd"));
        OutboxSend broken;
        broken.entry = row("update", "not json");
        broken.key = QStringLiteral("a1");
        auto error = OutboxRequests::build(broken, base);
        QVERIFY(!error);
        QVERIFY2(error.error().message.contains(u"unreadable payload"), qPrintable(error.error().message));
    }

    void randomPasswordsMeetComplexity()
    {
        QSet<QByteArray> seen;
        for (int i = 0; i < 200; ++i) {
            const QByteArray p = OutboxRequests::randomPassword().reveal();
            QCOMPARE(p.size(), 16);
            const auto has = [&p](auto test) { return std::any_of(p.cbegin(), p.cend(), test) ? 1 : 0; };
            const int classes = has([](char c) { return c >= 'A' && c <= 'Z'; })
                                + has([](char c) { return c >= 'a' && c <= 'z'; })
                                + has([](char c) { return c >= '0' && c <= '9'; })
                                + has([](char c) { return !QChar(c).isLetterOrNumber(); });
            QCOMPARE(classes, 4);
            seen.insert(p);
        }
        QCOMPARE(seen.size(), 200);
    }
};

QTEST_GUILESS_MAIN(TestExecutorOutcomes)
#include "TestExecutorOutcomes.moc"
