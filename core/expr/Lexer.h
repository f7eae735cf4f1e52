#pragma once

#include "core/expr/ExprError.h"
#include "core/expr/Token.h"

#include <QList>
#include <QString>

#include <variant>

// Splits an expression into tokens (expressions.md §2). Works on code points so offsets match what a person counts.
class Lexer final
{
public:
    // The whole token list ending with End, or the first lexical error.
    static std::variant<QList<Token>, ExprError> tokenize(const QString &expression);
};
