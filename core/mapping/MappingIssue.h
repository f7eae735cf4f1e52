#pragma once

#include <QString>

// A problem with a mapping, found on save (MappingValidator) or for one user at evaluation (MappingSet).
struct MappingIssue
{
    QString property;     // the Graph property the mapping targets
    QString message;      // for a person: what, where, how to fix
    int offset = -1;      // code-point offset in the expression text, or -1
    bool warning = false; // true: shown, but does not block saving

    bool operator==(const MappingIssue &) const = default;
};
