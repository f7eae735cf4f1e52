#pragma once

#include <QMap>
#include <QString>
#include <QVariant>

#include <cstdint>

// Whether a user may sign in. Suspending a bound user blocks the M365 account (cloud-directories.md §1.5).
enum class UserState { Active, Suspended };

// One person of the directory (cloud-directories.md §2.1). A plain value: cheap to copy, compared field by field.
// There is deliberately no password field: a password an admin typed lives only in the OS keychain.
struct User
{
    QString id;       // app-generated UUID text; Store::insertUsers fills it when empty
    QString username; // unique, compared case-insensitively
    QString email;
    QString firstname;
    QString lastname;
    QString alternateEmail;
    QString department;
    QString jobTitle;
    QString location;
    QString managerId;         // another user's id, or empty
    QString workStreetAddress; // addresses[type=work].streetAddress
    QString workLocality;
    QString workRegion;
    QString workPostalCode;
    QString workCountry;
    QString workPhone;   // phoneNumbers[type=work].number
    QString mobilePhone; // phoneNumbers[type=mobile].number
    UserState state = UserState::Active;
    // Custom attributes: each value holds a QString or a QStringList.
    QMap<QString, QVariant> attributes;
    qint64 createdAt = 0; // UTC epoch ms; filled on insert when 0
    qint64 updatedAt = 0; // UTC epoch ms; filled on insert when 0

    bool operator==(const User &) const = default;
};
