// The Activity page offscreen over a real SQLite outbox (issue 7): counts per state, what is retrying and why,
// failures with Graph's code and request id, Retry and Dismiss (with its confirmation), and the throughput chart.
#include "core/directory/OutboxTable.h"
#include "tests/ui/UiFixture.h"
#include "ui/activity/ActivityChart.h"
#include "ui/activity/ActivityPage.h"
#include "ui/activity/OutboxModel.h"

#include <QApplication>
#include <QDateTime>
#include <QLabel>
#include <QLineSeries>
#include <QMessageBox>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableView>
#include <QTest>
#include <QTimer>

#include <memory>

namespace {

const QString Owner = QStringLiteral("test-executor");

qint64 now()
{
    return QDateTime::currentMSecsSinceEpoch();
}

} // namespace

class TestActivityPage : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<UiFixture> m_fixture;
    std::unique_ptr<ActivityPage> m_page;

    OutboxTable outbox() { return m_fixture->store().outbox(); }
    QString integrationId() const { return m_fixture->integration().id; }

    template <typename T>
    T *child(const char *name) const
    {
        T *widget = m_page->findChild<T *>(QString::fromLatin1(name));
        if (!widget)
            qFatal("no widget %s", name);
        return widget;
    }

    // Queues `count` update rows and claims them, as an executor would before sending.
    QList<OutboxEntry> queueAndClaim(int count)
    {
        OutboxBatch batch;
        batch.integrationId = integrationId();
        for (int i = 0; i < count; ++i) {
            OutboxEntry entry;
            entry.integrationId = integrationId();
            entry.planId = QStringLiteral("plan-1");
            entry.seq = i;
            entry.userId = QStringLiteral("user-%1").arg(i);
            entry.op = QStringLiteral("update");
            entry.m365Id = QStringLiteral("m-%1").arg(i);
            entry.upn = QStringLiteral("user%1@contoso.com").arg(i);
            entry.payload = QStringLiteral("{\"jobTitle\":\"Engineer\"}");
            batch.entries.append(entry);
        }
        Result<int> committed = outbox().commit(batch);
        if (!committed || *committed != count)
            qFatal("commit failed");
        Result<QList<OutboxEntry>> claimed = outbox().claimDue(integrationId(), Owner, now(), count, 60000);
        if (!claimed || claimed->size() != count)
            qFatal("claim failed");
        return *claimed;
    }
    void fail(const OutboxEntry &entry)
    {
        OutboxFailure failure {400, QStringLiteral("Request_BadRequest"),
                               QStringLiteral("Invalid value specified for property 'jobTitle'."),
                               QStringLiteral("req-") + entry.userId};
        QVERIFY(outbox().recordFailed(entry.id, Owner, failure, now()));
    }
    QString stateOf(const QString &id)
    {
        Result<QList<OutboxEntry>> entries = outbox().entries(integrationId());
        if (!entries)
            return QString();
        for (const OutboxEntry &entry : std::as_const(*entries)) {
            if (entry.id == id)
                return entry.state;
        }
        return QString();
    }
    void showAndWait()
    {
        m_page = std::make_unique<ActivityPage>(&m_fixture->store());
        m_page->resize(1100, 760);
        QSignalSpy loaded(m_page.get(), &ActivityPage::loaded);
        m_page->show();
        QTRY_VERIFY(loaded.count() > 0 && !m_page->isLoading());
    }
    void refreshAndWait()
    {
        QSignalSpy loaded(m_page.get(), &ActivityPage::loaded);
        m_page->refresh();
        QTRY_VERIFY(loaded.count() > 0 && !m_page->isLoading());
    }
    QTableView *table() const { return child<QTableView>("activityTable"); }
    // Answers the next modal message box with `button` once it appears.
    void answerNextMessageBox(QMessageBox::StandardButton button, bool *answered)
    {
        QTimer::singleShot(0, m_page.get(), [button, answered] {
            auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget());
            if (!box)
                return;
            box->button(button)->click();
            *answered = true;
        });
    }

