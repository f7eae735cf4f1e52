#pragma once

#include <QHash>
#include <QJsonObject>
#include <QString>

// Shared pieces of the graphsim write suites: the graph-fixtures (shared/spec/graph-fixtures, path from the
// CLOUDDIR_GRAPH_FIXTURES define of the test target) and small request/response builders.
class GraphSimFixtures
{
public:
    // The fixture file's JSON object; aborts the test binary when it cannot be read.
    static QJsonObject load(const QString &name);
    // body["error"] without innerError, which carries one exchange's ids and date.
    static QJsonObject errorWithoutInner(const QJsonObject &body);
    // A tenant user with the properties the write suites need.
    static QJsonObject user(const QString &id, const QString &upn, bool onPremises = false);
    // One $batch item: PATCH /users/{userId} with Content-Type and body.
    static QJsonObject patchItem(const QString &id, const QString &userId, const QJsonObject &body);
    // A $batch answer's responses by id.
    static QHash<QString, QJsonObject> responsesById(const QJsonObject &batchReply);
};
