#include "ui/plan/PlanDialog.h"
#include "ui/plan/PlanFilterModel.h"
#include "ui/plan/PlanModel.h"

#include <QComboBox>
#include <QJsonArray>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTest>

namespace {

PlanOperation op(PlanOperation::Op kind, const QString &user, const QList<PlanChange> &changes = {},
                 const QString &reason = QString())
{
    PlanOperation o;
    o.op = kind;
    o.userId = QStringLiteral("id-") + user;
    o.username = user;
    o.upn = user + QStringLiteral("@contoso.com");
    o.changes = changes;
    o.reason = reason;
    return o;
}

Plan smallPlan()
{
    Plan plan;
    plan.integrationId = QStringLiteral("i1");
    plan.integrationName = QStringLiteral("Contoso");
    plan.boundUsers = 1000;
    plan.operations = {
        op(PlanOperation::Op::Create, QStringLiteral("ana"),
           {{QStringLiteral("givenName"), QJsonValue::Null, QStringLiteral("Ana")}}),
        op(PlanOperation::Op::Update, QStringLiteral("ben"),
           {{QStringLiteral("city"), QStringLiteral("Lagos"), QStringLiteral("Abuja")},
            {QStringLiteral("businessPhones"), QJsonArray {}, QJsonArray {QStringLiteral("+234 1")}}}),
        op(PlanOperation::Op::Skip, QStringLiteral("carl"), {}, QStringLiteral("collision")),
    };
    return plan;
}

} // namespace

class TestPlanDialog : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void showsCountsAndOldToNew()
    {
        PlanDialog dialog(smallPlan(), QStringLiteral("Bind 3 users to Contoso"));
        QCOMPARE(dialog.findChild<QLabel *>(QStringLiteral("planSummary"))->text(),
                 QStringLiteral("Create 1 · Update 1 · Skip 1"));
        QAbstractItemModel *model = dialog.filterModel();
        QCOMPARE(model->rowCount(), 3);
        QCOMPARE(model->index(1, PlanModel::Changes).data().toString(),
                 QStringLiteral("city: Lagos → Abuja; businessPhones: (empty list) → +234 1"));
        QCOMPARE(model->index(0, PlanModel::Changes).data().toString(), QStringLiteral("givenName: (none) → Ana"));
        QCOMPARE(model->index(2, PlanModel::Reason).data().toString(), QStringLiteral("collision"));
    }

    void filtersByOperationAndText()
    {
        PlanDialog dialog(smallPlan(), QStringLiteral("t"));
        auto *combo = dialog.findChild<QComboBox *>(QStringLiteral("planOperationFilter"));
        QCOMPARE(combo->count(), 4); // all + the three ops that occur
        combo->setCurrentIndex(combo->findData(int(PlanOperation::Op::Skip)));
        QCOMPARE(dialog.filterModel()->rowCount(), 1);
        combo->setCurrentIndex(0);
        QTest::keyClicks(dialog.findChild<QLineEdit *>(QStringLiteral("planSearch")), QStringLiteral("LAGOS"));
        QCOMPARE(dialog.filterModel()->rowCount(), 1);
        QCOMPARE(dialog.filterModel()->index(0, PlanModel::User).data().toString(), QStringLiteral("ben"));
    }

    void confirmNeedsWritesAndCancelIsTheDefault()
    {
        PlanDialog dialog(smallPlan(), QStringLiteral("t"));
        QVERIFY(dialog.findChild<QPushButton *>(QStringLiteral("planConfirm"))->isEnabled());
        QVERIFY(dialog.findChild<QPushButton *>(QStringLiteral("planCancel"))->isDefault());
        QVERIFY(!dialog.findChild<QLineEdit *>(QStringLiteral("planBrakeEdit")));

        Plan nothing;
        nothing.integrationName = QStringLiteral("Contoso");
        nothing.operations = {op(PlanOperation::Op::Skip, QStringLiteral("x"), {}, QStringLiteral("not-listed"))};
        PlanDialog empty(nothing, QStringLiteral("t"));
        QVERIFY(!empty.findChild<QPushButton *>(QStringLiteral("planConfirm"))->isEnabled());
    }

    void brakeWantsTheIntegrationNameTyped()
    {
        Plan plan = smallPlan();
        for (int i = 0; i < 51; ++i)
            plan.operations.append(op(PlanOperation::Op::Suspend, QStringLiteral("u%1").arg(i)));
        QVERIFY(plan.needsConfirmation());
        PlanDialog dialog(plan, QStringLiteral("Unbind 51 users"));
        dialog.show();
        auto *confirm = dialog.findChild<QPushButton *>(QStringLiteral("planConfirm"));
        auto *edit = dialog.findChild<QLineEdit *>(QStringLiteral("planBrakeEdit"));
        QVERIFY(edit);
        QVERIFY(!confirm->isEnabled());
        QTest::keyClicks(edit, QStringLiteral("contoso"));
        QVERIFY2(!confirm->isEnabled(), "the name must match exactly");
        edit->clear();
        QTest::keyClicks(edit, QStringLiteral("Contoso"));
        QVERIFY(confirm->isEnabled());
        QTest::mouseClick(confirm, Qt::LeftButton);
        QCOMPARE(dialog.result(), int(QDialog::Accepted));
    }
};

QTEST_MAIN(TestPlanDialog)
#include "TestPlanDialog.moc"
