#pragma once

#include <QString>

// One connection to one Microsoft 365 tenant.
struct Integration
{
    QString id;                               // app-generated UUID text; Store::createIntegration fills it when empty
    QString name;                             // unique, compared case-insensitively
    QString cloud = QStringLiteral("global"); // "global" | "usgov" | "dod" | "china"
    QString tenantId;
    QString graphUrl;     // override of the cloud's Graph base URL, or empty
    QString loginUrl;     // override of the cloud's authority URL, or empty
    qint64 createdAt = 0; // UTC epoch ms; filled on create when 0

    bool operator==(const Integration &) const = default;
};
