// Injected faults, chaos, latency, TLS, the request log, the executable and serving speed.
#include "tests/graphsim/GraphSim.h"
#include "tests/graphsim/GraphSimTestClient.h"

#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QProcess>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QSslCertificate>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

class TestGraphSimFaults : public QObject
{
    Q_OBJECT

private:
    static QUrl usersUrl(const GraphSim &sim, const QString &query = QString())
    {
        return QUrl(sim.baseUrl().toString() + u"/v1.0/users"_s + (query.isEmpty() ? QString() : u"?"_s + query));
    }
    static GraphSimFault fault(GraphSimFault::Kind kind, int count = 1)
    {
        GraphSimFault f;
        f.method = u"GET"_s;
        f.pathPattern = u"^/v1\\.0/users$"_s;
        f.kind = kind;
        f.count = count;
        return f;
    }

private slots:
    void init()
    {
        // Stray warnings (QtHttpServer, QNAM, SSL) are bugs here, not noise.
        QTest::failOnWarning(QRegularExpression(u".*"_s));
    }

    void statusFaultsAnswerLikeGraph_data()
    {
        QTest::addColumn<int>("status");
        QTest::addColumn<int>("retryAfter");
        QTest::addColumn<QString>("code");
        QTest::newRow("429") << 429 << 7 << u"TooManyRequests"_s;
        QTest::newRow("503 with Retry-After") << 503 << 2 << u"serviceNotAvailable"_s;
        QTest::newRow("504") << 504 << -1 << u"UnknownError"_s;
        QTest::newRow("401") << 401 << -1 << u"InvalidAuthenticationToken"_s;
        QTest::newRow("403") << 403 << -1 << u"Authorization_RequestDenied"_s;
    }
    void statusFaultsAnswerLikeGraph()
    {
        QFETCH(int, status);
        QFETCH(int, retryAfter);
        QFETCH(QString, code);
        GraphSim sim;
        sim.generateUsers(3);
        QVERIFY(sim.listen());
        GraphSimFault f = fault(GraphSimFault::Kind::Status, 2);
        f.status = status;
        f.retryAfter = retryAfter;
        sim.addFault(f);
        GraphSimTestClient client;
        for (int i = 0; i < 2; ++i) {
            const GraphSimTestReply reply = client.get(usersUrl(sim));
            QCOMPARE(reply.status, status);
            QCOMPARE(reply.json()["error"_L1]["code"_L1].toString(), code);
            QCOMPARE(reply.header("retry-after"), retryAfter < 0 ? QByteArray() : QByteArray::number(retryAfter));
        }
        // count = 2: the third request gets the real answer.
        QCOMPARE(client.get(usersUrl(sim)).status, 200);
        // Only GET /v1.0/users matches; /users/$count is untouched.
        sim.addFault(f);
        QCOMPARE(client
                     .get(QUrl(sim.baseUrl().toString() + u"/v1.0/users/$count"_s),
                          {{QByteArrayLiteral("ConsistencyLevel"), QByteArrayLiteral("eventual")}})
                     .status,
                 200);
    }

    void dropConnectionCutsThePageMidBody()
    {
        GraphSim sim;
        sim.generateUsers(300);
        QVERIFY(sim.listen());
        sim.addFault(fault(GraphSimFault::Kind::DropConnection));
        GraphSimTestClient client;
        const GraphSimTestReply dropped = client.get(usersUrl(sim, u"$top=999"_s));
        QVERIFY(!dropped.timedOut);
        QVERIFY2(dropped.error != QNetworkReply::NoError, qPrintable(QString::number(dropped.error)));
        QCOMPARE(client.get(usersUrl(sim, u"$top=999"_s)).json().value("value"_L1).toArray().size(), 300);
        QCOMPARE(sim.requestLog().first().fault, u"drop"_s);
    }

    void malformedAndMissingValueFaults()
    {
        GraphSim sim;
        sim.generateUsers(50);
        QVERIFY(sim.listen());
        sim.addFault(fault(GraphSimFault::Kind::MalformedJson));
        GraphSimTestClient client;
        const GraphSimTestReply malformed = client.get(usersUrl(sim));
        QCOMPARE(malformed.status, 200);
        QJsonParseError error;
        QJsonDocument::fromJson(malformed.body, &error);
        QVERIFY(error.error != QJsonParseError::NoError);

        sim.addFault(fault(GraphSimFault::Kind::MissingValue));
        const GraphSimTestReply missing = client.get(usersUrl(sim));
        QCOMPARE(missing.status, 200);
        QVERIFY(missing.json().contains("@odata.context"_L1));
        QVERIFY(!missing.json().contains("value"_L1));
    }

