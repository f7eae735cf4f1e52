#pragma once

#include <QString>

// A directory group of users. Binding a group to an integration binds its members (cloud-directories.md §1.5).
struct Group
{
    QString id;   // app-generated UUID text; GroupTable::create fills it
    QString name; // unique, compared case-insensitively
    QString description;
    qint64 createdAt = 0; // UTC epoch ms
    qint64 updatedAt = 0;

    bool operator==(const Group &) const = default;
};
