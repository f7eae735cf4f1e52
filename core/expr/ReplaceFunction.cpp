#include "core/expr/Functions_p.h"
#include "core/expr/Node.h"
#include "core/expr/RegexSupport.h"

#include <QCoreApplication>

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("Expression", text);
}

// The pattern of forms C–E: compiled at parse time when it is a literal, else now.
std::shared_ptr<const QRegularExpression> pattern(CallContext &call)
{
    if (call.node().regex)
        return call.node().regex;
    QString text;
    if (!call.text(call.arg(2), 2, text))
        return nullptr;
    auto compiled = RegexSupport::compile(text);
    if (auto *message = std::get_if<QString>(&compiled)) {
        call.fail(ExprError::Kind::Argument, tr("Replace: %1").arg(*message));
        return nullptr;
    }
    return std::get<std::shared_ptr<const QRegularExpression>>(compiled);
}

bool groupName(CallContext &call, const QRegularExpression &regex, QString &group)
{
    if (!call.text(call.arg(3), 3, group))
        return false;
    if (!RegexSupport::hasGroup(regex, group)) {
        call.fail(ExprError::Kind::Argument, tr("Replace: the pattern defines no group named \"%1\"").arg(group));
        return false;
    }
    return true;
}

} // namespace

namespace Functions {

Value replace(CallContext &call)
{
    const Value source = call.arg(0);
    if (call.stopped())
        return {};
    switch (call.node().replaceForm) {
    case 'A': {
        QString oldValue;
        QString replacement;
        if (!call.text(call.arg(1), 1, oldValue) || !call.text(call.arg(4), 4, replacement))
            return {};
        if (oldValue.isEmpty())
            return source;
        return perElement(call, source, [&](QString s) { return s.replace(oldValue, replacement); });
    }
    case 'B': {
        QString oldValue;
        QString tmpl;
        if (!call.text(call.arg(1), 1, oldValue) || !call.text(call.arg(6), 6, tmpl))
            return {};
        if (oldValue.isEmpty())
            return Value::string(tmpl);
        return perElement(call, source, [&](const QString &s) { return QString(tmpl).replace(oldValue, s); });
    }
    case 'C': {
        const auto regex = pattern(call);
        QString replacement;
        if (!regex || !call.text(call.arg(4), 4, replacement))
            return {};
        return perElement(call, source,
                          [&](const QString &s) { return RegexSupport::replace(*regex, s, replacement); });
    }
    case 'D': {
        const auto regex = pattern(call);
        QString group;
        QString replacement;
        if (!regex || !groupName(call, *regex, group) || !call.text(call.arg(4), 4, replacement))
            return {};
        return perElement(call, source,
                          [&](const QString &s) { return RegexSupport::replaceGroup(*regex, s, group, replacement); });
    }
    case 'E': {
        if (!source.isNullOrEmpty())
            return source;
        const auto regex = pattern(call);
        QString group;
        QString other;
        if (!regex || !groupName(call, *regex, group) || !call.text(call.arg(5), 5, other))
            return {};
        if (other.isNull())
            return {};
        const auto found = RegexSupport::firstGroup(*regex, other, group);
        return found ? Value::string(*found) : Value();
    }
    default:
        return call.fail(ExprError::Kind::Argument, tr("Replace: unknown form"));
    }
}

} // namespace Functions
