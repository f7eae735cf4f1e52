#pragma once

#include "core/common/Result.h"
#include "core/directory/User.h"
#include "core/directory/UserKey.h"

#include <QByteArray>
#include <QList>
#include <QStringList>

class Store;

// Bulk creation of directory users from CSV (issue 6: `clouddir users import-csv`). The header names directory
// attributes exactly as cloud-directories.md §2.1 does (username, email, firstname, lastname, alternateEmail,
// department, jobTitle, location, manager, addresses.work.*, phoneNumbers.work.number, phoneNumbers.mobile.number,
// state); `manager` is a username, in the file or already in the directory. Passwords are never read from a file.
//
// All or nothing: the first bad line (unknown column, wrong cell count, missing or duplicate username, invalid email,
// unknown state, unknown manager, a manager cycle) is reported with its line number and nothing is imported.
class UserCsvImport final
{
public:
    static QStringList knownColumns();
    // The users the file describes, with ids assigned and managers resolved to ids.
    [[nodiscard]] static Result<QList<User>> parse(const QByteArray &data, const QList<UserKey> &directory);
    // Reads path, parses against the store's users and inserts them in one transaction; returns how many.
    [[nodiscard]] static Result<int> importFile(Store &store, const QString &path);
};
