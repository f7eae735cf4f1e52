#pragma once

#include "core/expr/AttributeSource.h"

#include <QHash>
#include <QJsonObject>

#include <variant>

// Attributes held in a hash: `clouddir expr --attrs`, tests and the editor's samples.
class MapAttributeSource final : public AttributeSource
{
public:
    MapAttributeSource() = default;
    explicit MapAttributeSource(QHash<QString, Value> values)
        : m_values(std::move(values))
    { }
    // A JSON object as §4.1 reads it: string → string, array of strings → list, [] and null → null, numbers →
    // their decimal text, true/false → "True"/"False". Other members (objects, nested arrays) give an error message.
    static std::variant<MapAttributeSource, QString> fromJson(const QJsonObject &object);

    void insert(const QString &name, const Value &value) { m_values.insert(name, value); }
    Value attribute(const QString &name) const override { return m_values.value(name); }

private:
    QHash<QString, Value> m_values;
};