    void foreignNextLinkPointsElsewhere()
    {
        GraphSim sim;
        sim.generateUsers(5);
        QVERIFY(sim.listen());
        sim.addFault(fault(GraphSimFault::Kind::ForeignNextLink));
        GraphSimTestClient client;
        // Even a last page carries the foreign link, so the client's host check is always exercised.
        const GraphSimTestReply reply = client.get(usersUrl(sim));
        QCOMPARE(reply.json().value("value"_L1).toArray().size(), 5);
        const QUrl next(reply.json().value("@odata.nextLink"_L1).toString());
        QCOMPARE(next.host(), u"evil.example.invalid"_s);
        QVERIFY(!client.get(usersUrl(sim)).json().contains("@odata.nextLink"_L1));
    }

    void delayedFaultArrivesLate()
    {
        GraphSim sim;
        QVERIFY(sim.listen());
        GraphSimFault f = fault(GraphSimFault::Kind::Status);
        f.status = 503;
        f.delayMs = 300;
        sim.addFault(f);
        QElapsedTimer timer;
        timer.start();
        QCOMPARE(GraphSimTestClient().get(usersUrl(sim)).status, 503);
        QVERIFY2(timer.elapsed() >= 290, qPrintable(QString::number(timer.elapsed())));
        QVERIFY(sim.requestLog().first().durationMs >= 290);
    }

    void chaosIsReproducibleFromItsSeed()
    {
        auto run = [](quint32 seed) {
            GraphSim sim;
            sim.setChaos(GraphSimChaos {0.3, 0.2, 4, 0, seed});
            if (!sim.listen())
                return QList<int>();
            GraphSimTestClient client;
            QList<int> statuses;
            for (int i = 0; i < 40; ++i) {
                const GraphSimTestReply reply = client.get(usersUrl(sim));
                statuses.append(reply.status);
                if (reply.status == 429 && reply.header("retry-after") != "4")
                    return QList<int>();
            }
            return statuses;
        };
        const QList<int> first = run(11);
        QCOMPARE(first.size(), 40);
        QCOMPARE(run(11), first);
        QVERIFY(first.contains(429));
        QVERIFY(first.contains(503));
        QVERIFY(first.contains(200));
        QVERIFY(run(12) != first);
    }

    void tlsModeServesWithItsOwnCertificate()
    {
        GraphSim sim;
        sim.generateUsers(10);
        QVERIFY(sim.listen(0, true));
        QCOMPARE(sim.baseUrl().scheme(), u"https"_s);
        const QList<QSslCertificate> certs = QSslCertificate::fromData(sim.certificatePem(), QSsl::Pem);
        QCOMPARE(certs.size(), 1);

        GraphSimTestClient untrusting;
        QCOMPARE(untrusting.get(usersUrl(sim)).error, QNetworkReply::SslHandshakeFailedError);

        GraphSimTestClient client;
        QSslConfiguration ssl = QSslConfiguration::defaultConfiguration();
        ssl.setCaCertificates(certs);
        client.setSslConfiguration(ssl);
        const GraphSimTestReply reply = client.get(usersUrl(sim, u"$top=4"_s));
        QCOMPARE(reply.status, 200);
        QVERIFY(reply.json()
                    .value("@odata.nextLink"_L1)
                    .toString()
                    .startsWith(u"https://127.0.0.1:%1/v1.0/users?"_s.arg(sim.baseUrl().port())));
        // A drop mid-body must surface over TLS too, not hang.
        sim.addFault(fault(GraphSimFault::Kind::DropConnection));
        const GraphSimTestReply dropped = client.get(usersUrl(sim, u"$top=10"_s));
        QVERIFY(!dropped.timedOut);
        QVERIFY(dropped.error != QNetworkReply::NoError);
    }

