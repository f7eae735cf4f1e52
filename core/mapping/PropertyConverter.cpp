#include "core/mapping/PropertyConverter.h"

#include "core/expr/DateTicks.h"

#include <QCoreApplication>
#include <QJsonArray>

namespace PropertyConverter {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("PropertyConverter", text);
}

std::optional<QString> tooLong(const QString &text, const GraphProperty &property)
{
    if (property.maxLength > 0 && text.size() > property.maxLength)
        return tr("%1 takes at most %2 characters; the value \"%3\" has %4. Shorten it, e.g. with Left().")
            .arg(property.name)
            .arg(property.maxLength)
            .arg(text.left(40))
            .arg(text.size());
    return std::nullopt;
}

} // namespace

std::variant<QJsonValue, QString> convert(const Value &value, const GraphProperty &property)
{
    switch (property.type) {
    case GraphProperty::Type::String: {
        if (value.isList())
            return tr("%1 takes one value, but the mapping gives %2; pick one with Item() or combine them with "
                      "Join().")
                .arg(property.name)
                .arg(value.items().size());
        const QString text = value.toText();
        if (auto message = tooLong(text, property))
            return *message;
        return QJsonValue(text);
    }
    case GraphProperty::Type::StringList: {
        const QStringList items = value.isList() ? value.items() : QStringList {value.toText()};
        if (property.maxItems > 0 && items.size() > property.maxItems)
            return tr("%1 takes at most %2 value(s); the mapping gives %3. Pick one with Item().")
                .arg(property.name)
                .arg(property.maxItems)
                .arg(items.size());
        for (const QString &item : items) {
            if (auto message = tooLong(item, property))
                return *message;
        }
        return QJsonValue(QJsonArray::fromStringList(items));
    }
    case GraphProperty::Type::Boolean: {
        if (value.kind() == Value::Kind::Boolean)
            return QJsonValue(value.isTrue());
        const QString text = value.isList() ? QString() : value.toText().trimmed();
        if (text.compare(u"true", Qt::CaseInsensitive) == 0)
            return QJsonValue(true);
        if (text.compare(u"false", Qt::CaseInsensitive) == 0)
            return QJsonValue(false);
        return tr("%1 takes True or False; the mapping gives \"%2\".").arg(property.name, text.left(40));
    }
    case GraphProperty::Type::DateTime: {
        std::optional<qint64> ticks;
        if (value.kind() == Value::Kind::Date)
            ticks = value.ticks();
        else if (!value.isList())
            ticks = DateTicks::parse(value.toText());
        if (!ticks)
            return tr("%1 takes a date such as 2024-03-16 or 2024-03-16T08:30:00Z; the mapping gives \"%2\".")
                .arg(property.name, value.isList() ? QString() : value.toText().left(40));
        const DateTicks::Civil c = DateTicks::toCivil(*ticks);
        return QJsonValue(QStringLiteral("%1-%2-%3T%4:%5:%6Z")
                              .arg(c.year, 4, 10, QLatin1Char('0'))
                              .arg(c.month, 2, 10, QLatin1Char('0'))
                              .arg(c.day, 2, 10, QLatin1Char('0'))
                              .arg(c.hour, 2, 10, QLatin1Char('0'))
                              .arg(c.minute, 2, 10, QLatin1Char('0'))
                              .arg(c.second, 2, 10, QLatin1Char('0')));
    }
    }
    return QJsonValue();
}

} // namespace PropertyConverter
