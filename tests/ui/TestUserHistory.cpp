// History… on the Users page offscreen (issue 7): the Microsoft 365 values clouddir overwrote for one user, read from
// the real SQLite snapshots of a confirmed plan, newest first, with the user's other rows left out. Restore opens the
// plan (current values read from graphsim) and Confirm queues the update with the snapshot's value.
#include "core/directory/BindingTable.h"
#include "core/directory/OutboxTable.h"
#include "tests/ui/UiFixture.h"
#include "ui/UsersPage.h"
#include "ui/history/SnapshotModel.h"
#include "ui/history/UserHistoryDialog.h"
#include "ui/plan/PlanDialog.h"
#include "ui/plan/PlanFilterModel.h"
#include "ui/plan/PlanModel.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QPushButton>
#include <QSignalSpy>
#include <QSortFilterProxyModel>
#include <QTableView>
#include <QTest>

#include <memory>

class TestUserHistory : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<UiFixture> m_fixture;
    std::unique_ptr<UsersPage> m_page;

    Store &store() { return m_fixture->store(); }
    QString integrationId() const { return m_fixture->integration().id; }
    QString addUser(const QString &username)
    {
        User user;
        user.username = username;
        user.firstname = username;
        if (!store().insertUsers({user}))
            qFatal("insert failed");
        return (**store().userByUsername(username)).id;
    }
    Snapshot snapshot(const QString &userId, const QString &property, const std::optional<QString> &old, qint64 at)
    {
        Snapshot s;
        s.integrationId = integrationId();
        s.userId = userId;
        s.m365Id = QStringLiteral("m-") + userId;
        s.property = property;
        s.oldValue = old;
        s.operation = QStringLiteral("takeover");
        s.takenAt = at;
        return s;
    }
    // A confirmed takeover of ana and ben that overwrote some of their M365 values.
    void commitPlan(const QString &ana, const QString &ben)
    {
        OutboxBatch batch;
        batch.integrationId = integrationId();
        for (const QString &id : {ana, ben}) {
            OutboxEntry entry;
            entry.integrationId = integrationId();
            entry.planId = QStringLiteral("plan-1");
            entry.userId = id;
            entry.op = QStringLiteral("takeover");
            entry.m365Id = QStringLiteral("m-") + id;
            entry.payload = QStringLiteral("{}");
            batch.entries.append(entry);
        }
        batch.snapshots = {snapshot(ana, QStringLiteral("jobTitle"), QStringLiteral("\"Clerk\""), 1000),
                           snapshot(ana, QStringLiteral("businessPhones"), QStringLiteral("[\"+47 1\"]"), 2000),
                           snapshot(ana, QStringLiteral("department"), std::nullopt, 3000),
                           snapshot(ben, QStringLiteral("jobTitle"), QStringLiteral("\"Boss\""), 1500)};
        batch.snapshotEntry = {0, 0, 0, 1};
        QVERIFY(store().outbox().commit(batch));
    }
    UserHistoryDialog *openHistory(const QString &username)
    {
        m_page = std::make_unique<UsersPage>(m_fixture->context());
        m_page->show();
        if (!QTest::qWaitFor([&] { return !m_page->isLoading() && m_page->proxyModel()->rowCount() > 0; }))
            qFatal("the users did not load");
        if (!m_page->selectUser(username))
            qFatal("no row for %s", qPrintable(username));
        QTest::mouseClick(m_page->findChild<QPushButton *>(QStringLiteral("usersHistory")), Qt::LeftButton);
        auto *dialog = m_page->findChild<UserHistoryDialog *>();
        if (!dialog)
            qFatal("the history dialog did not open");
        return dialog;
    }

    // ana's account in the tenant as it is now: jobTitle changed by clouddir's takeover, department set since.
    void tenantHolds(const QString &ana)
    {
        m_fixture->sim().setUsers({{{QStringLiteral("id"), QStringLiteral("m-") + ana},
                                    {QStringLiteral("userPrincipalName"), QStringLiteral("ana@northwind-labs.com")},
                                    {QStringLiteral("displayName"), QStringLiteral("ana")},
                                    {QStringLiteral("mailNickname"), QStringLiteral("ana")},
                                    {QStringLiteral("jobTitle"), QStringLiteral("Engineer")},
                                    {QStringLiteral("businessPhones"), QJsonArray {QStringLiteral("+47 1")}},
                                    {QStringLiteral("department"), QStringLiteral("R&D")},
                                    {QStringLiteral("accountEnabled"), true}}});
        QVERIFY(store().bindings().saveLinks(
            integrationId(),
            {{ana, QStringLiteral("m-") + ana, QStringLiteral("ana@northwind-labs.com"), true, false}}));
    }
    PlanDialog *waitForPlan(UserHistoryDialog *history)
    {
        PlanDialog *plan = nullptr;
        const auto shown = [&] {
            for (PlanDialog *d : history->findChildren<PlanDialog *>()) {
                if (d->isVisible())
                    plan = d;
            }
            return plan != nullptr;
        };
        return QTest::qWaitFor(shown, 20000) ? plan : nullptr;
    }
    QList<OutboxEntry> outbox() { return store().outbox().entries(integrationId()).value(); }

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

    void listsTheUsersOverwrittenValuesNewestFirst()
    {
        commitPlan(addUser(QStringLiteral("ana")), addUser(QStringLiteral("ben")));
        UserHistoryDialog *dialog = openHistory(QStringLiteral("ana"));
        QTRY_VERIFY(!dialog->isLoading() && dialog->model()->rowCount() > 0);
        SnapshotModel *model = dialog->model();
        QCOMPARE(model->rowCount(), 3); // ben's snapshot is not ana's history
        QCOMPARE(model->index(0, SnapshotModel::Property).data().toString(), QStringLiteral("department"));
        QCOMPARE(model->index(0, SnapshotModel::OldValue).data().toString(), QStringLiteral("(none)"));
        QCOMPARE(model->index(1, SnapshotModel::OldValue).data().toString(), QStringLiteral("+47 1"));
        QCOMPARE(model->index(2, SnapshotModel::OldValue).data().toString(), QStringLiteral("Clerk"));
        QCOMPARE(model->index(2, SnapshotModel::Integration).data().toString(), m_fixture->integration().name);
        QCOMPARE(model->index(2, SnapshotModel::Operation).data().toString(), QStringLiteral("takeover"));
        QCOMPARE(dialog->findChild<QLabel *>(QStringLiteral("historyStatus"))->text(),
                 QStringLiteral("3 overwritten values."));
        auto *restoreSelected = dialog->findChild<QPushButton *>(QStringLiteral("historyRestoreSelected"));
        QVERIFY(!restoreSelected->isEnabled());
        dialog->findChild<QTableView *>(QStringLiteral("historyTable"))->selectRow(2);
        QVERIFY(restoreSelected->isEnabled());
    }

    void saysSoWhenNothingWasOverwritten()
    {
        addUser(QStringLiteral("carl"));
        UserHistoryDialog *dialog = openHistory(QStringLiteral("carl"));
        QSignalSpy loaded(dialog, &UserHistoryDialog::loaded);
        QTRY_VERIFY(!dialog->isLoading());
        QCOMPARE(dialog->model()->rowCount(), 0);
        QTRY_COMPARE(dialog->findChild<QLabel *>(QStringLiteral("historyStatus"))->text(),
                     QStringLiteral("clouddir has not overwritten any Microsoft 365 value of this user."));
        QVERIFY(!dialog->findChild<QPushButton *>(QStringLiteral("historyRestoreAll"))->isEnabled());
    }

    void restoringARowPlansAgainstGraphAndConfirmQueuesIt()
    {
        const QString ana = addUser(QStringLiteral("ana"));
        commitPlan(ana, addUser(QStringLiteral("ben")));
        tenantHolds(ana);
        UserHistoryDialog *dialog = openHistory(QStringLiteral("ana"));
        QTRY_VERIFY(!dialog->isLoading() && dialog->model()->rowCount() == 3);
        QSignalSpy queued(dialog, &UserHistoryDialog::restoreQueued);
        const int before = int(outbox().size());
        dialog->findChild<QTableView *>(QStringLiteral("historyTable"))->selectRow(2); // jobTitle "Clerk"
        QTest::mouseClick(dialog->findChild<QPushButton *>(QStringLiteral("historyRestoreSelected")), Qt::LeftButton);
        PlanDialog *plan = waitForPlan(dialog);
        QVERIFY2(plan, qPrintable(dialog->findChild<QLabel *>(QStringLiteral("historyStatus"))->text()));
        QCOMPARE(plan->findChild<QLabel *>(QStringLiteral("planSummary"))->text(), QStringLiteral("Update 1"));
        QCOMPARE(outbox().size(), before); // nothing is written while the plan is only shown

        QTest::mouseClick(plan->findChild<QPushButton *>(QStringLiteral("planConfirm")), Qt::LeftButton);
        QTRY_COMPARE(queued.size(), 1);
        QCOMPARE(queued.first().first().toString(), integrationId());
        const QList<OutboxEntry> rows = outbox();
        QCOMPARE(rows.size(), before + 1);
        QCOMPARE(rows.last().op, QStringLiteral("update"));
        QCOMPARE(rows.last().userId, ana);
        const QJsonObject payload = QJsonDocument::fromJson(rows.last().payload.toUtf8()).object();
        QCOMPARE(payload.value(QStringLiteral("id")).toString(), QStringLiteral("m-") + ana);
        QCOMPARE(payload.value(QStringLiteral("body")).toObject(),
                 QJsonObject({{QStringLiteral("jobTitle"), QStringLiteral("Clerk")}}));
        // The restore's own snapshot (what it overwrote) joins the history.
        QTRY_COMPARE(dialog->model()->rowCount(), 4);
    }

    void restoringTheWholeUserShowsEveryChangeAndCancelQueuesNothing()
    {
        const QString ana = addUser(QStringLiteral("ana"));
        commitPlan(ana, addUser(QStringLiteral("ben")));
        tenantHolds(ana);
        UserHistoryDialog *dialog = openHistory(QStringLiteral("ana"));
        QTRY_VERIFY(!dialog->isLoading() && dialog->model()->rowCount() == 3);
        const int before = int(outbox().size());
        QTest::mouseClick(dialog->findChild<QPushButton *>(QStringLiteral("historyRestoreAll")), Qt::LeftButton);
        PlanDialog *plan = waitForPlan(dialog);
        QVERIFY2(plan, qPrintable(dialog->findChild<QLabel *>(QStringLiteral("historyStatus"))->text()));
        QCOMPARE(plan->findChild<QLabel *>(QStringLiteral("planSummary"))->text(), QStringLiteral("Update 1"));
        // jobTitle Engineer → Clerk and department R&D → (none); businessPhones holds its old value already.
        auto *model = qobject_cast<PlanModel *>(plan->filterModel()->sourceModel());
        QVERIFY(model);
        QCOMPARE(model->rowCount(), 1);
        const PlanOperation &o = model->operation(0);
        QCOMPARE(o.op, PlanOperation::Op::Update);
        QCOMPARE(o.changes, QList<PlanChange>(
                                {{QStringLiteral("jobTitle"), QStringLiteral("Engineer"), QStringLiteral("Clerk")},
                                 {QStringLiteral("department"), QStringLiteral("R&D"), QJsonValue(QJsonValue::Null)}}));
        plan->reject();
        QTRY_VERIFY(!plan->isVisible());
        QTest::qWait(50);
        QCOMPARE(outbox().size(), before);
    }
};

QTEST_MAIN(TestUserHistory)
#include "TestUserHistory.moc"
