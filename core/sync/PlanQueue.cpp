#include "core/sync/PlanQueue.h"

#include "core/directory/AuditTable.h"
#include "core/directory/IntegrationSettingsTable.h"
#include "core/directory/OutboxTable.h"
#include "core/directory/Store.h"
#include "core/sync/PlanAudit.h"
#include "core/sync/UserEditor.h"

#include <QCoreApplication>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QUuid>

namespace {

using Op = PlanOperation::Op;

QString json(const QJsonObject &object)
{
    return QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Compact));
}

QString jsonText(const QJsonValue &value)
{
    // A QJsonDocument holds only objects and arrays: wrap, then cut the wrapper off.
    const QByteArray wrapped = QJsonDocument(QJsonArray {value}).toJson(QJsonDocument::Compact);
    return QString::fromUtf8(wrapped.mid(1, wrapped.size() - 2));
}

QString nicknameFor(const QString &upn)
{
    // mailNickname is required on create (graph.md §2.2): the local part without what Exchange refuses.
    QString nick;
    for (const QChar c : upn.section(u'@', 0, 0)) {
        if (c.unicode() < 128 && (c.isLetterOrNumber() || c == u'.' || c == u'-' || c == u'_'))
            nick.append(c);
    }
    while (nick.startsWith(u'.'))
        nick.remove(0, 1);
    nick = nick.left(64);
    return nick.isEmpty() ? QStringLiteral("user") : nick;
}

QJsonObject payloadOf(const PlanOperation &o)
{
    if (o.op == Op::Manager) {
        const QJsonValue managerId = o.managerUserId.isEmpty() ? QJsonValue() : QJsonValue(QString());
        return {
            {QStringLiteral("id"), o.m365Id},
            {QStringLiteral("userId"), o.userId},
            {QStringLiteral("managerId"), managerId},
            {QStringLiteral("managerUserId"), o.managerUserId.isEmpty() ? QJsonValue() : QJsonValue(o.managerUserId)}};
    }
    QJsonObject body;
    for (const PlanChange &c : o.changes)
        body.insert(c.property, c.newValue);
    if (o.op == Op::Create) {
        body.insert(QStringLiteral("accountEnabled"), true);
        if (!body.contains(QStringLiteral("mailNickname")))
            body.insert(QStringLiteral("mailNickname"), nicknameFor(o.upn));
        return {{QStringLiteral("body"), body}};
    }
    QJsonObject payload {{QStringLiteral("id"), o.m365Id}, {QStringLiteral("body"), body}};
    if (o.m365Id.isEmpty()) // the account's create is still queued: found by the UPN it has before this row
        payload.insert(QStringLiteral("resolveUpn"),
                       o.op == Op::Rename && !o.changes.isEmpty() ? o.changes.first().oldValue.toString() : o.upn);
    return payload;
}

} // namespace

namespace PlanQueue {

OutboxBatch batch(const Plan &plan, const PlanInput &input, const PlanRequest &request)
{
    OutboxBatch b;
    b.integrationId = plan.integrationId;
    b.change = request.change;
    b.settings = request.settings;
    b.saveMappings = request.saveMappings;
    b.removeMappings = request.removeMappings;
    QHash<QString, BindingLink> links;
    for (const BindingLink &l : input.links)
        links.insert(l.userId, l);
    QSet<QString> touched;
    const QString planId = QUuid::createUuid().toString(QUuid::WithoutBraces);
    int seq = 0;
    for (const PlanOperation &o : plan.operations) {
        if (o.op == Op::Skip)
            continue;
        OutboxEntry e;
        e.integrationId = plan.integrationId;
        e.planId = planId;
        e.seq = seq++;
        e.userId = o.userId;
        e.op = PlanOperation::opName(o.op);
        e.m365Id = o.m365Id;
        e.upn = o.upn;
        // The manager's own id, when already known, goes in the payload; "" = created by this plan.
        QJsonObject payload = payloadOf(o);
        if (o.op == Op::Manager && !o.managerUserId.isEmpty()) {
            const BindingLink managerLink = links.value(o.managerUserId);
            payload.insert(QStringLiteral("managerId"), managerLink.m365Id);
        }
        e.payload = json(payload);
        const int entryIndex = int(b.entries.size());
        b.entries.append(e);
        for (const PlanChange &c : o.changes) {
            if (c.oldValue.isNull() || c.oldValue.isUndefined())
                continue; // nothing in M365 to keep
            Snapshot s;
            s.integrationId = plan.integrationId;
            s.userId = o.userId;
            s.m365Id = o.m365Id;
            s.property = c.property;
            s.oldValue = jsonText(c.oldValue);
            s.operation = e.op;
            b.snapshots.append(s);
            b.snapshotEntry.append(entryIndex);
        }
        BindingLink &link = links[o.userId];
        link.userId = o.userId;
        if (!o.m365Id.isEmpty())
            link.m365Id = o.m365Id;
        if (o.op != Op::Manager)
            link.upn = o.upn;
        if (o.op == Op::Suspend)
            link.suspended = true;
        else if (o.op != Op::Manager)
            link.suspended = false;
        touched.insert(o.userId);
    }
    for (const QString &userId : std::as_const(touched))
        b.links.append(links.value(userId));
    return b;
}

Result<int> confirm(Store &store, const Plan &plan, const PlanInput &input, const PlanRequest &request,
                    const QString &typedConfirmation, const QString &actor)
{
    if (plan.needsConfirmation() && typedConfirmation != plan.confirmationText())
        return makeError(QCoreApplication::translate("PlanQueue",
                                                     "This plan suspends or renames %1 accounts: type the "
                                                     "integration's name \"%2\" to confirm it. Nothing was queued.")
                             .arg(plan.count(Op::Suspend) + plan.count(Op::Rename))
                             .arg(plan.confirmationText()));
    const OutboxBatch rows = batch(plan, input, request);
    auto stored = store.integrationSettings().get(plan.integrationId);
    if (!stored)
        return stored.error();
    const QList<AuditEntry> lines =
        PlanAudit::lines(plan, input, request, *stored, rows, actor.isEmpty() ? UserEditor::osActor() : actor);
    int queued = 0;
    auto written = store.inTransaction([&]() -> Result<void> {
        auto committed = store.outbox().commit(rows);
        if (!committed)
            return committed.error();
        queued = *committed;
        return store.audit().appendMany(lines);
    });
    if (!written)
        return written.error();
    return queued;
}

} // namespace PlanQueue
