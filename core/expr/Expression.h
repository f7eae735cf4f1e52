#pragma once

#include "core/expr/AttributeSource.h"
#include "core/expr/Evaluation.h"
#include "core/expr/EvaluationOptions.h"
#include "core/expr/ExprError.h"

#include <QList>
#include <QString>
#include <QStringList>

#include <memory>
#include <variant>

struct Node;

// A compiled expression of the Entra attribute-mapping language (expressions.md). Parse once with compile(), then
// evaluate as often as needed: the object is immutable and shares its tree, so copies are cheap and evaluate() may
// run on several threads at the same time (each call keeps its own state on the stack).
class Expression final
{
public:
    // The tree, or the first static error (§8: parse, unknown function, arity, keywords, outermost rules, Replace
    // forms, literal regex and culture, unsupported functions).
    static std::variant<Expression, ExprError> compile(const QString &text);

    Evaluation evaluate(const AttributeSource &attributes, const EvaluationOptions &options = {}) const;

    const QString &text() const { return m_text; }
    // Attribute names referenced in brackets, in order of appearance, each once.
    QStringList attributeNames() const;
    // Findings for the editor: attributes not in `known` (with a case-insensitive "did you mean"), and portability
    // notes where clouddir is more lenient than Microsoft (§4.3, Switch over IsPresent).
    QList<ExprWarning> warnings(const QStringList &known) const;
    // True when the expression calls the function (case-insensitive), e.g. SelectUniqueValue.
    bool calls(const QString &function) const;
    const Node &root() const { return *m_root; }

private:
    Expression(QString text, std::shared_ptr<const Node> root);

    QString m_text;
    std::shared_ptr<const Node> m_root;
};
