#include "ui/history/SnapshotModel.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonValue>
#include <QLocale>

#include <algorithm>

SnapshotModel::SnapshotModel(QObject *parent)
    : QAbstractTableModel(parent)
{ }

void SnapshotModel::setSnapshots(QList<Snapshot> snapshots, QHash<QString, QString> integrationNames)
{
    beginResetModel();
    m_snapshots = std::move(snapshots);
    std::stable_sort(m_snapshots.begin(), m_snapshots.end(),
                     [](const Snapshot &a, const Snapshot &b) { return a.takenAt > b.takenAt; });
    m_names = std::move(integrationNames);
    endResetModel();
}

int SnapshotModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_snapshots.size());
}

int SnapshotModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString SnapshotModel::valueText(const std::optional<QString> &json)
{
    if (!json || json->isEmpty())
        return tr("(none)");
    // Wrap it so that scalars parse too (QJsonDocument wants an object or an array).
    const QJsonDocument document = QJsonDocument::fromJson(QByteArray("[") + json->toUtf8() + QByteArray("]"));
    if (!document.isArray() || document.array().size() != 1)
        return *json;
    const QJsonValue value = document.array().at(0);
    if (value.isNull())
        return tr("(none)");
    if (value.isString())
        return value.toString();
    if (value.isArray()) {
        QStringList items;
        for (const QJsonValue &item : value.toArray())
            items.append(item.isString()
                             ? item.toString()
                             : QString::fromUtf8(QJsonDocument(QJsonArray {item}).toJson(QJsonDocument::Compact)));
        return items.isEmpty() ? tr("(empty list)") : items.join(QStringLiteral(", "));
    }
    return *json;
}

QVariant SnapshotModel::data(const QModelIndex &index, int role) const
{
    if (role != Qt::DisplayRole
        || !checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Snapshot &snapshot = m_snapshots.at(index.row());
    switch (index.column()) {
    case Integration:
        return m_names.value(snapshot.integrationId, snapshot.integrationId);
    case Property:
        return snapshot.property;
    case OldValue:
        return valueText(snapshot.oldValue);
    case When:
        return QLocale().toString(QDateTime::fromMSecsSinceEpoch(snapshot.takenAt), QLocale::ShortFormat);
    case Operation:
        return snapshot.operation;
    }
    return {};
}

QVariant SnapshotModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Integration:
        return tr("Integration");
    case Property:
        return tr("Property");
    case OldValue:
        return tr("Microsoft 365 value before");
    case When:
        return tr("Overwritten");
    case Operation:
        return tr("Operation");
    }
    return {};
}
