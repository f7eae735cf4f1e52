#include "core/expr/Evaluator.h"

#include "core/expr/AttributeSource.h"
#include "core/expr/CallContext.h"
#include "core/expr/FunctionTable.h"
#include "core/expr/Node.h"

#include <QCoreApplication>

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("Expression", text);
}

bool isBoolText(const Value &v)
{
    return v.kind() == Value::Kind::String
           && (v.text().compare(u"true", Qt::CaseInsensitive) == 0
               || v.text().compare(u"false", Qt::CaseInsensitive) == 0);
}

bool numeric(const Value &v, double &out)
{
    if (v.kind() == Value::Kind::Number) {
        out = v.realValue();
        return true;
    }
    if (v.kind() != Value::Kind::String)
        return false;
    bool ok = false;
    const QString t = v.text().trimmed();
    if (t.isEmpty() || !(t.front().isDigit() || t.front() == u'-' || t.front() == u'+'))
        return false;
    out = t.toDouble(&ok);
    return ok;
}

template <typename T>
bool holds(const QString &op, const T &a, const T &b)
{
    if (op == u"=")
        return a == b;
    if (op == u"<>")
        return a != b;
    if (op == u"<")
        return a < b;
    if (op == u"<=")
        return a <= b;
    if (op == u">")
        return a > b;
    return a >= b;
}

} // namespace

Evaluator::Evaluator(const AttributeSource &attributes, const EvaluationOptions &options)
    : m_attributes(attributes)
    , m_options(options)
{ }

void Evaluator::fail(const ExprError &error)
{
    if (!m_error)
        m_error = error;
}

Value Evaluator::evaluate(const Node &node)
{
    if (stopped())
        return {};
    switch (node.kind) {
    case Node::Kind::Literal:
        return node.literal;
    case Node::Kind::Attribute:
        return m_attributes.attribute(node.name);
    case Node::Kind::Omitted:
        return {};
    case Node::Kind::Keyword:
        if (node.name == u"IgnoreAttributeFlow") {
            m_skip = true;
            return Value::skip();
        }
        return Value::string(node.name);
    case Node::Kind::Concat:
        return concat(node);
    case Node::Kind::Compare:
        return compare(node);
    case Node::Kind::Call: {
        const FunctionSpec &spec = FunctionTable::at(node.function);
        CallContext call(*this, node, spec);
        Value v = spec.evaluate(call);
        if (m_error)
            return {};
        if (v.kind() == Value::Kind::Skip)
            m_skip = true;
        return m_skip ? Value::skip() : v;
    }
    }
    return {};
}

Value Evaluator::concat(const Node &node)
{
    QString out;
    for (const Node &child : node.children) {
        const Value v = evaluate(child);
        if (stopped())
            return m_skip ? Value::skip() : Value();
        if (v.isList()) {
            fail(ExprError {ExprError::Kind::Type,
                            tr("& at %1: an operand is multi-valued; use Item() or Join() first").arg(node.offset),
                            node.offset,
                            {}});
            return {};
        }
        out += v.toText();
    }
    return Value::string(out);
}

Value Evaluator::compare(const Node &node)
{
    const Value a = evaluate(node.children[0]);
    const Value b = evaluate(node.children[1]);
    if (stopped())
        return m_skip ? Value::skip() : Value();
    const QString &op = node.name;
    if (a.isList() || b.isList()) {
        fail(ExprError {ExprError::Kind::Type,
                        tr("%1 at %2: an operand is multi-valued; use Item() or Join() first").arg(op).arg(node.offset),
                        node.offset,
                        {}});
        return {};
    }
    if (a.kind() == Value::Kind::Date && b.kind() == Value::Kind::Date)
        return Value::boolean(holds(op, a.ticks(), b.ticks()));
    const bool aBool = a.kind() == Value::Kind::Boolean, bBool = b.kind() == Value::Kind::Boolean;
    if ((aBool && (bBool || isBoolText(b))) || (bBool && isBoolText(a))) {
        const bool x = aBool ? a.isTrue() : a.text().compare(u"true", Qt::CaseInsensitive) == 0;
        const bool y = bBool ? b.isTrue() : b.text().compare(u"true", Qt::CaseInsensitive) == 0;
        return Value::boolean(holds(op, int(x), int(y)));
    }
    double x = 0, y = 0;
    if ((a.kind() == Value::Kind::Number || b.kind() == Value::Kind::Number) && numeric(a, x) && numeric(b, y))
        return Value::boolean(holds(op, x, y));
    return Value::boolean(holds(op, a.toText(), b.toText()));
}