private Q_SLOTS:
    void init()
    {
        m_fixture = std::make_unique<UiFixture>();
        const QString problem = m_fixture->setUp(0);
        QVERIFY2(problem.isEmpty(), qPrintable(problem));
    }
    void cleanup()
    {
        m_page.reset();
        m_fixture.reset();
    }

    void showsFailuresWithGraphCodeAndRequestId()
    {
        const QList<OutboxEntry> rows = queueAndClaim(3);
        fail(rows.at(0));
        QVERIFY(outbox().recordDone(rows.at(1).id, Owner, QStringLiteral("req-ok"), now()));
        showAndWait();
        QCOMPARE(child<QLabel>("activityCount_failed")->text(), QStringLiteral("1 failed"));
        QCOMPARE(child<QLabel>("activityCount_done")->text(), QStringLiteral("1 done"));
        QCOMPARE(child<QLabel>("activityCount_pending")->text(), QStringLiteral("1 pending"));
        QAbstractItemModel *model = table()->model();
        QCOMPARE(model->rowCount(), 1);
        QCOMPARE(model->index(0, OutboxModel::State).data().toString(), QStringLiteral("Failed"));
        QCOMPARE(model->index(0, OutboxModel::GraphCode).data().toString(),
                 QStringLiteral("HTTP 400 Request_BadRequest"));
        QCOMPARE(model->index(0, OutboxModel::LastError).data().toString(),
                 QStringLiteral("Invalid value specified for property 'jobTitle'."));
        QCOMPARE(model->index(0, OutboxModel::RequestId).data().toString(), QStringLiteral("req-user-0"));
    }

    void showsWhenAndWhyARowRetries()
    {
        const QList<OutboxEntry> rows = queueAndClaim(1);
        const qint64 nextAt = now() + 10 * 60 * 1000;
        QVERIFY(outbox().recordRetry(rows.at(0).id, Owner, nextAt, QStringLiteral("Throttled by Graph (429)"),
                                     QStringLiteral("req-429")));
        showAndWait();
        QCOMPARE(child<QLabel>("activityCount_retrying")->text(), QStringLiteral("1 retrying"));
        QVERIFY(child<QLabel>("activityNextRetry")->text().startsWith(QStringLiteral("next retry at ")));
        QAbstractItemModel *model = table()->model();
        QCOMPARE(model->rowCount(), 1);
        QCOMPARE(model->index(0, OutboxModel::State).data().toString(), QStringLiteral("Retrying"));
        QVERIFY(!model->index(0, OutboxModel::NextAttempt).data().toString().isEmpty());
        QCOMPARE(model->index(0, OutboxModel::LastError).data().toString(), QStringLiteral("Throttled by Graph (429)"));
    }

    void retryPutsAFailedRowBackInTheQueue()
    {
        const QList<OutboxEntry> rows = queueAndClaim(2);
        fail(rows.at(0));
        fail(rows.at(1));
        showAndWait();
        QCOMPARE(table()->model()->rowCount(), 2);
        auto *retry = child<QPushButton>("activityRetry");
        QVERIFY(!retry->isEnabled());
        QSignalSpy retried(m_page.get(), &ActivityPage::retryRequested);
        table()->selectRow(0);
        const QString id = m_page->model()->entry(0).id;
        QVERIFY(retry->isEnabled());
        QSignalSpy loaded(m_page.get(), &ActivityPage::loaded);
        QTest::mouseClick(retry, Qt::LeftButton);
        QCOMPARE(stateOf(id), QStringLiteral("pending"));
        QCOMPARE(retried.count(), 1);
        QCOMPARE(retried.at(0).at(0).toString(), integrationId());
        QTRY_VERIFY(loaded.count() > 0 && !m_page->isLoading());
        QCOMPARE(table()->model()->rowCount(), 1);
        QCOMPARE(child<QLabel>("activityCount_pending")->text(), QStringLiteral("1 pending"));
        QCOMPARE(child<QLabel>("activityCount_failed")->text(), QStringLiteral("1 failed"));
    }

    void dismissAsksFirstAndKeepsTheRowOnCancel()
    {
        const QList<OutboxEntry> rows = queueAndClaim(1);
        fail(rows.at(0));
        showAndWait();
        table()->selectRow(0);
        bool answered = false;
        answerNextMessageBox(QMessageBox::Cancel, &answered);
        QTest::mouseClick(child<QPushButton>("activityDismiss"), Qt::LeftButton);
        QTRY_VERIFY(answered);
        QCOMPARE(stateOf(rows.at(0).id), QStringLiteral("failed"));

        answered = false;
        answerNextMessageBox(QMessageBox::Yes, &answered);
        QSignalSpy loaded(m_page.get(), &ActivityPage::loaded);
        QTest::mouseClick(child<QPushButton>("activityDismiss"), Qt::LeftButton);
        QTRY_VERIFY(answered);
        QCOMPARE(stateOf(rows.at(0).id), QStringLiteral("dismissed"));
        QTRY_VERIFY(loaded.count() > 0 && !m_page->isLoading());
        QCOMPARE(table()->model()->rowCount(), 0);
        QCOMPARE(child<QLabel>("activityCount_dismissed")->text(), QStringLiteral("1 dismissed"));
    }

    void chartHasPointsAfterOperationsFinished()
    {
        showAndWait();
        const auto sum = [](QLineSeries *series) {
            qreal total = 0;
            const QList<QPointF> points = series->points();
            for (const QPointF &point : points)
                total += point.y();
            return total;
        };
        QCOMPARE(sum(m_page->chart()->doneSeries()), 0.0);
        const QList<OutboxEntry> rows = queueAndClaim(4);
        for (int i = 0; i < 3; ++i)
            QVERIFY(outbox().recordDone(rows.at(i).id, Owner, QStringLiteral("req-%1").arg(i), now()));
        fail(rows.at(3));
        refreshAndWait();
        QCOMPARE(sum(m_page->chart()->doneSeries()), 3.0);
        QCOMPARE(sum(m_page->chart()->failedSeries()), 1.0);
        QVERIFY(m_page->chart()->doneSeries()->count() >= 180); // one point per minute over three hours
    }
};

QTEST_MAIN(TestActivityPage)
#include "TestActivityPage.moc"
