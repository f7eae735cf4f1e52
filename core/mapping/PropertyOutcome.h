#pragma once

#include "core/mapping/MappingIssue.h"

#include <QJsonValue>
#include <QString>

#include <optional>

// What one mapping decided for one user and one operation.
struct PropertyOutcome
{
    enum class Action {
        Set,    // write value
        Leave,  // nothing to write: null on update, null without default on create, or not applied on update
        Skip,   // IgnoreFlowIfNullOrEmpty / IgnoreAttributeFlow: left out even with a default
        Failed, // error holds why; nothing is written for this property
    };

    QString property;
    Action action = Action::Leave;
    QJsonValue value; // Set: the value to write (undefined when textOnly)
    QString text;     // Set by MappingSet::evaluateLean on a String property: the value as text
    bool textOnly = false;
    bool fromDefault = false; // the value is the mapping's default-if-null
    bool redacted = false;    // Redact(): hide the value in plans, logs and exports
    bool empty = false;       // Leave on update because an applied mapping gave null or "": the value was cleared
    std::optional<MappingIssue> error;

    // The value to write as JSON, whichever way it was produced.
    QJsonValue json() const { return textOnly ? QJsonValue(text) : value; }
};
