#pragma once

#include "core/common/Result.h"
#include "core/directory/Group.h"
#include "core/directory/UserKey.h"

#include <QList>
#include <QString>

class Store;

// What an integration binds, for the page's lists and the domain rule's trace: every effectively bound user (bound
// directly or through a bound group) with its email and link state, and the bound groups. Read in one go from a
// Store (on the Store's thread, typically a worker's own Store: 100,000 users take a few hundred milliseconds).
struct BoundDirectory
{
    struct BoundUser
    {
        UserKey key;
        bool direct = false;    // bound by itself, not only through a group
        QString upn;            // the last user principal name queued for its account; empty when none yet
        bool suspended = false; // an unbind queued the account's suspension

        bool operator==(const BoundUser &) const = default;
    };

    QList<BoundUser> users; // ordered by username, case-insensitively
    QList<Group> groups;    // the bound groups, ordered by name

    QList<UserKey> keys() const;

    [[nodiscard]] static Result<BoundDirectory> load(Store &store, const QString &integrationId);
};
