#include "core/sync/M365User.h"

namespace {

QString text(const QJsonObject &object, QLatin1StringView key)
{
    // A JSON null or a missing key both yield an empty string.
    return object.value(key).toString();
}

} // namespace

M365User M365User::fromJson(const QJsonObject &object)
{
    M365User user;
    user.id = text(object, QLatin1StringView("id"));
    user.userPrincipalName = text(object, QLatin1StringView("userPrincipalName"));
    user.givenName = text(object, QLatin1StringView("givenName"));
    user.surname = text(object, QLatin1StringView("surname"));
    user.displayName = text(object, QLatin1StringView("displayName"));
    user.mail = text(object, QLatin1StringView("mail"));
    user.jobTitle = text(object, QLatin1StringView("jobTitle"));
    user.department = text(object, QLatin1StringView("department"));
    return user;
}

M365User M365User::fromRow(const QStringList &row)
{
    M365User user;
    if (row.size() < 8)
        return user;
    user.id = row.at(0);
    user.userPrincipalName = row.at(1);
    user.givenName = row.at(2);
    user.surname = row.at(3);
    user.displayName = row.at(4);
    user.mail = row.at(5);
    user.jobTitle = row.at(6);
    user.department = row.at(7);
    return user;
}

QStringList M365User::selectedProperties()
{
    return {QStringLiteral("id"),       QStringLiteral("userPrincipalName"), QStringLiteral("givenName"),
            QStringLiteral("surname"),  QStringLiteral("displayName"),       QStringLiteral("mail"),
            QStringLiteral("jobTitle"), QStringLiteral("department")};
}
