#pragma once

#include <QString>
#include <QStringList>

// One M365 account as the planner reads it: identity, the flags that decide what clouddir may do with it, the
// manager's id, and the exported properties as the raw strings of the listing (a string decoded, a list as its JSON
// text, null as a null QString) in the order of M365State::properties(). Lean on purpose: 100,000 of them are held
// while planning.
struct M365Account
{
    QString id;
    QString upn;
    bool enabled = false;
    bool onPremises = false; // onPremisesSyncEnabled == true: read-only in the cloud (graph.md trap 12)
    QString managerId;       // empty when the account has no manager
    QStringList values;

    bool operator==(const M365Account &) const = default;
};
