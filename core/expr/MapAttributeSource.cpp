#include "core/expr/MapAttributeSource.h"

#include <QCoreApplication>
#include <QJsonArray>

std::variant<MapAttributeSource, QString> MapAttributeSource::fromJson(const QJsonObject &object)
{
    MapAttributeSource source;
    for (auto it = object.begin(); it != object.end(); ++it) {
        const QJsonValue v = it.value();
        if (v.isNull() || v.isUndefined()) {
            continue;
        } else if (v.isString()) {
            source.insert(it.key(), Value::string(v.toString()));
        } else if (v.isBool()) {
            source.insert(it.key(), Value::string(v.toBool() ? QStringLiteral("True") : QStringLiteral("False")));
        } else if (v.isDouble()) {
            const double d = v.toDouble();
            const qint64 whole = qint64(d);
            source.insert(it.key(),
                          Value::string(double(whole) == d ? QString::number(whole) : Value::real(d).toText()));
        } else if (v.isArray()) {
            QStringList items;
            for (const QJsonValue item : v.toArray()) {
                if (!item.isString())
                    return QCoreApplication::translate("Expression", "attribute \"%1\": a list may only hold strings")
                        .arg(it.key());
                items.append(item.toString());
            }
            source.insert(it.key(), Value::list(items));
        } else {
            return QCoreApplication::translate("Expression",
                                               "attribute \"%1\": use a string, an array of strings or null")
                .arg(it.key());
        }
    }
    return source;
}
