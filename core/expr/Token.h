#pragma once

#include <QString>

// One token of the expression language (expressions.md §2.2). offset counts code points from 0.
struct Token
{
    enum class Kind { Name, LParen, RParen, Comma, Attribute, String, Number, Hex, Compare, Ampersand, End };

    Kind kind = Kind::End;
    int offset = 0;
    QString text; // name, attribute name, unescaped string, number spelling, comparison operator

    bool operator==(const Token &) const = default;
};
