#include "core/graph/RetryPolicy.h"

#include "core/graph/GraphError.h"

#include <QLocale>
#include <QTimeZone>

#include <algorithm>
#include <cmath>

RetryPolicy::RetryPolicy()
    : m_random(QRandomGenerator::securelySeeded())
{ }

bool RetryPolicy::isRetryable(const GraphError &error)
{
    switch (error.kind) {
    case GraphError::Kind::Http:
        return error.httpStatus == 429 || error.httpStatus == 503 || error.httpStatus == 504;
    case GraphError::Kind::Timeout:
        return true;
    case GraphError::Kind::Network:
        switch (error.networkError) {
        case QNetworkReply::RemoteHostClosedError:
        case QNetworkReply::TimeoutError:
        case QNetworkReply::TemporaryNetworkFailureError:
        case QNetworkReply::NetworkSessionFailedError:
        case QNetworkReply::ProxyConnectionClosedError:
        case QNetworkReply::ProxyTimeoutError:
            return true;
        default:
            return false;
        }
    default:
        return false;
    }
}

std::optional<std::chrono::milliseconds> RetryPolicy::next(int attempt, const GraphError &error,
                                                           std::chrono::milliseconds waitedSoFar)
{
    using namespace std::chrono;
    if (!isRetryable(error) || attempt >= m_maxAttempts || attempt < 1) {
        return std::nullopt;
    }
    milliseconds delay;
    if (error.retryAfter.count() >= 0) {
        // Graph's own figure is a floor we must honour (graph.md §2.9); only the cap overrides it.
        delay = std::min<milliseconds>(error.retryAfter, m_maxDelay);
    } else {
        const double exp = std::ldexp(1.0, std::min(attempt - 1, 30));
        const double full =
            std::min(static_cast<double>(m_baseDelay.count()) * exp, static_cast<double>(m_maxDelay.count()));
        // Jitter in [full/2, full] spreads clients that failed together.
        delay = milliseconds(static_cast<qint64>(full / 2 + m_random.bounded(1.0) * full / 2));
    }
    delay = milliseconds(static_cast<qint64>(std::llround(static_cast<double>(delay.count()) * m_timeScale)));
    const auto scaledBudget =
        milliseconds(static_cast<qint64>(std::llround(static_cast<double>(m_maxTotalWait.count()) * m_timeScale)));
    if (waitedSoFar + delay > scaledBudget) {
        return std::nullopt;
    }
    return delay;
}

std::optional<std::chrono::seconds> RetryPolicy::parseRetryAfter(const QByteArray &value, const QDateTime &now)
{
    const QByteArray v = value.trimmed();
    if (v.isEmpty()) {
        return std::nullopt;
    }
    bool ok = false;
    const qlonglong seconds = v.toLongLong(&ok);
    if (ok) {
        if (seconds < 0) {
            return std::nullopt;
        }
        return std::chrono::seconds(seconds);
    }
    // RFC 7231 IMF-fixdate, e.g. "Wed, 21 Oct 2015 07:28:00 GMT" (the obsolete RFC 850/asctime forms are not sent
    // by Graph; they are treated as garbage). Parse in the C locale: day and month names are English.
    const QString text = QString::fromLatin1(v);
    QDateTime when = QLocale::c().toDateTime(text, QStringLiteral("ddd, dd MMM yyyy HH:mm:ss 'GMT'"));
    if (!when.isValid()) {
        return std::nullopt;
    }
    when.setTimeZone(QTimeZone::utc());
    return std::chrono::seconds(std::max<qint64>(0, now.secsTo(when)));
}
