#include "core/expr/DateFormat.h"
#include "core/expr/DateTicks.h"
#include "core/expr/EvaluationOptions.h"
#include "core/expr/Functions_p.h"

#include <QCoreApplication>

#include <limits>

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("Expression", text);
}

// 128-bit intermediate so that adding a huge amount cannot overflow before the range check.
__extension__ typedef __int128 Wide;

enum class Interval { Invalid, Year, Month, Day, Week, Hour, Minute, Second };

Interval interval(const QString &text)
{
    const QString t = text.trimmed().toLower();
    if (t == u"yyyy")
        return Interval::Year;
    if (t == u"m")
        return Interval::Month;
    if (t == u"d")
        return Interval::Day;
    if (t == u"ww")
        return Interval::Week;
    if (t == u"h")
        return Interval::Hour;
    if (t == u"n")
        return Interval::Minute;
    if (t == u"s")
        return Interval::Second;
    return Interval::Invalid;
}

bool readInterval(CallContext &call, Interval &out)
{
    QString text;
    if (!call.text(call.arg(0), 0, text))
        return false;
    out = interval(text);
    if (out == Interval::Invalid) {
        call.fail(ExprError::Kind::Argument,
                  tr("%1: interval \"%2\" is not one of yyyy, m, d, ww, h, n, s").arg(call.name(), text));
        return false;
    }
    return true;
}

qint64 unitTicks(Interval i)
{
    switch (i) {
    case Interval::Week:
        return 7 * DateTicks::PerDay;
    case Interval::Day:
        return DateTicks::PerDay;
    case Interval::Hour:
        return 3600 * DateTicks::PerSecond;
    case Interval::Minute:
        return 60 * DateTicks::PerSecond;
    default:
        return DateTicks::PerSecond;
    }
}

Value checked(CallContext &call, Wide ticks)
{
    if (ticks < 0 || ticks > DateTicks::MaxTicks)
        return call.fail(ExprError::Kind::Argument,
                         tr("%1: the result is outside the years 1 to 9999").arg(call.name()));
    return Value::date(qint64(ticks));
}

} // namespace

