#pragma once

#include <QString>

// One line of the audit log (cloud-directories.md §2.8, migration 0006): who did what to which user and attribute,
// old -> new, when, and what Graph answered. Values are text as a person reads them (JSON text for lists); a password
// is never a value here.
struct AuditEntry
{
    qint64 id = 0; // assigned by the database on append (orders rows of the same millisecond)
    qint64 at = 0; // UTC epoch ms; 0 = now when appended
    // The signed-in admin of the integration for writes from the window (Integration's consenting account), or
    // "os:<login>" for the command line.
    QString actor;
    QString integrationId;
    // What happened, one of the Action* names below (free text is accepted for later kinds).
    QString action;
    QString userId;
    QString username;
    QString property; // directory attribute or Graph property; empty for whole-user actions
    QString oldValue;
    QString newValue;
    QString requestId; // Graph's request-id of the call that carried it
    QString result;    // one of the Result* names below
    QString detail;    // the rest a person needs: Graph's code and message, the plan id, the operation

    bool operator==(const AuditEntry &) const = default;

    // Actions.
    static inline const QString ActionEdit = QStringLiteral("edit");       // a directory user was edited
    static inline const QString ActionDelete = QStringLiteral("delete");   // a directory user was deleted
    static inline const QString ActionQueued = QStringLiteral("queued");   // one Graph operation entered the outbox
    static inline const QString ActionBind = QStringLiteral("bind");       // users or groups bound
    static inline const QString ActionUnbind = QStringLiteral("unbind");   // users or groups unbound
    static inline const QString ActionExport = QStringLiteral("export");   // an export tick or mapping changed
    static inline const QString ActionDomains = QStringLiteral("domains"); // accepted domains or default changed
    static inline const QString ActionRestore = QStringLiteral("restore"); // a snapshot value queued back
    static inline const QString ActionSent = QStringLiteral("sent");       // the executor's result for a row
    // Results.
    static inline const QString ResultOk = QStringLiteral("ok");
    static inline const QString ResultQueued = QStringLiteral("queued");
    static inline const QString ResultDone = QStringLiteral("done");
    static inline const QString ResultRetrying = QStringLiteral("retrying");
    static inline const QString ResultFailed = QStringLiteral("failed");
};

// What AuditTable::search and count select. Empty fields do not filter.
struct AuditQuery
{
    QString integrationId;
    // Matches username, property, old and new value, request id, detail and actor, case-insensitively, as a substring.
    QString text;
    qint64 since = 0; // at >= since (UTC epoch ms); 0 = no lower bound
    qint64 until = 0; // at < until; 0 = no upper bound
    QString userId;
    int limit = 200; // 0 = no limit
    int offset = 0;
};
