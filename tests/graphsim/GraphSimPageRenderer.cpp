#include "tests/graphsim/GraphSimPageRenderer.h"

#include <QJsonArray>
#include <QJsonDocument>

using namespace Qt::StringLiterals;

void GraphSimPageRenderer::appendString(QByteArray &out, const QString &value)
{
    // Encodes UTF-16 straight into `out` (no temporary toUtf8() buffer): this runs once per property per user.
    static const char hex[] = "0123456789abcdef";
    const QChar *p = value.constData();
    const QChar *const end = p + value.size();
    out += '"';
    for (; p < end; ++p) {
        const char32_t c = p->unicode();
        if (c >= 0x20 && c < 0x80 && c != '"' && c != '\\') {
            out += static_cast<char>(c);
        } else if (c == '"' || c == '\\') {
            out += '\\';
            out += static_cast<char>(c);
        } else if (c < 0x20) {
            out += "\\u00";
            out += hex[c >> 4];
            out += hex[c & 0xf];
        } else if (c < 0x800) {
            out += static_cast<char>(0xc0 | (c >> 6));
            out += static_cast<char>(0x80 | (c & 0x3f));
        } else if (QChar::isHighSurrogate(c) && p + 1 < end && p[1].isLowSurrogate()) {
            const char32_t u = QChar::surrogateToUcs4(static_cast<char16_t>(c), p[1].unicode());
            ++p;
            out += static_cast<char>(0xf0 | (u >> 18));
            out += static_cast<char>(0x80 | ((u >> 12) & 0x3f));
            out += static_cast<char>(0x80 | ((u >> 6) & 0x3f));
            out += static_cast<char>(0x80 | (u & 0x3f));
        } else {
            // BMP character, or a lone surrogate, which becomes U+FFFD as QString::toUtf8() would make it.
            const char32_t u = QChar::isSurrogate(c) ? char32_t(0xfffd) : c;
            out += static_cast<char>(0xe0 | (u >> 12));
            out += static_cast<char>(0x80 | ((u >> 6) & 0x3f));
            out += static_cast<char>(0x80 | (u & 0x3f));
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
