#pragma once

#include <QString>

#include <optional>

// How one Graph user property of one integration gets its value (cloud-directories.md §2.5, expressions.md §1).
// A plain value: the Store keeps it, core/mapping validates and evaluates it.
struct Mapping
{
    enum class Type { Direct, Constant, Expression };
    enum class Apply { Always, CreateOnly };

    QString id; // app-generated UUID text; MappingTable::save fills it when empty
    QString integrationId;
    QString targetProperty; // a Graph user property (GraphPropertyCatalog), e.g. "usageLocation"
    Type type = Type::Direct;
    QString source;                      // Direct: attribute name; Constant: the text; Expression: its text
    std::optional<QString> defaultValue; // used when the result is null, and only on create
    Apply apply = Apply::Always;
    QString builtIn;     // the export-selection rule (user_city, …) it stands for, or empty for a custom mapping
    bool locked = false; // an always-exported default: cannot be removed or changed (never stored)
    qint64 createdAt = 0;
    qint64 updatedAt = 0;

    // The expression the evaluator runs: `[attr]` for Direct, a string literal for Constant, the text otherwise.
    QString expressionText() const
    {
        switch (type) {
        case Type::Direct:
            return QStringLiteral("[%1]").arg(source);
        case Type::Constant: {
            QString escaped = source;
            escaped.replace(u'\\', QStringLiteral("\\\\")).replace(u'"', QStringLiteral("\\\""));
            return QStringLiteral("\"%1\"").arg(escaped);
        }
        case Type::Expression:
            break;
        }
        return source;
    }

    bool operator==(const Mapping &) const = default;
};
