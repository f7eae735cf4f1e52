#include "core/sync/M365State.h"

#include "core/mapping/GraphPropertyCatalog.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace {

// The id out of {"@odata.type":"#microsoft.graph.user","id":"…"}: a plain search first (ids are GUIDs, no escapes),
// a JSON parse only when that fails.
QString managerIdFrom(const QString &text)
{
    if (text.isEmpty())
        return QString();
    const qsizetype key = text.indexOf(QLatin1String("\"id\":\""));
    if (key >= 0) {
        const qsizetype start = key + 6;
        const qsizetype end = text.indexOf(u'"', start);
        if (end > start && !text.mid(start, end - start).contains(u'\\'))
            return text.mid(start, end - start);
    }
    return QJsonDocument::fromJson(text.toUtf8()).object().value(QLatin1String("id")).toString();
}

constexpr int FixedColumns = 4; // id, userPrincipalName, accountEnabled, onPremisesSyncEnabled

} // namespace

M365State::M365State(QStringList properties)
    : m_properties(std::move(properties))
{
    for (qsizetype i = 0; i < m_properties.size(); ++i) {
        const auto graphProperty = GraphPropertyCatalog::find(m_properties.at(i));
        m_columns.insert(m_properties.at(i),
                         Column {i, graphProperty ? int(graphProperty->type) : int(GraphProperty::Type::String)});
    }
}

QStringList M365State::select() const
{
    QStringList columns = {QStringLiteral("id"), QStringLiteral("userPrincipalName"), QStringLiteral("accountEnabled"),
                           QStringLiteral("onPremisesSyncEnabled")};
    for (const QString &p : m_properties) {
        if (!columns.contains(p))
            columns.append(p);
    }
    return columns;
}

QStringList M365State::rowColumns() const
{
    return select() << QStringLiteral("manager");
}

void M365State::addRows(const QList<QStringList> &rows)
{
    const QStringList columns = rowColumns();
    QList<int> valueColumn;
    for (const QString &p : m_properties)
        valueColumn.append(int(columns.indexOf(p)));
    const int managerColumn = int(columns.size()) - 1;
    m_accounts.reserve(m_accounts.size() + size_t(rows.size()));
    for (const QStringList &row : rows) {
        if (row.size() != columns.size())
            continue;
        M365Account account;
        account.id = row.at(0);
        account.upn = row.at(1);
        account.enabled = row.at(2) == u"true";
        account.onPremises = row.at(3) == u"true";
        account.managerId = managerIdFrom(row.at(managerColumn));
        account.values.reserve(valueColumn.size());
        for (int column : valueColumn)
            account.values.append(row.at(column));
        addAccount(std::move(account));
    }
}

void M365State::addAccount(M365Account account)
{
    const qsizetype index = size();
    m_byUpn.insert(account.upn.toLower(), index);
    m_byId.insert(account.id, index);
    m_accounts.push_back(std::move(account));
}

qsizetype M365State::indexOfUpn(const QString &upn) const
{
    // Most UPNs are lower-case ASCII already: look them up without a lower-cased copy.
    const bool lower =
        std::none_of(upn.cbegin(), upn.cend(), [](QChar c) { return c.unicode() >= 128 || c.isUpper(); });
    return m_byUpn.value(lower ? upn : upn.toLower(), -1);
}

qsizetype M365State::indexOfId(const QString &id) const
{
    return m_byId.value(id, -1);
}

QJsonValue M365State::value(qsizetype index, const QString &property) const
{
    const auto column = m_columns.constFind(property);
    if (column == m_columns.cend() || index < 0 || index >= size())
        return QJsonValue::Null;
    const QString &raw = account(index).values.at(column->index);
    if (raw.isNull())
        return QJsonValue::Null;
    if (column->type == int(GraphProperty::Type::StringList)) {
        const QJsonArray array = QJsonDocument::fromJson(raw.toUtf8()).array();
        return array.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(array);
    }
    if (column->type == int(GraphProperty::Type::Boolean))
        return QJsonValue(raw == u"true");
    return raw;
}

bool M365State::hasValue(qsizetype index, const QString &property, const QJsonValue &wanted) const
{
    const auto column = m_columns.constFind(property);
    if (wanted.isString() && column != m_columns.cend() && column->type == int(GraphProperty::Type::String)
        && index >= 0 && index < size()) {
        const QString &raw = account(index).values.at(column->index);
        return !raw.isNull() && raw == wanted.toString();
    }
    return value(index, property) == wanted;
}

qsizetype M365State::stringColumn(const QString &property) const
{
    const auto column = m_columns.constFind(property);
    if (column == m_columns.cend() || column->type != int(GraphProperty::Type::String))
        return -1;
    return column->index;
}
