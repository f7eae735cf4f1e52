#include "core/expr/EvaluationOptions.h"
#include "core/expr/Functions_p.h"

#include <QCoreApplication>

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("Expression", text);
}

// Switch keys and sources compare as text; null counts as "" and a boolean as True/False (§5 Switch).
bool switchText(CallContext &call, const Value &v, int i, QString &out)
{
    if (!call.text(v, i, out))
        return false;
    if (out.isNull())
        out = QStringLiteral("");
    return true;
}

} // namespace

namespace Functions {

Value unsupported(CallContext &call)
{
    return call.fail(
        ExprError::Kind::Unsupported,
        tr("%1 is not supported in clouddir: it only works inside Microsoft's provisioning service").arg(call.name()));
}

Value bitAnd(CallContext &call)
{
    const Value a = call.arg(0);
    const Value b = call.arg(1);
    if (call.stopped() || a.isNull() || b.isNull())
        return {};
    qint64 x = 0;
    qint64 y = 0;
    if (!call.integer(a, 0, x) || !call.integer(b, 1, y))
        return {};
    return Value::integer(x & y);
}

Value cBool(CallContext &call)
{
    bool on = false;
    if (!call.boolean(call.arg(0), 0, on))
        return {};
    return Value::boolean(on);
}

Value coalesce(CallContext &call)
{
    Value v;
    for (int i = 0; i < call.count(); ++i) {
        v = call.arg(i);
        if (call.stopped())
            return {};
        if (!v.isNullOrEmpty())
            return v;
    }
    return v; // the last argument's own value: "" stays "", null stays null
}

Value count(CallContext &call)
{
    const Value v = call.arg(0);
    if (v.isList())
        return Value::integer(v.items().size());
    return Value::integer(v.isNull() ? 0 : 1);
}

Value cRef(CallContext &call)
{
    return call.arg(0);
}

Value cStr(CallContext &call)
{
    const Value v = call.arg(0);
    QString text;
    if (!call.text(v, 0, text) || v.isNull())
        return {};
    return Value::string(text);
}

Value defaultDomain(CallContext &call)
{
    if (call.options().defaultDomain.isEmpty())
        return call.fail(ExprError::Kind::Evaluation,
                         tr("DefaultDomain: no tenant is known here; evaluate within an integration, or pass "
                            "--default-domain DOMAIN to clouddir expr"));
    return Value::string(call.options().defaultDomain);
}

Value error(CallContext &call)
{
    QString message;
    if (!call.text(call.arg(0), 0, message))
        return {};
    return call.fail(ExprError::Kind::Evaluation, message);
}

Value ignoreFlowIfNullOrEmpty(CallContext &call)
{
    const Value v = call.arg(0);
    if (call.stopped())
        return {};
    return v.isNullOrEmpty() ? Value::skip() : v;
}

Value iif(CallContext &call)
{
    bool condition = false;
    if (!call.boolean(call.arg(0), 0, condition))
        return {};
    return call.arg(condition ? 1 : 2);
}

Value isNull(CallContext &call)
{
    const Value v = call.arg(0);
    return call.stopped() ? Value() : Value::boolean(v.isNull());
}

Value isNullOrEmpty(CallContext &call)
{
    const Value v = call.arg(0);
    return call.stopped() ? Value() : Value::boolean(v.isNullOrEmpty());
}

Value isPresent(CallContext &call)
{
    const Value v = call.arg(0);
    return call.stopped() ? Value() : Value::boolean(!v.isNullOrEmpty());
}

Value isString(CallContext &call)
{
    const Value v = call.arg(0);
    return call.stopped() ? Value() : Value::boolean(!v.isNull() && !v.isList());
}

Value item(CallContext &call)
{
    const Value v = call.arg(0);
    qint64 index = 0;
    if (call.stopped() || !call.integer(call.arg(1), 1, index))
        return {};
    if (v.isNull())
        return {};
    const QStringList items = v.isList() ? v.items() : QStringList {v.toText()};
    if (index < 1 || index > items.size())
        return call.fail(ExprError::Kind::Argument,
                         tr("Item: index %1 is out of range; the attribute has %2 value(s) (the first is 1)")
                             .arg(index)
                             .arg(items.size()));
    return Value::string(items.at(qsizetype(index - 1)));
}

Value notFunction(CallContext &call)
{
    const Value v = call.arg(0);
    if (call.stopped() || !call.single(v, 0))
        return {};
    const bool isTrue =
        (v.kind() == Value::Kind::Boolean && v.isTrue())
        || (v.kind() == Value::Kind::String && v.text().trimmed().compare(u"true", Qt::CaseInsensitive) == 0);
    return Value::boolean(!isTrue);
}

Value redact(CallContext &call)
{
    call.markRedacted();
    return call.arg(0);
}

Value removeDuplicates(CallContext &call)
{
    const Value v = call.arg(0);
    if (call.stopped() || v.isNull())
        return {};
    if (!v.isList())
        return Value::list({v.toText()});
    QStringList out;
    QSet<QString> seen;
    for (const QString &item : v.items()) {
        if (!seen.contains(item)) {
            seen.insert(item);
            out.append(item);
        }
    }
    return Value::list(out);
}

Value selectUniqueValue(CallContext &call)
{
    QStringList tried;
    for (int i = 0; i < call.count(); ++i) {
        const Value v = call.argKeepingSkip(i);
        if (call.stopped())
            return {};
        if (v.kind() == Value::Kind::Skip || v.isNullOrEmpty())
            continue;
        QString candidate;
        if (!call.text(v, i, candidate))
            return {};
        if (!call.options().isTaken || !call.options().isTaken(candidate))
            return Value::string(candidate);
        tried.append(candidate);
    }
    return call.fail(ExprError::Kind::Evaluation,
                     tr("SelectUniqueValue: every candidate is already taken (%1); add another rule")
                         .arg(tried.join(QStringLiteral(", "))));
}

Value switchFunction(CallContext &call)
{
    QString source;
    if (!switchText(call, call.arg(0), 0, source))
        return {};
    for (int i = 2; i + 1 < call.count(); i += 2) {
        QString key;
        if (!switchText(call, call.arg(i), i, key))
            return {};
        if (key == source)
            return call.arg(i + 1);
    }
    return call.arg(1);
}

} // namespace Functions
