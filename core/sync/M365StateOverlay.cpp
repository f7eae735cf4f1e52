#include "core/sync/M365StateOverlay.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace {

const QString UpnKey = QStringLiteral("userPrincipalName");
const QString EnabledKey = QStringLiteral("accountEnabled");

bool isNothing(const QJsonValue &v)
{
    return v.isNull() || v.isUndefined() || (v.isString() && v.toString().isEmpty())
           || (v.isArray() && v.toArray().isEmpty());
}

} // namespace

M365StateOverlay::M365StateOverlay(const QList<OutboxEntry> &rows)
{
    for (const OutboxEntry &row : rows) {
        if (row.state == u"pending" || row.state == u"retrying")
            add(row);
    }
}

void M365StateOverlay::add(const OutboxEntry &row)
{
    const QJsonObject payload = QJsonDocument::fromJson(row.payload.toUtf8()).object();
    Queued &queued = m_byUser[row.userId];
    if (row.op == u"manager") {
        const QJsonValue manager = payload.value(QStringLiteral("managerUserId"));
        queued.managerUserId = manager.isString() ? manager.toString() : QString();
        return;
    }
    if (row.op == u"create") {
        queued = Queued {};
        queued.creating = true;
        queued.enabled = true;
        queued.upn = row.upn;
    }
    const QJsonObject body = payload.value(QStringLiteral("body")).toObject();
    for (auto it = body.constBegin(); it != body.constEnd(); ++it) {
        if (it.key() == UpnKey)
            queued.upn = it.value().toString();
        else if (it.key() == EnabledKey)
            queued.enabled = it.value().toBool();
        else
            queued.values.insert(it.key(), it.value());
    }
}

const M365StateOverlay::Queued *M365StateOverlay::forUser(const QString &userId) const
{
    const auto it = m_byUser.constFind(userId);
    return it == m_byUser.cend() ? nullptr : &*it;
}

bool M365StateOverlay::sameValue(const QJsonValue &a, const QJsonValue &b)
{
    const bool noA = isNothing(a);
    const bool noB = isNothing(b);
    if (noA || noB)
        return noA == noB;
    return a == b;
}
