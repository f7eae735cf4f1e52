#pragma once

#include <QByteArray>
#include <QJsonObject>
#include <QJsonValue>
#include <QString>
#include <QStringList>

// Hand-written JSON for the hot path. QJsonDocument per request costs several µs per user; appending pre-serialised
// user objects into one QByteArray lets graphsim serve 100k users much faster than any client reads them.
// Output is compact UTF-8 JSON (non-ASCII stays raw, as Graph sends it).
class GraphSimPageRenderer
{
public:
    static void appendString(QByteArray &out, const QString &value);
    static void appendValue(QByteArray &out, const QJsonValue &value);
    // {"prop":value,...} in the order of `properties`. A property the user lacks is null, except the collection
    // properties (businessPhones, otherMails, ...), which are [] as in Graph.
    static QByteArray renderUser(const QJsonObject &user, const QStringList &properties);
    static bool isCollectionProperty(const QString &property);
};
