// libFuzzer target for core/expr: every input is compiled as an expression and, when it compiles, evaluated against a
// fixed set of attributes (text with diacritics, a list, a number, a date, an empty string). The parser and
// evaluator must never crash, leak, hang or trip a sanitizer, whatever the input (expressions.md §8: bad input is an
// ExprError, never undefined behaviour).
#include "core/expr/DateTicks.h"
#include "core/expr/Expression.h"
#include "core/expr/MapAttributeSource.h"

#include <QString>

#include <cstddef>
#include <cstdint>

namespace {

const MapAttributeSource &attributes()
{
    static const MapAttributeSource source = [] {
        MapAttributeSource s;
        s.insert(QStringLiteral("a"), Value::string(QStringLiteral("Zoë García-López")));
        s.insert(QStringLiteral("l"), Value::list({QStringLiteral("SMTP:x@y"), QStringLiteral(" b "), QString()}));
        s.insert(QStringLiteral("n"), Value::string(QStringLiteral("42")));
        s.insert(QStringLiteral("d"), Value::string(QStringLiteral("2020-03-16-07:00")));
        s.insert(QStringLiteral("e"), Value::string(QString()));
        return s;
    }();
    return source;
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QString text = QString::fromUtf8(reinterpret_cast<const char *>(data), qsizetype(size));
    auto compiled = Expression::compile(text);
    if (auto *expression = std::get_if<Expression>(&compiled)) {
        EvaluationOptions options;
        options.nowTicks = DateTicks::UnixOffset + 1'600'000'000LL * DateTicks::PerSecond;
        options.defaultDomain = QStringLiteral("contoso.com");
        options.isTaken = [](const QString &candidate) { return candidate.startsWith(u'x'); };
        const Evaluation result = expression->evaluate(attributes(), options);
        // Touch the result so the evaluation cannot be optimised away and the text conversions run too.
        if (result.ok() && !result.value.isList())
            (void)result.value.toText().size();
        (void)expression->warnings({QStringLiteral("a"), QStringLiteral("l")});
    }
    return 0;
}
