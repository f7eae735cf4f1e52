#include "core/expr/CallContext.h"

#include "core/expr/DateTicks.h"
#include "core/expr/Evaluator.h"
#include "core/expr/FunctionTable.h"
#include "core/expr/Node.h"

#include <QCoreApplication>
#include <QRegularExpression>

#include <cmath>

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("Expression", text);
}

// Optional sign, digits, optional .digits, optional surrounding spaces (§4.2).
bool numericText(const QString &text, double &out, bool &integral, qint64 &whole)
{
    static const QRegularExpression form(QStringLiteral("^\\s*[+-]?[0-9]+(\\.[0-9]+)?\\s*$"));
    if (!form.match(text).hasMatch())
        return false;
    const QString trimmed = text.trimmed();
    bool ok = false;
    whole = trimmed.toLongLong(&ok);
    integral = ok;
    out = ok ? double(whole) : trimmed.toDouble();
    return true;
}

QString shown(const Value &v)
{
    return v.kind() == Value::Kind::Null ? tr("nothing (null)") : QStringLiteral("\"%1\"").arg(v.toText());
}

} // namespace

CallContext::CallContext(Evaluator &evaluator, const Node &node, const FunctionSpec &spec)
    : m_evaluator(evaluator)
    , m_node(node)
    , m_spec(spec)
{ }

int CallContext::count() const
{
    return int(m_node.children.size());
}

bool CallContext::present(int i) const
{
    return i >= 0 && i < count() && m_node.children[size_t(i)].kind != Node::Kind::Omitted;
}

Value CallContext::arg(int i)
{
    if (!present(i) || m_evaluator.stopped())
        return {};
    return m_evaluator.evaluate(m_node.children[size_t(i)]);
}

Value CallContext::argKeepingSkip(int i)
{
    Value v = arg(i);
    if (m_evaluator.skipped() && !m_evaluator.error()) {
        m_evaluator.clearSkip();
        return Value::skip();
    }
    return v;
}

bool CallContext::stopped() const
{
    return m_evaluator.stopped();
}

Value CallContext::fail(ExprError::Kind kind, const QString &message)
{
    m_evaluator.fail(ExprError {kind, message, m_node.offset, name()});
    return {};
}

QString CallContext::parameter(int i) const
{
    const QStringList names = FunctionTable::parameterNames(m_spec);
    if (names.isEmpty())
        return QString();
    return i < names.size() ? names.at(i) : names.last();
}

bool CallContext::single(const Value &v, int i)
{
    if (v.isList()) {
        fail(ExprError::Kind::Type, tr("%1: %2 is multi-valued; use Item() or Join() first").arg(name(), parameter(i)));
        return false;
    }
    return true;
}

bool CallContext::text(const Value &v, int i, QString &out)
{
    if (!single(v, i))
        return false;
    out = v.toText();
    return true;
}

bool CallContext::number(const Value &v, int i, double &out)
{
    if (!single(v, i))
        return false;
    bool integral = false;
    qint64 whole = 0;
    switch (v.kind()) {
    case Value::Kind::Number:
        out = v.realValue();
        return true;
    case Value::Kind::Boolean:
        out = v.isTrue() ? 1 : 0;
        return true;
    case Value::Kind::String:
        if (numericText(v.text(), out, integral, whole))
            return true;
        break;
    default:
        break;
    }
    fail(ExprError::Kind::Type, tr("%1: %2 must be a number, got %3").arg(name(), parameter(i), shown(v)));
    return false;
}

bool CallContext::integer(const Value &v, int i, qint64 &out)
{
    if (v.kind() == Value::Kind::Number && v.isIntegral()) {
        out = v.integerValue();
        return true;
    }
    bool integral = false;
    double d = 0;
    if (v.kind() == Value::Kind::String && single(v, i) && numericText(v.text(), d, integral, out) && integral)
        return true;
    if (stopped() || !number(v, i, d))
        return false;
    if (std::trunc(d) != d || std::abs(d) > 9.2e18) {
        fail(ExprError::Kind::Type, tr("%1: %2 must be a whole number, got %3").arg(name(), parameter(i), shown(v)));
        return false;
    }
    out = qint64(d);
    return true;
}

bool CallContext::boolean(const Value &v, int i, bool &out)
{
    if (!single(v, i))
        return false;
    switch (v.kind()) {
    case Value::Kind::Null:
        out = false;
        return true;
    case Value::Kind::Boolean:
        out = v.isTrue();
        return true;
    case Value::Kind::Number:
        out = v.realValue() != 0;
        return true;
    case Value::Kind::String: {
        const QString t = v.text().trimmed();
        if (t.isEmpty() || t.compare(u"false", Qt::CaseInsensitive) == 0) {
            out = false;
            return true;
        }
        if (t.compare(u"true", Qt::CaseInsensitive) == 0) {
            out = true;
            return true;
        }
        double d = 0;
        bool integral = false;
        qint64 whole = 0;
        if (numericText(t, d, integral, whole)) {
            out = d != 0;
            return true;
        }
        break;
    }
    default:
        break;
    }
    fail(ExprError::Kind::Type, tr("%1: %2 must be True or False, got %3").arg(name(), parameter(i), shown(v)));
    return false;
}

bool CallContext::date(const Value &v, int i, std::optional<qint64> &out)
{
    if (!single(v, i))
        return false;
    out.reset();
    if (v.kind() == Value::Kind::Null)
        return true;
    if (v.kind() == Value::Kind::Date) {
        out = v.ticks();
        return true;
    }
    out = DateTicks::parse(v.toText());
    if (out)
        return true;
    fail(ExprError::Kind::Argument,
         tr("%1: %2 %3 is not a date; write it like 2024-03-16, 2024-03-16T08:30:00Z or 3/16/2024 8:30:00 AM")
             .arg(name(), parameter(i), shown(v)));
    return false;
}

const EvaluationOptions &CallContext::options() const
{
    return m_evaluator.options();
}

void CallContext::markRedacted()
{
    m_evaluator.markRedacted();
}
