#include "core/directory/MappingTable.h"

#include "core/directory/SqlContext.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QSqlQuery>
#include <QUuid>

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("MappingTable", text);
}

QString typeName(Mapping::Type type)
{
    switch (type) {
    case Mapping::Type::Direct:
        return QStringLiteral("direct");
    case Mapping::Type::Constant:
        return QStringLiteral("constant");
    case Mapping::Type::Expression:
        break;
    }
    return QStringLiteral("expression");
}

Mapping::Type typeFrom(const QString &name)
{
    if (name == u"direct")
        return Mapping::Type::Direct;
    return name == u"constant" ? Mapping::Type::Constant : Mapping::Type::Expression;
}

} // namespace

Result<QList<Mapping>> MappingTable::forIntegration(const QString &integrationId)
{
    const QString operation = tr("read mappings");
    QSqlQuery query(m_context.db());
    query.setForwardOnly(true);
    if (auto ran = m_context.run(query,
                                 QStringLiteral("SELECT id, integration_id, target_property, source_type, "
                                                "source, default_value, apply_mode, built_in, created_at, "
                                                "updated_at FROM mappings WHERE integration_id = ? "
                                                "ORDER BY target_property"),
                                 {integrationId}, operation);
        !ran)
        return ran.error();
    QList<Mapping> mappings;
    while (query.next()) {
        Mapping m;
        m.id = query.value(0).toString();
        m.integrationId = query.value(1).toString();
        m.targetProperty = query.value(2).toString();
        m.type = typeFrom(query.value(3).toString());
        m.source = query.value(4).toString();
        if (!query.value(5).isNull())
            m.defaultValue = query.value(5).toString();
        m.apply = query.value(6).toString() == u"create" ? Mapping::Apply::CreateOnly : Mapping::Apply::Always;
        m.builtIn = query.value(7).toString();
        m.createdAt = query.value(8).toLongLong();
        m.updatedAt = query.value(9).toLongLong();
        mappings.append(m);
    }
    return mappings;
}

Result<Mapping> MappingTable::save(const Mapping &input)
{
    const QString operation = tr("save a mapping");
    if (input.locked)
        return makeError(tr("The mapping of %1 is always exported and cannot be changed.").arg(input.targetProperty));
    if (input.integrationId.isEmpty() || input.targetProperty.isEmpty())
        return makeError(tr("A mapping needs an integration and a target property."));
    Mapping m = input;
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    if (m.id.isEmpty())
        m.id = QUuid::createUuid().toString(QUuid::WithoutBraces);
    if (m.createdAt == 0)
        m.createdAt = now;
    m.updatedAt = now;
    // One statement replaces the property's mapping whatever its id was: at most one mapping per property.
    QSqlQuery query(m_context.db());
    if (auto prepared = m_context.prepare(
            query,
            QStringLiteral("INSERT INTO mappings (id, integration_id, target_property, source_type, source, "
                           "default_value, apply_mode, built_in, created_at, updated_at) "
                           "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?) "
                           "ON CONFLICT (integration_id, target_property) DO UPDATE SET source_type = "
                           "excluded.source_type, source = excluded.source, default_value = excluded.default_value, "
                           "apply_mode = excluded.apply_mode, built_in = excluded.built_in, updated_at = "
                           "excluded.updated_at RETURNING id, created_at"),
            operation);
        !prepared)
        return prepared.error();
    const QVariantList values = {
        SqlContext::text(m.id),
        SqlContext::text(m.integrationId),
        SqlContext::text(m.targetProperty),
        typeName(m.type),
        SqlContext::text(m.source),
        m.defaultValue ? SqlContext::text(*m.defaultValue) : QVariant(QMetaType(QMetaType::QString)),
        m.apply == Mapping::Apply::CreateOnly ? QStringLiteral("create") : QStringLiteral("always"),
        SqlContext::text(m.builtIn),
        m.createdAt,
        m.updatedAt};
    for (qsizetype i = 0; i < values.size(); ++i)
        query.bindValue(int(i), values.at(i));
    if (auto ran = m_context.exec(query, operation); !ran)
        return ran.error();
    if (query.next()) {
        m.id = query.value(0).toString();
        m.createdAt = query.value(1).toLongLong();
    }
    return m;
}

Result<void> MappingTable::remove(const QString &integrationId, const QString &targetProperty)
{
    const QString operation = tr("remove a mapping");
    QSqlQuery query(m_context.db());
    if (auto prepared = m_context.prepare(
            query, QStringLiteral("DELETE FROM mappings WHERE integration_id = ? AND target_property = ?"), operation);
        !prepared)
        return prepared.error();
    query.bindValue(0, integrationId);
    query.bindValue(1, targetProperty);
    return m_context.exec(query, operation);
}
