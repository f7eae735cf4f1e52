#pragma once

#include "core/directory/Mapping.h"
#include "core/mapping/MappingIssue.h"

#include <QList>
#include <QStringList>

// The checks a mapping must pass before it is saved (issue 5, expressions.md §1 and §8): the property exists and is
// writable and not owned by a locked default; one mapping per property; the expression compiles; SelectUniqueValue
// only on create; a constant and the default fit the property. Unknown attributes are warnings: they evaluate to
// null, and a custom attribute may simply not exist on any user yet.
class MappingValidator final
{
public:
    // attributes: the directory's attribute catalog (UserAttributes::catalog).
    explicit MappingValidator(QStringList attributes)
        : m_attributes(std::move(attributes))
    { }

    // Errors and warnings for mapping; others = the integration's other mappings (for the one-per-property rule).
    QList<MappingIssue> validate(const Mapping &mapping, const QList<Mapping> &others = {}) const;
    static bool hasErrors(const QList<MappingIssue> &issues);

private:
    QStringList m_attributes;
};
