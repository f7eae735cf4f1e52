#pragma once

#include <QElapsedTimer>

#include <deque>

// The tenant write limit of graph.md §2.9 as a sliding window: at most `writes` admitted writes in any `window`
// seconds (Graph: 3,000 per 150 s). A write refused with 429 does not take a slot, so Retry-After (the seconds until
// the oldest slot frees) is honest: a client that waits that long gets in.
class GraphSimWriteQuota
{
public:
    GraphSimWriteQuota();

    // writes <= 0 or windowSeconds <= 0 turns the quota off.
    void configure(int writes, int windowSeconds);
    // Takes a slot and returns true, or returns false with *retryAfterSeconds (>= 1) set.
    bool admit(int *retryAfterSeconds);
    int accepted() const { return m_accepted; }

private:
    QElapsedTimer m_clock;
    std::deque<qint64> m_admittedAtMs;
    int m_writes = 3000;
    qint64 m_windowMs = 150'000;
    int m_accepted = 0;
};
