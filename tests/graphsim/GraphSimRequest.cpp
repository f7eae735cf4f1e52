#include "tests/graphsim/GraphSimRequest.h"

#include <QUrl>

namespace {

QString decodeComponent(QByteArray part)
{
    part.replace('+', ' ');
    return QUrl::fromPercentEncoding(part);
}

} // namespace

QList<QPair<QString, QString>> GraphSimRequest::parseQuery(const QByteArray &encoded)
{
    QList<QPair<QString, QString>> result;
    const QList<QByteArray> pairs = encoded.split('&');
    for (const QByteArray &pair : pairs) {
        if (pair.isEmpty())
            continue;
        const qsizetype eq = pair.indexOf('=');
        if (eq < 0)
            result.append({decodeComponent(pair), QString()});
        else
            result.append({decodeComponent(pair.left(eq)), decodeComponent(pair.mid(eq + 1))});
    }
    return result;
}

bool GraphSimRequest::hasParam(const QString &name) const
{
    for (const auto &p : params) {
        if (p.first == name)
            return true;
    }
    return false;
}

QString GraphSimRequest::param(const QString &name) const
{
    for (const auto &p : params) {
        if (p.first == name)
            return p.second;
    }
    return QString();
}

QByteArray GraphSimRequest::header(const QByteArray &lowerCaseName) const
{
    for (const auto &h : headers) {
        if (h.first == lowerCaseName)
            return h.second;
    }
    return QByteArray();
}
