#include "core/sync/UserImporter.h"

#include "core/common/Logging.h"
#include "core/directory/Store.h"

QList<User> UserImporter::usersToImport(const ImportMatcher &matcher, const QList<int> &rows, Summary *summary)
{
    Summary counts;
    QList<User> users;
    users.reserve(rows.size());
    for (int index : rows) {
        const ImportMatch &match = matcher.match(index);
        switch (match.kind) {
        case ImportMatch::Kind::New: {
            const M365User &account = matcher.row(index);
            User user;
            user.username = match.username;
            user.email = account.mail.isEmpty() ? account.userPrincipalName : account.mail;
            user.firstname = account.givenName;
            user.lastname = account.surname;
            users.append(std::move(user));
            ++counts.imported;
            break;
        }
        case ImportMatch::Kind::Matches:
        case ImportMatch::Kind::AlreadyBound:
            ++counts.alreadyInDirectory;
            break;
        case ImportMatch::Kind::Conflict:
            ++counts.refused;
            break;
        }
    }
    if (summary)
        *summary = counts;
    return users;
}

Result<UserImporter::Summary> UserImporter::importRows(Store &store, const ImportMatcher &matcher,
                                                       const QList<int> &rows)
{
    Summary summary;
    const QList<User> users = usersToImport(matcher, rows, &summary);
    if (!users.isEmpty()) {
        const Result<int> written = store.insertUsers(users);
        if (!written)
            return written.error();
    }
    qCInfo(lcSync) << "imported" << summary.imported << "users;" << summary.alreadyInDirectory << "already there,"
                   << summary.refused << "refused";
    return summary;
}
