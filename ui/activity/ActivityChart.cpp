#include "ui/activity/ActivityChart.h"

#include <QChart>
#include <QDateTime>
#include <QDateTimeAxis>
#include <QLineSeries>
#include <QValueAxis>

#include <algorithm>

ActivityChart::ActivityChart(QWidget *parent)
    : QChartView(new QChart, parent)
    , m_done(new QLineSeries(this))
    , m_failed(new QLineSeries(this))
    , m_backlog(new QLineSeries(this))
    , m_time(new QDateTimeAxis(this))
    , m_perMinute(new QValueAxis(this))
    , m_backlogAxis(new QValueAxis(this))
{
    setObjectName(QStringLiteral("activityChart"));
    setAccessibleName(tr("Operations per minute and backlog"));
    setRenderHint(QPainter::Antialiasing);
    setMinimumHeight(220);
    m_done->setName(tr("Done per minute"));
    m_failed->setName(tr("Failed per minute"));
    m_backlog->setName(tr("Backlog"));
    QChart *c = chart();
    c->setTitle(tr("Operations per minute and backlog, last 3 hours (local time)"));
    c->legend()->setAlignment(Qt::AlignBottom);
    for (QLineSeries *series : {m_done, m_failed, m_backlog})
        c->addSeries(series);
    m_time->setFormat(QStringLiteral("HH:mm"));
    m_time->setTitleText(tr("Local time"));
    m_time->setTickCount(7);
    m_perMinute->setTitleText(tr("Operations per minute"));
    m_perMinute->setLabelFormat(QStringLiteral("%d"));
    m_backlogAxis->setTitleText(tr("Backlog"));
    m_backlogAxis->setLabelFormat(QStringLiteral("%d"));
    c->addAxis(m_time, Qt::AlignBottom);
    c->addAxis(m_perMinute, Qt::AlignLeft);
    c->addAxis(m_backlogAxis, Qt::AlignRight);
    for (QLineSeries *series : {m_done, m_failed, m_backlog}) {
        series->attachAxis(m_time);
        series->attachAxis(series == m_backlog ? m_backlogAxis : m_perMinute);
    }
}

void ActivityChart::setBuckets(const QList<OutboxRate> &buckets, qint64 fromMs, qint64 toMs)
{
    QList<QPointF> done;
    QList<QPointF> failed;
    QList<QPointF> backlog;
    int maxPerMinute = 1;
    int maxBacklog = 1;
    for (const OutboxRate &bucket : buckets) {
        const auto x = qreal(bucket.start);
        done.append({x, qreal(bucket.done)});
        failed.append({x, qreal(bucket.failed)});
        backlog.append({x, qreal(bucket.backlog)});
        maxPerMinute = std::max({maxPerMinute, bucket.done, bucket.failed});
        maxBacklog = std::max(maxBacklog, bucket.backlog);
    }
    m_done->replace(done);
    m_failed->replace(failed);
    m_backlog->replace(backlog);
    m_time->setRange(QDateTime::fromMSecsSinceEpoch(fromMs), QDateTime::fromMSecsSinceEpoch(toMs));
    m_perMinute->setRange(0, maxPerMinute);
    m_perMinute->applyNiceNumbers();
    m_backlogAxis->setRange(0, maxBacklog);
    m_backlogAxis->applyNiceNumbers();
}
