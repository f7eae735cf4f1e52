#pragma once

#include "core/expr/ExprError.h"
#include "core/expr/FunctionSpec.h"
#include "core/expr/Value.h"

#include <QString>

#include <optional>

class Evaluator;
struct EvaluationOptions;
struct Node;

// What a function sees while it runs: lazy access to its arguments (so IIF, Switch and Coalesce evaluate only what
// they need, §4.6) and the §4.2 conversions, which word their errors with the function's and parameter's names.
// Lives on the stack for one call.
class CallContext final
{
public:
    CallContext(Evaluator &evaluator, const Node &node, const FunctionSpec &spec);

    int count() const;
    bool present(int i) const;
    // Evaluates argument i (an omitted or missing one is null). After an error or a skip, stopped() is true.
    Value arg(int i);
    // Like arg(), but a skip is returned as a Skip value instead of stopping (SelectUniqueValue).
    Value argKeepingSkip(int i);
    bool stopped() const;

    // Records an error at the call's offset; returns null so a function can `return call.fail(…)`.
    Value fail(ExprError::Kind kind, const QString &message);
    QString name() const { return QLatin1String(m_spec.name); }
    QString parameter(int i) const;

    // §4.2 conversions of argument values; false after recording a type error naming parameter i.
    bool text(const Value &v, int i, QString &out); // null → null QString
    bool integer(const Value &v, int i, qint64 &out);
    bool number(const Value &v, int i, double &out);
    bool boolean(const Value &v, int i, bool &out);
    bool date(const Value &v, int i, std::optional<qint64> &out); // null → nullopt
    bool single(const Value &v, int i);                           // rejects a list with the "use Item() or Join()" hint

    const EvaluationOptions &options() const;
    void markRedacted();
    const Node &node() const { return m_node; }

private:
    Evaluator &m_evaluator;
    const Node &m_node;
    const FunctionSpec &m_spec;
};
