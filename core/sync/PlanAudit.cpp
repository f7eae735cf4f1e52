#include "core/sync/PlanAudit.h"

#include <QCoreApplication>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>

namespace {

using Op = PlanOperation::Op;

QString tr(const char *text)
{
    return QCoreApplication::translate("PlanAudit", text);
}

QString jsonText(const QJsonValue &value)
{
    if (value.isNull() || value.isUndefined())
        return QString();
    if (value.isString())
        return value.toString();
    const QByteArray wrapped = QJsonDocument(QJsonArray {value}).toJson(QJsonDocument::Compact);
    return QString::fromUtf8(wrapped.mid(1, wrapped.size() - 2));
}

class Lines
{
public:
    Lines(const PlanInput &input, QString actor)
        : m_actor(std::move(actor))
        , m_integration(input.integrationId)
    {
        for (const User &u : input.users)
            m_names.insert(u.id, u.username);
    }

    AuditEntry &add(const QString &action, const QString &property = QString(), const QString &userId = QString())
    {
        AuditEntry e;
        e.actor = m_actor;
        e.integrationId = m_integration;
        e.action = action;
        e.property = property;
        e.userId = userId;
        e.username = m_names.value(userId);
        e.result = AuditEntry::ResultOk;
        m_lines.append(e);
        return m_lines.last();
    }

    void binding(const BindingChange &change)
    {
        for (const QString &id : change.bindUsers)
            add(AuditEntry::ActionBind, QString(), id);
        for (const QString &id : change.unbindUsers)
            add(AuditEntry::ActionUnbind, QString(), id);
        for (const QString &id : change.bindGroups)
            add(AuditEntry::ActionBind).detail = tr("group %1").arg(id);
        for (const QString &id : change.unbindGroups)
            add(AuditEntry::ActionUnbind).detail = tr("group %1").arg(id);
    }

    void configuration(const IntegrationSettings &before, const PlanRequest &request)
    {
        for (const Mapping &m : request.saveMappings)
            add(AuditEntry::ActionExport, m.targetProperty).newValue = m.expressionText();
        for (const QString &property : request.removeMappings)
            add(AuditEntry::ActionExport, property).detail = tr("export removed");
        if (!request.settings)
            return;
        const IntegrationSettings &after = *request.settings;
        const auto setting = [&](const QString &name, const QString &oldValue, const QString &newValue) {
            if (oldValue == newValue)
                return;
            AuditEntry &e = add(AuditEntry::ActionDomains, name);
            e.oldValue = oldValue;
            e.newValue = newValue;
        };
        setting(QStringLiteral("domains"), before.domains.join(u','), after.domains.join(u','));
        setting(QStringLiteral("defaultDomain"), before.defaultDomain, after.defaultDomain);
        const auto flag = [](bool on) { return on ? QStringLiteral("on") : QStringLiteral("off"); };
        if (before.exportManager != after.exportManager) {
            AuditEntry &e = add(AuditEntry::ActionExport, QStringLiteral("manager"));
            e.oldValue = flag(before.exportManager);
            e.newValue = flag(after.exportManager);
        }
    }

    void queued(const Plan &plan, const OutboxBatch &batch)
    {
        qsizetype entry = 0;
        for (const PlanOperation &o : plan.operations) {
            if (o.op == Op::Skip)
                continue;
            const OutboxEntry &row = batch.entries.at(entry++);
            for (const PlanChange &c : o.changes) {
                AuditEntry &e = add(AuditEntry::ActionQueued, c.property, o.userId);
                e.username = o.username;
                e.oldValue = jsonText(c.oldValue);
                e.newValue = jsonText(c.newValue);
                e.result = AuditEntry::ResultQueued;
                e.detail = tr("%1 of %2, plan %3").arg(row.op, o.upn, row.planId);
            }
        }
    }

    QList<AuditEntry> take() { return std::move(m_lines); }

private:
    QString m_actor;
    QString m_integration;
    QHash<QString, QString> m_names;
    QList<AuditEntry> m_lines;
};

} // namespace

namespace PlanAudit {

QList<AuditEntry> lines(const Plan &plan, const PlanInput &input, const PlanRequest &request,
                        const IntegrationSettings &storedSettings, const OutboxBatch &batch, const QString &actor)
{
    Lines lines(input, actor);
    lines.binding(request.change);
    lines.configuration(storedSettings, request);
    lines.queued(plan, batch);
    return lines.take();
}

} // namespace PlanAudit
