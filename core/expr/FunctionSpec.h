#pragma once

#include "core/expr/Value.h"

#include <QtGlobal>

class CallContext;

// One function of the language (expressions.md §5): how it is called and how it is evaluated.
struct FunctionSpec
{
    enum Flag : quint8 { None = 0, Outermost = 1, Unsupported = 2 };

    const char *name;       // canonical spelling
    const char *parameters; // "source, [suffix]" — brackets mark optional ones, "…" repeats
    const char *help;       // one line, QT_TRANSLATE_NOOP("Expression", …)
    int minArgs;
    int maxArgs;       // -1 = no upper bound
    quint32 omittable; // bit i: argument i may be left empty (`F(a, , c)`)
    quint8 flags;
    Value (*evaluate)(CallContext &call);
};
