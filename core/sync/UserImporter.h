#pragma once

#include "core/common/Result.h"
#include "core/directory/User.h"
#include "core/sync/ImportMatcher.h"

#include <QList>

class Store;

// Copies the chosen M365 accounts into the directory (cloud-directories.md §1.4, §2.2): only first name, last name,
// username (the UPN's local part) and email (mail, else the UPN). Nothing is written to M365, and importing is not
// binding. Only rows whose match is `new` are written; matched and bound rows are already there and conflicts are
// refused. All rows are written in one transaction, or none.
class UserImporter final
{
public:
    struct Summary
    {
        int imported = 0;
        int alreadyInDirectory = 0; // matches or already bound: nothing to do
        int refused = 0;            // conflicts

        bool operator==(const Summary &) const = default;
    };

    // The plan for `rows` (indices into matcher): which users would be written, and the counts.
    static QList<User> usersToImport(const ImportMatcher &matcher, const QList<int> &rows, Summary *summary);
    [[nodiscard]] static Result<Summary> importRows(Store &store, const ImportMatcher &matcher, const QList<int> &rows);
};
