#pragma once

#include "core/common/Result.h"
#include "core/directory/User.h"

#include <QString>
#include <QStringList>

// The directory attributes of cloud-directories.md §2.1 by name, as text: read them for the audit log and set them
// from the command line (`clouddir users set USER ATTR=VALUE`). `manager` holds the manager's user id here (the caller
// resolves a username), `state` is active or suspended, and any other name is a custom attribute. `password` is not a
// field: it is write-only and goes to the keychain (PasswordStore).
namespace UserFields {

// The standard names (UserAttributes::standardNames()).
const QStringList &standardNames();
// The value of name as text: a custom list as its items joined by ", "; "" when unset.
QString value(const User &user, const QString &name);
// Sets name; fails with the valid names when name is neither standard nor one of allowedCustom, and on a state
// other than active / suspended.
[[nodiscard]] Result<void> set(User &user, const QString &name, const QString &value, const QStringList &allowedCustom);
// The names whose value differs between before and after (standard names first, then custom attributes).
QStringList changed(const User &before, const User &after);

} // namespace UserFields