    void requestLogCountsAndWritesJsonLines()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString path = dir.filePath(u"requests.jsonl"_s);
        GraphSim sim;
        sim.generateUsers(45);
        sim.setRequestLogFile(path);
        QCOMPARE(sim.errorString(), QString());
        QVERIFY(sim.listen());
        GraphSimTestClient client;
        QUrl next = usersUrl(sim, u"$top=10"_s);
        while (next.isValid()) {
            const QString link = client.get(next).json().value("@odata.nextLink"_L1).toString();
            next = link.isEmpty() ? QUrl() : QUrl(link);
        }
        client.get(QUrl(sim.baseUrl().toString() + u"/v1.0/nothing"_s));
        QCOMPARE(sim.countRequests(u"GET"_s, u"^/v1\\.0/users$"_s), 5);
        QCOMPARE(sim.countRequests(u"POST"_s, u"^/v1\\.0/users$"_s), 0);
        QCOMPARE(sim.countRequests(QString(), u"nothing"_s), 1);
        QCOMPARE(sim.requestLog().size(), 6);
        QCOMPARE(sim.requestLog().last().status, 400);
        QVERIFY(sim.requestLog().at(1).query.contains("skiptoken"_L1));

        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QList<QByteArray> lines = file.readAll().trimmed().split('\n');
        QCOMPARE(lines.size(), 6);
        const QJsonObject line = QJsonDocument::fromJson(lines.first()).object();
        QCOMPARE(line.value("method"_L1).toString(), u"GET"_s);
        QCOMPARE(line.value("status"_L1).toInt(), 200);
        QCOMPARE(line.value("request-id"_L1).toString(), sim.requestLog().first().requestId);
        sim.clearRequestLog();
        QCOMPARE(sim.requestLog().size(), 0);
    }

    void executablePrintsBaseUrlAndFollowsItsLifeline()
    {
        const QString program = QCoreApplication::applicationDirPath() + u"/graphsim"_s;
        if (!QFile::exists(program))
            QSKIP("graphsim executable not built next to the test");
        QProcess process;
        process.start(program, {u"--users"_s, u"12"_s, u"--token"_s, u"tok"_s, u"--exit-on-stdin-eof"_s});
        QVERIFY(process.waitForStarted());
        QTRY_VERIFY_WITH_TIMEOUT(process.canReadLine(), 10000);
        const QString base = QString::fromUtf8(process.readLine()).trimmed();
        QVERIFY2(QRegularExpression(u"^http://127\\.0\\.0\\.1:\\d+$"_s).match(base).hasMatch(), qPrintable(base));
        const GraphSimTestReply reply = GraphSimTestClient(u"tok"_s).get(QUrl(base + u"/v1.0/users"_s));
        QCOMPARE(reply.json().value("value"_L1).toArray().size(), 12);
        QSignalSpy finished(&process, &QProcess::finished);
        process.closeWriteChannel();
        QVERIFY(finished.wait(10000));
        QCOMPARE(process.exitCode(), 0);
    }

    void serves100kUsersQuickly()
    {
        GraphSim sim;
        QElapsedTimer generation;
        generation.start();
        sim.generateUsers(100'000, 1);
        const qint64 generateMs = generation.elapsed();
        QVERIFY(sim.listen());
        GraphSimTestClient client;
        const QString select = u"$select=id,displayName,givenName,surname,userPrincipalName,mail,"
                               "accountEnabled,department&$top=999"_s;
        for (int round = 0; round < 2; ++round) {
            sim.clearRequestLog();
            QElapsedTimer wall;
            wall.start();
            int users = 0;
            QUrl next = usersUrl(sim, select);
            while (next.isValid()) {
                const QJsonObject page = client.get(next).json();
                users += static_cast<int>(page.value("value"_L1).toArray().size());
                const QString link = page.value("@odata.nextLink"_L1).toString();
                next = link.isEmpty() ? QUrl() : QUrl(link);
            }
            qint64 serverMs = 0;
            for (const GraphSimLogEntry &entry : sim.requestLog())
                serverMs += entry.durationMs;
            qInfo("100k users, round %d (%s): %lld pages, server %lld ms, wall %lld ms (generate %lld ms)", round + 1,
                  round == 0 ? "cold" : "cached", static_cast<long long>(sim.requestLog().size()),
                  static_cast<long long>(serverMs), static_cast<long long>(wall.elapsed()),
                  static_cast<long long>(generateMs));
            QCOMPARE(users, 100'000);
            QVERIFY2(serverMs < 2000, qPrintable(QString::number(serverMs)));
        }
    }
};

QTEST_GUILESS_MAIN(TestGraphSimFaults)
#include "TestGraphSimFaults.moc"
