#pragma once

#include "ui/activity/ActivityData.h"

#include <QChartView>

class QDateTimeAxis;
class QLineSeries;
class QValueAxis;

// Operations per minute (done, failed) and the backlog over the last hours, one point per bucket. The time axis is
// in local time; the backlog has its own axis on the right because it can be far larger than a minute's throughput.
class ActivityChart final : public QChartView
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ActivityChart)

public:
    explicit ActivityChart(QWidget *parent = nullptr);

    // Replaces every point; [fromMs, toMs] is the window shown even where it has no points.
    void setBuckets(const QList<OutboxRate> &buckets, qint64 fromMs, qint64 toMs);
    QLineSeries *doneSeries() const { return m_done; }
    QLineSeries *failedSeries() const { return m_failed; }
    QLineSeries *backlogSeries() const { return m_backlog; }

private:
    QLineSeries *m_done;
    QLineSeries *m_failed;
    QLineSeries *m_backlog;
    QDateTimeAxis *m_time;
    QValueAxis *m_perMinute;
    QValueAxis *m_backlogAxis;
};
