#include "core/sync/RestorePlanner.h"

#include "core/sync/M365StateOverlay.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("RestorePlanner", text);
}

// A snapshot's JSON text as a value: "\"Ana\"" → "Ana", "[...]" → an array.
QJsonValue valueOf(const Snapshot &s)
{
    if (!s.oldValue)
        return QJsonValue::Null;
    const QJsonDocument wrapped = QJsonDocument::fromJson('[' + s.oldValue->toUtf8() + ']');
    return wrapped.isArray() && !wrapped.array().isEmpty() ? wrapped.array().first() : QJsonValue(*s.oldValue);
}

} // namespace

namespace RestorePlanner {

Result<QList<Snapshot>> choose(const QList<Snapshot> &snapshots, const RestoreRequest &request)
{
    QList<Snapshot> chosen;
    for (const Snapshot &s : snapshots) {
        if (s.userId != request.userId)
            continue;
        if (!request.snapshotId.isEmpty()) {
            if (s.id == request.snapshotId)
                return QList<Snapshot> {s};
            continue;
        }
        if (!request.property.isEmpty() && s.property != request.property)
            continue;
        const bool seen =
            std::any_of(chosen.cbegin(), chosen.cend(), [&s](const Snapshot &c) { return c.property == s.property; });
        if (!seen) // oldest first: the first one is the value M365 had before clouddir
            chosen.append(s);
    }
    if (!request.snapshotId.isEmpty())
        return makeError(tr("This user has no snapshot %1: run the restore without a snapshot id to see the "
                            "user's history.")
                             .arg(request.snapshotId));
    if (chosen.isEmpty())
        return makeError(request.property.isEmpty()
                             ? tr("clouddir has not overwritten any Microsoft 365 value of this user: there is "
                                  "nothing to restore.")
                             : tr("clouddir has not overwritten %1 of this user: there is nothing to restore.")
                                   .arg(request.property));
    return chosen;
}

QStringList properties(const QList<Snapshot> &chosen)
{
    QStringList names;
    for (const Snapshot &s : chosen)
        names.append(s.property);
    names.removeDuplicates();
    return names;
}

Plan plan(const QString &integrationId, const QString &integrationName, const User &user, const BindingLink &link,
          const QList<Snapshot> &chosen, const QJsonObject &current, const QStringList &exported, bool bound)
{
    Plan result;
    result.integrationId = integrationId;
    result.integrationName = integrationName;
    result.boundUsers = 1;
    PlanOperation o;
    o.op = PlanOperation::Op::Update;
    o.userId = user.id;
    o.username = user.username;
    o.upn = link.upn;
    o.m365Id = link.m365Id;
    o.reason = QStringLiteral("restore");
    QStringList overwritten;
    for (const Snapshot &s : chosen) {
        const QJsonValue now =
            current.value(s.property).isUndefined() ? QJsonValue(QJsonValue::Null) : current.value(s.property);
        QJsonValue wanted = valueOf(s);
        if (M365StateOverlay::sameValue(now, wanted))
            continue; // null, "" and [] all mean "no value"
        if (wanted.isNull() && now.isArray())
            wanted = QJsonArray(); // a collection (businessPhones, otherMails) is emptied, not nulled
        o.changes.append({s.property, now, wanted});
        if (bound && exported.contains(s.property))
            overwritten.append(s.property);
    }
    o.message = tr("Restores the values Microsoft 365 had before clouddir wrote them.");
    if (!overwritten.isEmpty())
        o.message += u' '
                     + tr("%1 is still bound and %2 still exported: the next directory edit writes the directory's "
                          "value again. Untick the export or unbind the user to keep the restored value.")
                           .arg(user.username, overwritten.join(QStringLiteral(", ")));
    if (o.changes.isEmpty()) {
        o.op = PlanOperation::Op::Skip;
        o.reason = QStringLiteral("restored");
        o.message = tr("Microsoft 365 holds the snapshot's values already: nothing to restore.");
    }
    result.operations.append(o);
    return result;
}

} // namespace RestorePlanner
