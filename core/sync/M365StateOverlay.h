#pragma once

#include "core/directory/OutboxEntry.h"

#include <QHash>
#include <QJsonValue>
#include <QList>
#include <QString>

#include <optional>

// What the outbox will still write to M365: an integration's rows that Graph has not confirmed yet (pending,
// retrying), folded per directory user in sending order. The planner compares the directory with M365 as it will be
// once they are sent, so planning again before the executor ran queues nothing twice (a suspension, a rename, a
// create, an update, a manager). Every row names its user (outbox.user_id), and a user has one account per
// integration, so rows are keyed by user id, whether or not the account's m365 id is known yet.
class M365StateOverlay final
{
public:
    struct Queued
    {
        bool creating = false;                // a create is still queued: the account has no m365 id yet
        QString upn;                          // the last userPrincipalName queued; empty = none
        std::optional<bool> enabled;          // the last accountEnabled queued
        QHash<QString, QJsonValue> values;    // property → the last value queued (create and PATCH bodies)
        std::optional<QString> managerUserId; // the last manager queued: a directory user id, "" = cleared
    };

    M365StateOverlay() = default;
    // rows in sending order (created_at, seq); rows in another state than pending or retrying are ignored.
    explicit M365StateOverlay(const QList<OutboxEntry> &rows);

    bool isEmpty() const { return m_byUser.isEmpty(); }
    // nullptr when nothing is queued for the user.
    const Queued *forUser(const QString &userId) const;

    // Whether two Graph values are the same once written: null, "" and [] all mean "no value".
    static bool sameValue(const QJsonValue &a, const QJsonValue &b);

private:
    void add(const OutboxEntry &row);

    QHash<QString, Queued> m_byUser;
};
