#pragma once

#include <QJsonValue>
#include <QList>
#include <QString>

// One change of one attribute: M365's value now and the value clouddir will write (null = none / clear).
struct PlanChange
{
    QString property;
    QJsonValue oldValue;
    QJsonValue newValue;

    bool operator==(const PlanChange &) const = default;
};

// One operation of a plan, for one directory user (cloud-directories.md §2.3). What the outbox row's payload holds
// (OutboxEntry::payload, JSON):
//   create                     {"body": {POST /users body without passwordProfile}}
//   takeover, update, rename,
//   suspend                    {"id": m365 id, "body": {PATCH /users/{id} body}}
//   manager                    {"id": m365 id or "" (created by this plan), "userId": directory id,
//                               "managerId": m365 id, "" (created by this plan) or null (clear),
//                               "managerUserId": directory id or null}
// The executor resolves "" ids of accounts this plan creates by their userPrincipalName. A takeover, update, rename
// or suspend with "id": "" (the account's create is still queued in the outbox, from this plan or an earlier one)
// also carries "resolveUpn": the userPrincipalName the account has before the row runs, by which the executor finds
// its id (for a rename that is the old UPN, not the row's upn column).
struct PlanOperation
{
    enum class Op { Create, Takeover, Update, Rename, Manager, Suspend, Skip };

    Op op = Op::Skip;
    QString userId;
    QString username;
    QString upn;    // the UPN the account will have; for a skip the UPN the rule gave, if any
    QString m365Id; // the account, when it exists
    QList<PlanChange> changes;
    QString reason;        // a stable code: new-account, upn-exists, changed, not-listed, collision, on-premises, …
    QString message;       // the reason for a person, naming the users or accounts involved
    QString managerUserId; // manager: the directory user whose account becomes the manager (empty = clear)

    bool operator==(const PlanOperation &) const = default;

    static QString opName(Op op);
};
