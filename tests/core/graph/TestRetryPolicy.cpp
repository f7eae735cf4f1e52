#include "core/graph/GraphError.h"
#include "core/graph/RetryPolicy.h"

#include <QTest>
#include <QTimeZone>

using namespace std::chrono_literals;
using std::chrono::milliseconds;
using std::chrono::seconds;

namespace {

GraphError httpError(int status, seconds retryAfter = seconds(-1))
{
    GraphError e;
    e.kind = GraphError::Kind::Http;
    e.httpStatus = status;
    e.retryAfter = retryAfter;
    return e;
}

GraphError networkError(QNetworkReply::NetworkError code)
{
    GraphError e;
    e.kind = GraphError::Kind::Network;
    e.networkError = code;
    return e;
}

const QDateTime s_now = QDateTime(QDate(2026, 11, 24), QTime(21, 10, 0), QTimeZone::utc());

} // namespace

class TestRetryPolicy : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void parsesRetryAfter_data()
    {
        QTest::addColumn<QByteArray>("header");
        QTest::addColumn<qint64>("expectedSeconds"); // -1 = nullopt

        QTest::newRow("seconds") << QByteArray("120") << qint64(120);
        QTest::newRow("zero") << QByteArray("0") << qint64(0);
        QTest::newRow("padded") << QByteArray("  7 ") << qint64(7);
        QTest::newRow("http-date +90s") << QByteArray("Tue, 24 Nov 2026 21:11:30 GMT") << qint64(90);
        QTest::newRow("http-date in the past") << QByteArray("Tue, 24 Nov 2026 21:00:00 GMT") << qint64(0);
        QTest::newRow("absent") << QByteArray() << qint64(-1);
        QTest::newRow("negative") << QByteArray("-5") << qint64(-1);
        QTest::newRow("garbage") << QByteArray("soon") << qint64(-1);
        QTest::newRow("fraction") << QByteArray("1.5") << qint64(-1);
        QTest::newRow("bad date") << QByteArray("Tue, 31 Feb 2026 21:11:30 GMT") << qint64(-1);
        QTest::newRow("asctime form") << QByteArray("Tue Nov 24 21:11:30 2026") << qint64(-1);
    }

    void parsesRetryAfter()
    {
        QFETCH(QByteArray, header);
        QFETCH(qint64, expectedSeconds);
        const auto parsed = RetryPolicy::parseRetryAfter(header, s_now);
        if (expectedSeconds < 0) {
            QVERIFY(!parsed.has_value());
        } else {
            QVERIFY(parsed.has_value());
            QCOMPARE(parsed->count(), expectedSeconds);
        }
    }

    void classifiesErrors_data()
    {
        QTest::addColumn<GraphError>("error");
        QTest::addColumn<bool>("retryable");

        QTest::newRow("429") << httpError(429) << true;
        QTest::newRow("503") << httpError(503) << true;
        QTest::newRow("504") << httpError(504) << true;
        QTest::newRow("500") << httpError(500) << false;
        QTest::newRow("400") << httpError(400) << false;
        QTest::newRow("401") << httpError(401) << false;
        QTest::newRow("403") << httpError(403) << false;
        QTest::newRow("404") << httpError(404) << false;
        QTest::newRow("dropped") << networkError(QNetworkReply::RemoteHostClosedError) << true;
        QTest::newRow("temporary") << networkError(QNetworkReply::TemporaryNetworkFailureError) << true;
        QTest::newRow("refused") << networkError(QNetworkReply::ConnectionRefusedError) << false;
        QTest::newRow("host not found") << networkError(QNetworkReply::HostNotFoundError) << false;
        QTest::newRow("tls") << networkError(QNetworkReply::SslHandshakeFailedError) << false;
        GraphError timeout;
        timeout.kind = GraphError::Kind::Timeout;
        QTest::newRow("timeout") << timeout << true;
        GraphError cancelled;
        cancelled.kind = GraphError::Kind::Cancelled;
        QTest::newRow("cancelled") << cancelled << false;
        GraphError protocol;
        protocol.kind = GraphError::Kind::Protocol;
        QTest::newRow("protocol") << protocol << false;
    }

    void classifiesErrors()
    {
        QFETCH(GraphError, error);
        QFETCH(bool, retryable);
        QCOMPARE(RetryPolicy::isRetryable(error), retryable);
        RetryPolicy policy;
        QCOMPARE(policy.next(1, error).has_value(), retryable);
    }

    void honoursRetryAfterAndCap_data()
    {
        QTest::addColumn<qint64>("retryAfterSeconds");
        QTest::addColumn<qint64>("expectedMs");

        QTest::newRow("3 s") << qint64(3) << qint64(3000);
        QTest::newRow("0 s") << qint64(0) << qint64(0);
        QTest::newRow("capped at 180 s") << qint64(3600) << qint64(180000);
    }

    void honoursRetryAfterAndCap()
    {
        QFETCH(qint64, retryAfterSeconds);
        QFETCH(qint64, expectedMs);
        RetryPolicy policy;
        policy.setMaxTotalWait(3600s);
        const auto delay = policy.next(1, httpError(429, seconds(retryAfterSeconds)));
        QVERIFY(delay.has_value());
        QCOMPARE(delay->count(), expectedMs);
    }

    void backoffGrowsWithJitterWithinBounds_data()
    {
        QTest::addColumn<int>("attempt");
        QTest::addColumn<qint64>("lowMs");
        QTest::addColumn<qint64>("highMs");

        // base 2 s: full delay 2·2^(n-1), jitter in [full/2, full], cap 180 s.
        QTest::newRow("after 1st") << 1 << qint64(1000) << qint64(2000);
        QTest::newRow("after 2nd") << 2 << qint64(2000) << qint64(4000);
        QTest::newRow("after 3rd") << 3 << qint64(4000) << qint64(8000);
        QTest::newRow("after 5th") << 5 << qint64(16000) << qint64(32000);
        QTest::newRow("after 9th (capped)") << 9 << qint64(90000) << qint64(180000);
    }

    void backoffGrowsWithJitterWithinBounds()
    {
        QFETCH(int, attempt);
        QFETCH(qint64, lowMs);
        QFETCH(qint64, highMs);
        RetryPolicy policy;
        policy.setMaxAttempts(20);
        policy.setMaxTotalWait(24h);
        policy.setSeed(42);
        for (int i = 0; i < 50; ++i) {
            const auto delay = policy.next(attempt, httpError(503));
            QVERIFY(delay.has_value());
            QVERIFY2(delay->count() >= lowMs && delay->count() <= highMs, qPrintable(QString::number(delay->count())));
        }
    }

    void seededJitterIsReproducible()
    {
        RetryPolicy a;
        RetryPolicy b;
        a.setSeed(7);
        b.setSeed(7);
        for (int attempt = 1; attempt < 5; ++attempt) {
            QCOMPARE(a.next(attempt, httpError(504)), b.next(attempt, httpError(504)));
        }
    }

    void stopsAtMaxAttempts_data()
    {
        QTest::addColumn<int>("maxAttempts");
        QTest::addColumn<int>("attempt");
        QTest::addColumn<bool>("retries");

        QTest::newRow("1 of 6") << 6 << 1 << true;
        QTest::newRow("5 of 6") << 6 << 5 << true;
        QTest::newRow("6 of 6") << 6 << 6 << false;
        QTest::newRow("1 of 1") << 1 << 1 << false;
    }

    void stopsAtMaxAttempts()
    {
        QFETCH(int, maxAttempts);
        QFETCH(int, attempt);
        QFETCH(bool, retries);
        RetryPolicy policy;
        policy.setMaxAttempts(maxAttempts);
        QCOMPARE(policy.next(attempt, httpError(429, 1s)).has_value(), retries);
    }

    void stopsWhenTotalWaitIsSpent()
    {
        RetryPolicy policy;
        policy.setMaxTotalWait(10s);
        QCOMPARE(policy.next(1, httpError(429, 4s), 5s), std::optional<milliseconds>(4000ms));
        QVERIFY(!policy.next(2, httpError(429, 4s), 7s).has_value());
    }

    void timeScaleShrinksEveryDelay()
    {
        RetryPolicy policy;
        policy.setTimeScale(0.001);
        QCOMPARE(policy.next(1, httpError(429, 3s)), std::optional<milliseconds>(3ms));
        const auto backoff = policy.next(2, httpError(503));
        QVERIFY(backoff.has_value());
        QVERIFY(backoff->count() <= 4);
        // The budget shrinks with the delays: 600 s · 0.001 = 600 ms.
        QVERIFY(!policy.next(1, httpError(429, 3s), 599ms).has_value());
    }
};

QTEST_GUILESS_MAIN(TestRetryPolicy)
#include "TestRetryPolicy.moc"
