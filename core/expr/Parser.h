#pragma once

#include "core/expr/ExprError.h"
#include "core/expr/Node.h"
#include "core/expr/Token.h"

#include <QList>
#include <QString>

#include <variant>

// Builds the tree of an expression and runs every static check of expressions.md §8: structure, unknown functions,
// argument counts, keyword placement, outermost-only functions, Replace forms, literal regular expressions and
// cultures, and functions clouddir does not support.
class Parser final
{
public:
    static constexpr int MaxLength = 10000;
    static constexpr int MaxDepth = 100;

    static std::variant<Node, ExprError> parse(const QString &expression);

private:
    explicit Parser(QList<Token> tokens);

    bool parseValue(Node &out, int depth);
    bool parseConcat(Node &out, int depth);
    bool parseOperand(Node &out, int depth);
    bool parseCall(Node &out, int depth);
    bool checkCall(Node &call);
    bool checkKeywords(const Node &node, const Node *parent, int argument);
    bool checkOutermost(const Node &node, bool top);
    bool fail(ExprError::Kind kind, int offset, const QString &message, const QString &function = {});
    const Token &peek() const { return m_tokens.at(m_pos); }

    QList<Token> m_tokens;
    qsizetype m_pos = 0;
    ExprError m_error;
};
