#pragma once

#include "core/expr/FunctionSpec.h"

#include <QList>
#include <QString>
#include <QStringList>

// The functions of expressions.md §5, looked up case-insensitively (§2.6).
class FunctionTable final
{
public:
    static const QList<FunctionSpec> &all();
    // Index into all(), or -1.
    static int find(const QString &name);
    static const FunctionSpec &at(int index) { return all().at(index); }
    // `Mid(source, start, length)`.
    static QString signature(const FunctionSpec &spec);
    // Parameter names without brackets, in order (a trailing "…" entry is dropped).
    static QStringList parameterNames(const FunctionSpec &spec);
    // The closest known name for a typo, or an empty string when nothing is close.
    static QString suggestion(const QString &name);
    // The translated one-line help.
    static QString help(const FunctionSpec &spec);
};
