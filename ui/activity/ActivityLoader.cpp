#include "ui/activity/ActivityLoader.h"

#include "core/directory/OutboxTable.h"
#include "core/directory/Store.h"

Result<ActivityData> ActivityLoader::load(const QString &storeSpec, const QString &integrationId, qint64 nowMs)
{
    Result<std::unique_ptr<Store>> store = Store::open(storeSpec);
    if (!store)
        return store.error();
    OutboxTable outbox = (*store)->outbox();
    ActivityData data;
    data.integrationId = integrationId;
    // Whole buckets, so a refresh in the middle of a minute does not move every point.
    data.untilMs = (nowMs / BucketMs + 1) * BucketMs;
    data.sinceMs = data.untilMs - WindowMs;
    Result<OutboxSummary> summary = outbox.summary(integrationId, nowMs);
    if (!summary)
        return summary.error();
    data.summary = *summary;
    Result<QList<OutboxEntry>> attention =
        outbox.entriesInState(integrationId, {QStringLiteral("retrying"), QStringLiteral("failed")}, AttentionLimit);
    if (!attention)
        return attention.error();
    data.attention = std::move(*attention);
    Result<QList<OutboxRate>> buckets = outbox.throughput(integrationId, data.sinceMs, data.untilMs, BucketMs);
    if (!buckets)
        return buckets.error();
    data.buckets = std::move(*buckets);
    return data;
}
