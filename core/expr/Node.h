#pragma once

#include "core/expr/Value.h"

#include <QRegularExpression>
#include <QString>

#include <memory>
#include <vector>

// One node of a parsed expression (expressions.md §3). Built once by Parser and never changed afterwards, so a tree
// may be evaluated from several threads at the same time.
struct Node
{
    enum class Kind : quint8 { Literal, Attribute, Call, Concat, Compare, Omitted, Keyword };

    Kind kind = Kind::Literal;
    int offset = 0;      // code point of the node's first character (a call: its name)
    Value literal;       // Literal: the string or number
    QString name;        // Attribute: its name; Keyword: canonical spelling; Compare: the operator
    int function = -1;   // Call: index into FunctionTable
    int replaceForm = 0; // Call of Replace: 'A'..'E', fixed by which arguments are present
    std::vector<Node> children;
    // Replace with a literal pattern: compiled once at parse time (QRegularExpression is safe to share for matching).
    std::shared_ptr<const QRegularExpression> regex;
};
