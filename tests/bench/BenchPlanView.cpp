// bench_plan_view: the plan view of issue 6 with 100,000 operations — how long opening it, switching the
// operation filter and searching block the GUI thread (goal: never more than 50 ms). Prints one JSON object; exits
// 1 when a filter shows the wrong number of rows. Run with QT_QPA_PLATFORM=offscreen. See tests/bench/README.md.
#include "tests/bench/BenchSupport.h"
#include "ui/plan/PlanDialog.h"
#include "ui/plan/PlanFilterModel.h"

#include <QApplication>
#include <QComboBox>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLineEdit>
#include <QTextStream>

using BenchSupport::fail;
using BenchSupport::timeMs;

namespace {

// 100,000 operations shaped like a first bind of a large tenant: mostly updates with a few changes each.
Plan makePlan(int n)
{
    Plan plan;
    plan.integrationId = QStringLiteral("bench");
    plan.integrationName = QStringLiteral("Contoso");
    plan.boundUsers = n;
    plan.operations.reserve(n);
    const QString cities[] = {QStringLiteral("Lagos"), QStringLiteral("Zürich"), QStringLiteral("東京"),
                              QStringLiteral("São Paulo")};
    for (int i = 0; i < n; ++i) {
        PlanOperation op;
        op.op = i % 10 == 0   ? PlanOperation::Op::Create
                : i % 97 == 0 ? PlanOperation::Op::Skip
                              : PlanOperation::Op::Update;
        op.userId = QStringLiteral("u%1").arg(i);
        op.username = QStringLiteral("user.%1").arg(i);
        op.upn = op.username + QStringLiteral("@contoso.com");
        op.changes = {{QStringLiteral("city"), cities[i % 4], cities[(i + 1) % 4]},
                      {QStringLiteral("jobTitle"), QJsonValue::Null, QStringLiteral("Engineer %1").arg(i % 50)}};
        if (op.op == PlanOperation::Op::Skip)
            op.reason = QStringLiteral("collision");
        plan.operations.append(std::move(op));
    }
    return plan;
}

} // namespace

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    const int n = 100000;
    const Plan plan = makePlan(n);
    const int creates = plan.count(PlanOperation::Op::Create);

    std::unique_ptr<PlanDialog> dialog;
    const double constructMs = timeMs([&] { dialog = std::make_unique<PlanDialog>(plan, QStringLiteral("Bench")); });
    const double showMs = timeMs([&] { dialog->show(); });
    auto *combo = dialog->findChild<QComboBox *>(QStringLiteral("planOperationFilter"));
    auto *search = dialog->findChild<QLineEdit *>(QStringLiteral("planSearch"));
    const double opFilterMs = timeMs([&] { combo->setCurrentIndex(combo->findData(int(PlanOperation::Op::Create))); });
    if (dialog->filterModel()->rowCount() != creates)
        return fail(QStringLiteral("the Create filter shows %1 rows, expected %2")
                        .arg(dialog->filterModel()->rowCount())
                        .arg(creates));
    const double clearOpMs = timeMs([&] { combo->setCurrentIndex(0); });
    QJsonArray searches;
    double worst = std::max({constructMs, showMs, opFilterMs, clearOpMs});
    for (const QString &term :
         {QStringLiteral("user.4242"), QStringLiteral("zürich"), QStringLiteral("engineer 7"), QString()}) {
        const double ms = timeMs([&] { search->setText(term); });
        worst = std::max(worst, ms);
        searches.append(QJsonObject {{QStringLiteral("term"), term},
                                     {QStringLiteral("rows"), dialog->filterModel()->rowCount()},
                                     {QStringLiteral("ms"), ms}});
    }
    if (dialog->filterModel()->rowCount() != n)
        return fail(QStringLiteral("clearing the search shows %1 rows").arg(dialog->filterModel()->rowCount()));

    const QJsonObject result {{QStringLiteral("n"), n},
                              {QStringLiteral("constructMs"), constructMs},
                              {QStringLiteral("showMs"), showMs},
                              {QStringLiteral("operationFilterMs"), opFilterMs},
                              {QStringLiteral("clearOperationFilterMs"), clearOpMs},
                              {QStringLiteral("searches"), searches},
                              {QStringLiteral("worstMs"), worst},
                              {QStringLiteral("goalMs"), 50},
                              {QStringLiteral("commit"), BenchSupport::commit()}};
    QTextStream(stdout) << QJsonDocument(result).toJson(QJsonDocument::Compact) << '\n';
    return 0;
}
