#include "ui/plan/PlanModel.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace {

QString valueText(const QJsonValue &value)
{
    switch (value.type()) {
    case QJsonValue::Null:
    case QJsonValue::Undefined:
        return PlanModel::tr("(none)");
    case QJsonValue::String:
        return value.toString().isEmpty() ? PlanModel::tr("(empty)") : value.toString();
    case QJsonValue::Bool:
        return value.toBool() ? PlanModel::tr("true") : PlanModel::tr("false");
    case QJsonValue::Double:
        return QString::number(value.toDouble());
    case QJsonValue::Array: {
        const QJsonArray array = value.toArray();
        if (array.isEmpty())
            return PlanModel::tr("(empty list)");
        QStringList items;
        for (const QJsonValue &item : array)
            items.append(valueText(item));
        return items.join(QStringLiteral(", "));
    }
    case QJsonValue::Object:
        return QString::fromUtf8(QJsonDocument(value.toObject()).toJson(QJsonDocument::Compact));
    }
    return {};
}

} // namespace

PlanModel::PlanModel(Plan plan, QObject *parent)
    : QAbstractTableModel(parent)
    , m_plan(std::move(plan))
{ }

int PlanModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_plan.operations.size());
}

int PlanModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString PlanModel::opLabel(PlanOperation::Op op)
{
    switch (op) {
    case PlanOperation::Op::Create:
        return tr("Create");
    case PlanOperation::Op::Takeover:
        return tr("Take over");
    case PlanOperation::Op::Update:
        return tr("Update");
    case PlanOperation::Op::Rename:
        return tr("Rename");
    case PlanOperation::Op::Manager:
        return tr("Set manager");
    case PlanOperation::Op::Suspend:
        return tr("Suspend");
    case PlanOperation::Op::Skip:
        return tr("Skip");
    }
    return {};
}

QString PlanModel::changesText(const PlanOperation &operation)
{
    QStringList lines;
    lines.reserve(operation.changes.size());
    for (const PlanChange &change : operation.changes)
        lines.append(tr("%1: %2 → %3").arg(change.property, valueText(change.oldValue), valueText(change.newValue)));
    return lines.join(QLatin1Char('\n'));
}

QVariant PlanModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const PlanOperation &operation = m_plan.operations.at(index.row());
    if (role == Qt::DisplayRole) {
        switch (index.column()) {
        case Operation:
            return opLabel(operation.op);
        case User:
            return operation.username;
        case Upn:
            return operation.upn;
        case Changes:
            return changesText(operation).replace(QLatin1Char('\n'), QStringLiteral("; "));
        case Reason:
            return operation.message.isEmpty() ? operation.reason : operation.message;
        }
    } else if (role == Qt::ToolTipRole && (index.column() == Changes || index.column() == Reason)) {
        return index.column() == Changes ? changesText(operation) : operation.message;
    }
    return {};
}

QVariant PlanModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Operation:
        return tr("Operation");
    case User:
        return tr("User");
    case Upn:
        return tr("User principal name");
    case Changes:
        return tr("Changes (Microsoft 365 now → clouddir will write)");
    case Reason:
        return tr("Why");
    }
    return {};
}
