#pragma once

#include <QString>

// One failure of an expression (expressions.md §8): what kind, a message for a person that says what, where and how
// to fix it, the 0-based code-point offset in the expression, and the function involved (if any).
struct ExprError
{
    enum class Kind { Parse, UnknownFunction, Arity, Type, Argument, Unsupported, Evaluation };

    Kind kind = Kind::Parse;
    QString message;
    int offset = 0;
    QString function;

    // The kind as `clouddir expr --json` names it: parse, unknown-function, arity, …
    static QString kindName(Kind kind);

    bool operator==(const ExprError &) const = default;
};

// A non-fatal finding for the editor (an attribute the directory lacks, a portability note).
struct ExprWarning
{
    QString message;
    int offset = 0;

    bool operator==(const ExprWarning &) const = default;
};
