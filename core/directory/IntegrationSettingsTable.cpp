#include "core/directory/IntegrationSettingsTable.h"

#include "core/directory/SqlContext.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QSqlError>
#include <QSqlQuery>

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("IntegrationSettingsTable", text);
}

} // namespace

Result<IntegrationSettings> IntegrationSettingsTable::get(const QString &integrationId)
{
    const QString operation = tr("read integration settings");
    QSqlQuery query(m_context.db());
    query.setForwardOnly(true);
    if (auto ran = m_context.run(query,
                                 QStringLiteral("SELECT domains, default_domain, export_manager FROM "
                                                "integration_settings WHERE integration_id = ?"),
                                 {integrationId}, operation);
        !ran)
        return ran.error();
    IntegrationSettings settings;
    if (query.next()) {
        settings.domains = query.value(0).toString().split(u',', Qt::SkipEmptyParts);
        settings.defaultDomain = query.value(1).toString();
        settings.exportManager = query.value(2).toInt() != 0;
    }
    return settings;
}

Result<void> IntegrationSettingsTable::save(const QString &integrationId, const IntegrationSettings &settings)
{
    const QString operation = tr("save integration settings");
    for (const QString &domain : settings.domains) {
        if (domain.contains(u',') || domain.trimmed().isEmpty())
            return makeError(tr("\"%1\" is not a domain name.").arg(domain));
    }
    QSqlQuery query(m_context.db());
    if (auto prepared = m_context.prepare(
            query,
            QStringLiteral("INSERT INTO integration_settings (integration_id, domains, default_domain, "
                           "export_manager, updated_at) VALUES (?, ?, ?, ?, ?) ON CONFLICT (integration_id) DO UPDATE "
                           "SET domains = excluded.domains, default_domain = excluded.default_domain, "
                           "export_manager = excluded.export_manager, updated_at = excluded.updated_at"),
            operation);
        !prepared)
        return prepared;
    query.bindValue(0, integrationId);
    query.bindValue(1, SqlContext::text(settings.domains.join(u',')));
    query.bindValue(2, SqlContext::text(settings.defaultDomain));
    query.bindValue(3, settings.exportManager ? 1 : 0);
    query.bindValue(4, QDateTime::currentMSecsSinceEpoch());
    if (!query.exec()) {
        const QSqlError error = query.lastError();
        if (error.nativeErrorCode() == u"23503" || error.nativeErrorCode() == u"787"
            || error.databaseText().contains(u"FOREIGN KEY"))
            return makeError(tr("Cannot save the settings: the integration no longer exists."));
        return m_context.failure(error, operation);
    }
    return {};
}
