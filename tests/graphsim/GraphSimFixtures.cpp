#include "tests/graphsim/GraphSimFixtures.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>

using namespace Qt::StringLiterals;

QJsonObject GraphSimFixtures::load(const QString &name)
{
    QFile file(QStringLiteral(CLOUDDIR_GRAPH_FIXTURES) + u'/' + name);
    if (!file.open(QIODevice::ReadOnly))
        qFatal("cannot read fixture %s: %s", qPrintable(file.fileName()), qPrintable(file.errorString()));
    return QJsonDocument::fromJson(file.readAll()).object();
}

QJsonObject GraphSimFixtures::errorWithoutInner(const QJsonObject &body)
{
    QJsonObject error = body.value("error"_L1).toObject();
    error.remove("innerError"_L1);
    return error;
}

QJsonObject GraphSimFixtures::user(const QString &id, const QString &upn, bool onPremises)
{
    return QJsonObject {{u"id"_s, id},
                        {u"accountEnabled"_s, true},
                        {u"displayName"_s, upn.section(u'@', 0, 0)},
                        {u"userPrincipalName"_s, upn},
                        {u"mailNickname"_s, upn.section(u'@', 0, 0)},
                        {u"city"_s, u"Lagos"_s},
                        {u"businessPhones"_s, QJsonArray {u"+234 1 555 0100"_s}},
                        {u"onPremisesSyncEnabled"_s, onPremises ? QJsonValue(true) : QJsonValue(QJsonValue::Null)}};
}

QJsonObject GraphSimFixtures::patchItem(const QString &id, const QString &userId, const QJsonObject &body)
{
    return QJsonObject {{u"id"_s, id},
                        {u"method"_s, u"PATCH"_s},
                        {u"url"_s, u"/users/"_s + userId},
                        {u"headers"_s, QJsonObject {{u"Content-Type"_s, u"application/json"_s}}},
                        {u"body"_s, body}};
}

QHash<QString, QJsonObject> GraphSimFixtures::responsesById(const QJsonObject &batchReply)
{
    QHash<QString, QJsonObject> out;
    for (const QJsonValue &r : batchReply.value("responses"_L1).toArray())
        out.insert(r["id"_L1].toString(), r.toObject());
    return out;
}
