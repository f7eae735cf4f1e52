#include "core/sync/Plan.h"

#include <QJsonArray>

QString PlanOperation::opName(Op op)
{
    switch (op) {
    case Op::Create:
        return QStringLiteral("create");
    case Op::Takeover:
        return QStringLiteral("takeover");
    case Op::Update:
        return QStringLiteral("update");
    case Op::Rename:
        return QStringLiteral("rename");
    case Op::Manager:
        return QStringLiteral("manager");
    case Op::Suspend:
        return QStringLiteral("suspend");
    case Op::Skip:
        break;
    }
    return QStringLiteral("skip");
}

QMap<QString, int> Plan::counts() const
{
    QMap<QString, int> result;
    for (const PlanOperation &o : operations)
        ++result[PlanOperation::opName(o.op)];
    return result;
}

int Plan::count(PlanOperation::Op op) const
{
    return int(
        std::count_if(operations.cbegin(), operations.cend(), [op](const PlanOperation &o) { return o.op == op; }));
}

bool Plan::needsConfirmation() const
{
    const int risky = count(PlanOperation::Op::Suspend) + count(PlanOperation::Op::Rename);
    return risky > BrakeCount || (boundUsers > 0 && qint64(risky) * 100 > qint64(boundUsers) * BrakePercent);
}

bool Plan::hasWrites() const
{
    return std::any_of(operations.cbegin(), operations.cend(),
                       [](const PlanOperation &o) { return o.op != PlanOperation::Op::Skip; });
}

QJsonObject Plan::toJson() const
{
    QJsonArray ops;
    for (const PlanOperation &o : operations) {
        QJsonArray changes;
        for (const PlanChange &c : o.changes) {
            changes.append(QJsonObject {{QStringLiteral("property"), c.property},
                                        {QStringLiteral("old"), c.oldValue},
                                        {QStringLiteral("new"), c.newValue}});
        }
        ops.append(QJsonObject {{QStringLiteral("op"), PlanOperation::opName(o.op)},
                                {QStringLiteral("user"), o.username},
                                {QStringLiteral("upn"), o.upn.isEmpty() ? QJsonValue() : QJsonValue(o.upn)},
                                {QStringLiteral("changes"), changes},
                                {QStringLiteral("reason"), o.reason}});
    }
    QJsonObject countObject;
    const QMap<QString, int> c = counts();
    for (auto it = c.cbegin(); it != c.cend(); ++it)
        countObject.insert(it.key(), it.value());
    return QJsonObject {{QStringLiteral("operations"), ops}, {QStringLiteral("counts"), countObject}};
}
