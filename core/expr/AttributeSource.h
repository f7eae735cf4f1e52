#pragma once

#include "core/expr/Value.h"

#include <QString>

// Where an evaluation reads `[name]` from. An absent attribute is a null Value (expressions.md §2.4).
// Implementations must be safe to read from the evaluating thread; they are never written during an evaluation.
class AttributeSource
{
public:
    virtual ~AttributeSource() = default;
    virtual Value attribute(const QString &name) const = 0;
};
