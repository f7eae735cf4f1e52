#pragma once

#include <QString>

// One property of the Microsoft Graph user resource as a mapping target (graph.md §2.2).
struct GraphProperty
{
    enum class Type { String, StringList, Boolean, DateTime };

    QString name; // Graph's camelCase name
    Type type = Type::String;
    int maxLength = 0;      // per string (0 = no documented limit)
    int maxItems = 0;       // StringList: most values Graph accepts (0 = no limit)
    bool writable = true;   // false: Graph computes or owns it (id, createdDateTime, proxyAddresses…)
    const char *label = ""; // QT_TRANSLATE_NOOP("GraphProperty", …): how the editor names it

    bool operator==(const GraphProperty &) const = default;
};
