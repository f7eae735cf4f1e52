#pragma once

#include "core/directory/OutboxEntry.h"
#include "core/directory/OutboxRate.h"
#include "core/directory/OutboxSummary.h"

#include <QList>
#include <QString>

// What the Activity page shows for one integration, read in one go on a worker thread (ActivityLoader).
struct ActivityData
{
    QString integrationId;
    OutboxSummary summary;
    QList<OutboxEntry> attention; // retrying and failed rows, the ones an admin may act on
    QList<OutboxRate> buckets;    // oldest first
    qint64 sinceMs = 0;
    qint64 untilMs = 0;
};
