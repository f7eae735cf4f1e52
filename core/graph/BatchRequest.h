#pragma once

#include <QByteArray>
#include <QJsonValue>
#include <QString>

// One request inside a JSON batch (graph.md §2.7): url is relative and without the version ("/users/{id}"); body is
// sent (with Content-Type: application/json) unless it is undefined; dependsOn names the id of the request before it
// in a sequential batch ('' = none).
struct BatchRequest
{
    QString id;
    QByteArray method;
    QString url;
    QJsonValue body = QJsonValue(QJsonValue::Undefined);
    QString dependsOn;

    bool operator==(const BatchRequest &) const = default;
};
