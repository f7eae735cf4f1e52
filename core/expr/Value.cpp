#include "core/expr/Value.h"

#include "core/expr/DateTicks.h"

#include <QLocale>

Value Value::string(const QString &text)
{
    Value v;
    v.m_kind = Kind::String;
    v.m_text = text.isNull() ? QStringLiteral("") : text;
    return v;
}

Value Value::list(const QStringList &items)
{
    Value v;
    if (items.isEmpty())
        return v;
    v.m_kind = Kind::List;
    v.m_items = items;
    return v;
}

Value Value::boolean(bool on)
{
    Value v;
    v.m_kind = Kind::Boolean;
    v.m_bool = on;
    return v;
}

Value Value::integer(qint64 number, const QString &spelling)
{
    Value v;
    v.m_kind = Kind::Number;
    v.m_integral = true;
    v.m_int = number;
    v.m_text = spelling;
    return v;
}

Value Value::real(double number, const QString &spelling)
{
    Value v;
    v.m_kind = Kind::Number;
    v.m_real = number;
    v.m_text = spelling;
    return v;
}

Value Value::date(qint64 ticks)
{
    Value v;
    v.m_kind = Kind::Date;
    v.m_int = ticks;
    return v;
}

Value Value::skip()
{
    Value v;
    v.m_kind = Kind::Skip;
    return v;
}

QString Value::toText() const
{
    switch (m_kind) {
    case Kind::String:
        return m_text;
    case Kind::Boolean:
        return m_bool ? QStringLiteral("True") : QStringLiteral("False");
    case Kind::Number:
        if (!m_text.isEmpty())
            return m_text;
        if (m_integral)
            return QString::number(m_int);
        // Shortest round-trip digits without exponent or grouping (§4.2).
        return QString::number(m_real, 'f', QLocale::FloatingPointShortest);
    case Kind::Date:
        return DateTicks::toDisplayText(m_int);
    case Kind::List:
    case Kind::Null:
    case Kind::Skip:
        break;
    }
    return {};
}