namespace Functions {

Value cDate(CallContext &call)
{
    std::optional<qint64> ticks;
    if (!call.date(call.arg(0), 0, ticks) || !ticks)
        return {};
    return Value::date(*ticks);
}

Value now(CallContext &call)
{
    if (call.options().nowTicks)
        return Value::date(*call.options().nowTicks);
    return Value::date(DateTicks::nowTicks());
}

Value dateAdd(CallContext &call)
{
    Interval unit = Interval::Invalid;
    qint64 amount = 0;
    std::optional<qint64> ticks;
    if (!readInterval(call, unit) || !call.integer(call.arg(1), 1, amount) || !call.date(call.arg(2), 2, ticks)
        || !ticks)
        return {};
    if (unit == Interval::Year || unit == Interval::Month) {
        DateTicks::Civil c = DateTicks::toCivil(*ticks);
        const Wide months = Wide(c.year) * 12 + (c.month - 1) + Wide(amount) * (unit == Interval::Year ? 12 : 1);
        if (months < 12 || months >= 12 * 10000)
            return checked(call, -1);
        c.year = int(months / 12);
        c.month = int(months % 12) + 1;
        c.day = std::min(c.day, DateTicks::daysInMonth(c.year, c.month));
        return Value::date(*DateTicks::fromCivil(c));
    }
    return checked(call, Wide(*ticks) + Wide(amount) * unitTicks(unit));
}

Value dateDiff(CallContext &call)
{
    Interval unit = Interval::Invalid;
    std::optional<qint64> first;
    std::optional<qint64> second;
    if (!readInterval(call, unit) || !call.date(call.arg(1), 1, first) || !call.date(call.arg(2), 2, second) || !first
        || !second)
        return {};
    const DateTicks::Civil a = DateTicks::toCivil(*first);
    const DateTicks::Civil b = DateTicks::toCivil(*second);
    switch (unit) {
    case Interval::Year:
        return Value::integer(b.year - a.year);
    case Interval::Month:
        return Value::integer(12 * (b.year - a.year) + (b.month - a.month));
    case Interval::Week: {
        // VB.NET DateDiff("ww"): move both dates back to their week's Sunday, then count whole weeks.
        const qint64 x = *first - a.dayOfWeek * DateTicks::PerDay;
        const qint64 y = *second - b.dayOfWeek * DateTicks::PerDay;
        return Value::integer((y - x) / unitTicks(unit));
    }
    default:
        return Value::integer((*second - *first) / unitTicks(unit));
    }
}

Value dateFromNum(CallContext &call)
{
    const Value v = call.arg(0);
    qint64 fileTime = 0;
    if (call.stopped() || v.isNull() || !call.integer(v, 0, fileTime))
        return {};
    if (fileTime == 0 || fileTime == std::numeric_limits<qint64>::max())
        return {}; // Active Directory's "never"
    if (fileTime < 0 || fileTime > DateTicks::MaxTicks - DateTicks::FileTimeOffset)
        return call.fail(ExprError::Kind::Argument,
                         tr("DateFromNum: %1 is not a FILETIME between the years 1601 and 9999").arg(fileTime));
    return Value::date(fileTime + DateTicks::FileTimeOffset);
}

Value numFromDate(CallContext &call)
{
    std::optional<qint64> ticks;
    if (!call.date(call.arg(0), 0, ticks) || !ticks)
        return {};
    if (*ticks < DateTicks::FileTimeOffset)
        return call.fail(ExprError::Kind::Argument, tr("NumFromDate: dates before 1601 have no FILETIME"));
    return Value::integer(*ticks - DateTicks::FileTimeOffset);
}

Value formatDateTime(CallContext &call)
{
    const bool withStyles = call.count() == 4;
    const Value source = call.arg(0);
    QString styles;
    QString input;
    QString output;
    if (withStyles && !call.text(call.arg(1), 1, styles))
        return {};
    if (!call.text(call.arg(withStyles ? 2 : 1), withStyles ? 2 : 1, input)
        || !call.text(call.arg(withStyles ? 3 : 2), withStyles ? 3 : 2, output) || !call.single(source, 0))
        return {};
    bool allowWhite = styles.trimmed().isEmpty();
    for (QString style : styles.split(u',', Qt::SkipEmptyParts)) {
        style = style.trimmed();
        if (style.startsWith(u"DateTimeStyles."))
            style = style.mid(15);
        static const QStringList known = {QStringLiteral("None"),
                                          QStringLiteral("AllowLeadingWhite"),
                                          QStringLiteral("AllowTrailingWhite"),
                                          QStringLiteral("AllowInnerWhite"),
                                          QStringLiteral("AllowWhiteSpaces"),
                                          QStringLiteral("NoCurrentDateDefault"),
                                          QStringLiteral("AdjustToUniversal"),
                                          QStringLiteral("AssumeLocal"),
                                          QStringLiteral("AssumeUniversal"),
                                          QStringLiteral("RoundtripKind")};
        if (!known.contains(style, Qt::CaseInsensitive))
            return call.fail(
                ExprError::Kind::Argument,
                tr("FormatDateTime: \"%1\" is not a DateTimeStyles name such as RoundtripKind").arg(style));
        if (style.startsWith(u"Allow", Qt::CaseInsensitive))
            allowWhite = true;
    }
    if (source.isNull())
        return {};
    DateFormat::Parsed parsed;
    if (source.kind() == Value::Kind::Date) {
        parsed.ticks = source.ticks();
    } else {
        const auto read = DateFormat::parse(source.toText(), input, allowWhite);
        if (!read)
            return call.fail(
                ExprError::Kind::Argument,
                tr("FormatDateTime: \"%1\" does not match input format \"%2\"").arg(source.toText(), input));
        parsed = *read;
    }
    const auto written = DateFormat::format(parsed.ticks, output, parsed.zone);
    if (!written)
        return call.fail(ExprError::Kind::Argument,
                         tr("FormatDateTime: \"%1\" is not a supported output format; use a custom format such as "
                            "yyyy-MM-dd")
                             .arg(output));
    return Value::string(*written);
}

} // namespace Functions
