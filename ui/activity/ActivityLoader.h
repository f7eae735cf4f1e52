#pragma once

#include "core/common/Result.h"
#include "ui/activity/ActivityData.h"

#include <QString>

// Reads an integration's outbox state for the Activity page. Thread-safe: load() opens its own Store on the calling
// thread (the page calls it from a worker), so a 100,000-row outbox never blocks the window.
class ActivityLoader final
{
public:
    static constexpr qint64 BucketMs = 60 * 1000;          // one point per minute
    static constexpr qint64 WindowMs = 3 * 60 * 60 * 1000; // the last three hours
    static constexpr int AttentionLimit = 1000;            // retrying + failed rows listed at most

    [[nodiscard]] static Result<ActivityData> load(const QString &storeSpec, const QString &integrationId,
                                                   qint64 nowMs);
};
