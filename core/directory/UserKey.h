#pragma once

#include <QString>

// The three fields used to match directory users with M365 accounts; what Store::userKeys() scans.
struct UserKey
{
    QString id;
    QString username;
    QString email;

    bool operator==(const UserKey &) const = default;
};
