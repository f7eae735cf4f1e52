#pragma once

#include <QString>

#include <optional>

// The M365 value of one attribute that a confirmed plan overwrites, kept for a later restore.
struct Snapshot
{
    QString id;
    QString integrationId;
    QString userId;
    QString m365Id;
    QString property;
    std::optional<QString> oldValue; // JSON text of the old value; empty when M365 had none
    QString operation;               // the op that overwrites it
    QString outboxId;                // the outbox row that will overwrite it
    qint64 takenAt = 0;

    bool operator==(const Snapshot &) const = default;
};
