#include "tests/graphsim/GraphSimPageRenderer.h"

#include <QJsonArray>
#include <QJsonDocument>

using namespace Qt::StringLiterals;

void GraphSimPageRenderer::appendString(QByteArray &out, const QString &value)
{
    static const char hex[] = "0123456789abcdef";
    const QByteArray utf8 = value.toUtf8();
    out += '"';
    for (const char c : utf8) {
        const auto u = static_cast<unsigned char>(c);
        if (c == '"' || c == '\\') {
            out += '\\';
            out += c;
        } else if (u < 0x20) {
            switch (c) {
            case '\n':
                out += "\\n";
                break;
            case '\r':
                out += "\\r";
                break;
            case '\t':
                out += "\\t";
                break;
            default:
                out += "\\u00";
                out += hex[u >> 4];
                out += hex[u & 0xf];
            }
        } else {
            out += c;
        }
    }
    out += '"';
}

void GraphSimPageRenderer::appendValue(QByteArray &out, const QJsonValue &value)
{
    switch (value.type()) {
    case QJsonValue::Null:
    case QJsonValue::Undefined:
        out += "null";
        break;
    case QJsonValue::Bool:
        out += value.toBool() ? "true" : "false";
        break;
    case QJsonValue::Double: {
        const double d = value.toDouble();
        const auto asInt = static_cast<qint64>(d);
        if (static_cast<double>(asInt) == d)
            out += QByteArray::number(asInt);
        else
            out += QByteArray::number(d, 'g', 17);
        break;
    }
    case QJsonValue::String:
        appendString(out, value.toString());
        break;
    case QJsonValue::Array: {
        // Rare and small (businessPhones, otherMails): keep the simple recursive form.
        const QJsonArray array = value.toArray();
        out += '[';
        for (qsizetype i = 0; i < array.size(); ++i) {
            if (i > 0)
                out += ',';
            appendValue(out, array.at(i));
        }
        out += ']';
        break;
    }
    case QJsonValue::Object:
        out += QJsonDocument(value.toObject()).toJson(QJsonDocument::Compact);
        break;
    }
}

bool GraphSimPageRenderer::isCollectionProperty(const QString &property)
{
    return property == "businessPhones"_L1 || property == "otherMails"_L1 || property == "proxyAddresses"_L1
           || property == "imAddresses"_L1 || property == "identities"_L1;
}

QByteArray GraphSimPageRenderer::renderUser(const QJsonObject &user, const QStringList &properties)
{
    QByteArray out;
    out.reserve(64 * properties.size());
    out += '{';
    bool first = true;
    for (const QString &property : properties) {
        if (!first)
            out += ',';
        first = false;
        appendString(out, property);
        out += ':';
        const auto it = user.constFind(property);
        if (it != user.constEnd() && !(it->isNull() && isCollectionProperty(property)))
            appendValue(out, *it);
        else
            out += isCollectionProperty(property) ? "[]" : "null";
    }
    out += '}';
    return out;
}
