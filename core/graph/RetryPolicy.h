#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QRandomGenerator>

#include <chrono>
#include <optional>

struct GraphError;

// When to try a failed Graph request again. A value class with no network and no timers: GraphJob asks next() after
// each failed attempt and waits the answer itself, so every decision is testable from a table.
//
// Retries: HTTP 429, 503, 504 and transient network failures (connection dropped, timeout, temporary network
// failure) — only ever for idempotent requests; the caller must not ask for a create. Never retried: connection
// refused / host not found (a wrong URL does not heal by waiting), 4xx, protocol errors.
// Delay: Retry-After (delta-seconds or HTTP-date) when present, else exponential backoff base·2^(n-1) with jitter in
// [d/2, d]; either way capped at maxDelay. A budget stops it: maxAttempts in total and maxTotalWait of waiting.
// timeScale multiplies every delay (tests use 0.001 so a "3 s" wait takes 3 ms; production keeps 1.0).
class RetryPolicy
{
public:
    RetryPolicy();

    void setMaxAttempts(int attempts) { m_maxAttempts = attempts; }
    int maxAttempts() const { return m_maxAttempts; }
    void setBaseDelay(std::chrono::milliseconds delay) { m_baseDelay = delay; }
    void setMaxDelay(std::chrono::milliseconds delay) { m_maxDelay = delay; }
    void setMaxTotalWait(std::chrono::milliseconds wait) { m_maxTotalWait = wait; }
    void setTimeScale(double scale) { m_timeScale = scale; }
    // Fixes the jitter sequence so tests get reproducible delays. Unseeded policies are reseeded per job (GraphJob)
    // so concurrent jobs throttled together do not retry in lockstep.
    void setSeed(quint32 seed)
    {
        m_random.seed(seed);
        m_fixedSeed = true;
    }
    bool hasFixedSeed() const { return m_fixedSeed; }

    // attempt: 1-based number of the attempt that just failed; waitedSoFar: sum of the delays already waited.
    // Returns the (scaled) delay before the next attempt, or nullopt when the error is final or the budget is spent.
    std::optional<std::chrono::milliseconds> next(int attempt, const GraphError &error,
                                                  std::chrono::milliseconds waitedSoFar = {});

    static bool isRetryable(const GraphError &error);
    // Retry-After as delta-seconds ("120") or an RFC 7231 HTTP-date relative to now; nullopt when absent/garbage.
    // A date in the past gives 0.
    static std::optional<std::chrono::seconds> parseRetryAfter(const QByteArray &value, const QDateTime &now);

private:
    int m_maxAttempts = 6;
    std::chrono::milliseconds m_baseDelay {2000};
    std::chrono::milliseconds m_maxDelay {180000};
    std::chrono::milliseconds m_maxTotalWait {600000};
    double m_timeScale = 1.0;
    QRandomGenerator m_random;
    bool m_fixedSeed = false;
};
