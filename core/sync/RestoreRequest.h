#pragma once

#include <QString>

// What a restore asks for (cloud-directories.md §2.3: "every M365 value clouddir overwrote ... can be restored from
// the user's history"): one user of one integration, optionally one property, optionally one snapshot.
struct RestoreRequest
{
    QString userId;
    QString property;   // empty = every property clouddir overwrote
    QString snapshotId; // empty = per property the oldest snapshot: the value M365 had before clouddir wrote it
};
