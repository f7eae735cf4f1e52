#pragma once

#include <QString>

#include <functional>
#include <optional>

// Answers whether a SelectUniqueValue candidate is already taken (in the directory, in the tenant, or by another
// pending create). Called on the evaluating thread; must be thread-safe if one oracle serves several threads.
using UniquenessOracle = std::function<bool(const QString &candidate)>;

// What an evaluation may need beyond the user's attributes.
struct EvaluationOptions
{
    UniquenessOracle isTaken;       // empty: every candidate is free
    std::optional<qint64> nowTicks; // fixes Now() (tests, `clouddir expr --now`); DateTicks ticks
    QString defaultDomain;          // DefaultDomain(); empty: an error that says how to provide one
};
