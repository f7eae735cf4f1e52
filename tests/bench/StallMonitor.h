#pragma once

#include <QElapsedTimer>
#include <QList>
#include <QTimer>

#include <algorithm>
#include <functional>

// Watches the GUI thread: a 1 ms precise timer can only fire when the event loop is free, so a gap between two
// timeouts longer than the interval is time the loop was busy (a stall the user would feel as a frozen window).
class StallMonitor final
{
public:
    static constexpr int s_tickMs = 1;

    explicit StallMonitor(std::function<int()> rowsNow)
        : m_rowsNow(std::move(rowsNow))
    {
        m_timer.setTimerType(Qt::PreciseTimer);
        m_timer.setInterval(s_tickMs);
        QObject::connect(&m_timer, &QTimer::timeout, [this] { tick(); });
    }

    void start()
    {
        m_clock.start();
        m_last = 0;
        m_timer.start();
    }
    void stop() { m_timer.stop(); }

    // Stalls in ms: each gap minus the interval the timer was asked to wait anyway.
    double maxStallMs() const { return m_gaps.isEmpty() ? 0.0 : *std::max_element(m_gaps.cbegin(), m_gaps.cend()); }
    double percentileMs(double p) const
    {
        if (m_gaps.isEmpty())
            return 0.0;
        QList<double> sorted = m_gaps;
        std::sort(sorted.begin(), sorted.end());
        const auto index = qsizetype(p * double(sorted.size() - 1) + 0.5);
        return sorted.at(std::clamp<qsizetype>(index, 0, sorted.size() - 1));
    }
    qsizetype ticks() const { return m_gaps.size(); }
    // Rows present when the longest stall ended, and how many stalls exceeded 50 ms: where in the listing it hurts.
    int rowsAtMaxStall() const { return m_rowsAtMax; }
    int stallsOver(double ms) const
    {
        return int(std::count_if(m_gaps.cbegin(), m_gaps.cend(), [ms](double gap) { return gap > ms; }));
    }

private:
    void tick()
    {
        const qint64 now = m_clock.nsecsElapsed();
        const double stall = std::max(0.0, double(now - m_last) / 1e6 - s_tickMs);
        if (m_gaps.isEmpty() || stall > maxStallMs())
            m_rowsAtMax = m_rowsNow();
        m_gaps.append(stall);
        m_last = now;
    }

    std::function<int()> m_rowsNow;
    QTimer m_timer;
    QElapsedTimer m_clock;
    qint64 m_last = 0;
    QList<double> m_gaps;
    int m_rowsAtMax = 0;
};
