#pragma once

#include "core/expr/ExprError.h"
#include "core/expr/Value.h"

#include <optional>

class AttributeSource;
struct EvaluationOptions;
struct Node;

// Walks a parsed tree for one set of attributes. One Evaluator per evaluation, on the stack: the tree stays shared
// and untouched, which is what makes a compiled Expression usable from several threads.
class Evaluator final
{
public:
    Evaluator(const AttributeSource &attributes, const EvaluationOptions &options);

    Value evaluate(const Node &node);
    bool stopped() const { return m_error.has_value() || m_skip; }
    void fail(const ExprError &error);
    void clearSkip() { m_skip = false; }
    void markRedacted() { m_redacted = true; }

    const std::optional<ExprError> &error() const { return m_error; }
    bool skipped() const { return m_skip; }
    bool redacted() const { return m_redacted; }
    const EvaluationOptions &options() const { return m_options; }

private:
    Value compare(const Node &node);
    Value concat(const Node &node);

    const AttributeSource &m_attributes;
    const EvaluationOptions &m_options;
    std::optional<ExprError> m_error;
    bool m_skip = false;
    bool m_redacted = false;
};
