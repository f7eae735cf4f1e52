#include "core/sync/UserEditor.h"

#include "core/auth/PasswordStore.h"
#include "core/directory/AuditTable.h"
#include "core/directory/IntegrationTable.h"
#include "core/directory/OutboxTable.h"
#include "core/directory/Store.h"
#include "core/sync/UserFields.h"
#include "core/sync/UserPush.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>

namespace {

using Op = PlanOperation::Op;

QString tr(const char *text)
{
    return QCoreApplication::translate("UserEditor", text);
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

AuditEntry line(const QString &actor, const QString &action, const User &user, const QString &property)
{
    AuditEntry e;
    e.actor = actor;
    e.action = action;
    e.userId = user.id;
    e.username = user.username;
    e.property = property;
    return e;
}

// The directory side: one line per changed attribute (a password only as "set").
QList<AuditEntry> editLines(const QString &actor, const User &before, const std::optional<User> &after, bool password)
{
    QList<AuditEntry> lines;
    if (!after) {
        AuditEntry e = line(actor, AuditEntry::ActionDelete, before, QString());
        e.result = AuditEntry::ResultOk;
        lines.append(e);
        return lines;
    }
    for (const QString &name : UserFields::changed(before, *after)) {
        AuditEntry e = line(actor, AuditEntry::ActionEdit, *after, name);
        e.oldValue = UserFields::value(before, name);
        e.newValue = UserFields::value(*after, name);
        e.result = AuditEntry::ResultOk;
        lines.append(e);
    }
    if (password) {
        AuditEntry e = line(actor, AuditEntry::ActionEdit, *after, QStringLiteral("password"));
        e.newValue = tr("(set; kept in the keychain)");
        e.result = AuditEntry::ResultOk;
        lines.append(e);
    }
    return lines;
}

// The M365 side: one "queued" line per change of every queued row.
QList<AuditEntry> queuedLines(const QString &actor, const User &user, const UserPush &push)
{
    QList<AuditEntry> lines;
    qsizetype entry = 0;
    const auto add = [&](const QString &property, const QString &oldValue, const QString &newValue) {
        const OutboxEntry &row = push.batch.entries.at(entry);
        AuditEntry e = line(actor, AuditEntry::ActionQueued, user, property);
        e.integrationId = push.integration.id;
        e.oldValue = oldValue;
        e.newValue = newValue;
        e.result = AuditEntry::ResultQueued;
        e.detail = tr("%1 in %2, outbox row %3").arg(row.op, push.integration.name, row.id);
        lines.append(e);
    };
    for (const PlanOperation &o : push.plan.operations) {
        if (o.op == Op::Skip)
            continue;
        for (const PlanChange &c : o.changes)
            add(c.property, jsonText(c.oldValue), jsonText(c.newValue));
        ++entry;
    }
    if (entry < push.batch.entries.size()) // the password row
        add(QStringLiteral("passwordProfile"), QString(), tr("(from the keychain)"));
    return lines;
}

} // namespace

UserEditor::UserEditor(Store &store, QString actor, PasswordStore *passwords)
    : m_store(store)
    , m_actor(std::move(actor))
    , m_passwords(passwords)
{ }

QString UserEditor::actorFor(const QString &integrationId)
{
    if (!m_actor.isEmpty())
        return m_actor;
    const auto auth = m_store.integrationTable().auth(integrationId);
    return auth && !auth->account.isEmpty() ? auth->account : osActor();
}

QString UserEditor::osActor()
{
    QString name = qEnvironmentVariable("USER");
    if (name.isEmpty())
        name = qEnvironmentVariable("USERNAME");
    return QStringLiteral("os:") + (name.isEmpty() ? QStringLiteral("unknown") : name);
}

Result<UserEditResult> UserEditor::save(const User &edited, const std::optional<Secret> &password)
{
    auto before = m_store.userById(edited.id);
    if (!before)
        return before.error();
    if (!*before)
        return makeError(tr("The user %1 no longer exists in the directory: nothing was saved.").arg(edited.username));
    if (password && password->isEmpty())
        return makeError(tr("The new password of %1 is empty: nothing was saved.").arg(edited.username));
    return apply(**before, edited, password);
}

Result<UserEditResult> UserEditor::remove(const QString &userId)
{
    auto before = m_store.userById(userId);
    if (!before)
        return before.error();
    if (!*before)
        return makeError(tr("No directory user has the id %1: nothing was deleted.").arg(userId));
    return apply(**before, std::nullopt, std::nullopt);
}

Result<UserEditResult> UserEditor::apply(const User &before, const std::optional<User> &after,
                                         const std::optional<Secret> &password)
{
    auto integrations = m_store.integrations();
    if (!integrations)
        return integrations.error();
    QList<UserPush> pushes;
    UserEditResult result;
    for (const Integration &integration : std::as_const(*integrations)) {
        auto push = UserPushPlanner::plan(m_store, integration, before, after, password.has_value());
        if (!push)
            return push.error();
        if (!*push)
            continue;
        for (const PlanOperation &o : (*push)->plan.operations) {
            if (o.op == Op::Skip)
                result.notes.append(o.message);
        }
        pushes.append(std::move(**push));
    }
    if (password && pushes.isEmpty())
        return makeError(tr("%1 is not bound to an integration with an account, so there is nowhere to send a "
                            "password: clouddir keeps passwords only until Microsoft 365 accepts them. Nothing was "
                            "saved.")
                             .arg(before.username));
    if (password && !m_passwords)
        return makeError(tr("This clouddir has no keychain access, so it cannot set a password. Nothing was saved."));

    // The keychain first: a row saying "password": "keychain" must find its entry.
    QStringList stored;
    const auto forget = [&] {
        for (const QString &integrationId : std::as_const(stored))
            (void)m_passwords->removeNow(integrationId, before.id);
    };
    if (password) {
        for (const UserPush &push : std::as_const(pushes)) {
            if (auto written = m_passwords->writeNow(push.integration.id, before.id, *password); !written) {
                forget();
                return written.error();
            }
            stored.append(push.integration.id);
        }
    }

    auto written = m_store.inTransaction([&]() -> Result<void> {
        if (auto saved = after ? m_store.updateUser(*after) : m_store.deleteUser(before.id); !saved)
            return saved;
        QStringList admins;
        for (const UserPush &push : std::as_const(pushes))
            admins.append(actorFor(push.integration.id));
        admins.removeDuplicates();
        const QString editor = !m_actor.isEmpty() ? m_actor : admins.isEmpty() ? osActor() : admins.join(u", ");
        QList<AuditEntry> lines = editLines(editor, before, after, password.has_value());
        for (const UserPush &push : std::as_const(pushes)) {
            if (push.batch.entries.isEmpty())
                continue;
            if (auto queued = m_store.outbox().commit(push.batch); !queued)
                return queued.error();
            lines.append(queuedLines(actorFor(push.integration.id), after ? *after : before, push));
            result.queued.append(push.batch.entries);
        }
        return m_store.audit().appendMany(lines);
    });
    if (!written) {
        forget();
        return written.error();
    }
    return result;
}
