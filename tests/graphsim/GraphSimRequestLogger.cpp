#include "tests/graphsim/GraphSimRequestLogger.h"

#include <QDateTime>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>

using namespace Qt::StringLiterals;

void GraphSimRequestLogger::append(const GraphSimLogEntry &entry)
{
    m_entries.append(entry);
    // Trim in chunks so a long --sandbox run stays O(1) amortised per request.
    if (m_capacity > 0 && m_entries.size() > static_cast<qsizetype>(m_capacity) + m_capacity / 4 + 1)
        m_entries.remove(0, m_entries.size() - m_capacity);
    if (!m_file)
        return;
    const QJsonObject line {
        {u"time"_s, QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs)},
        {u"method"_s, entry.method},
        {u"path"_s, entry.path},
        {u"query"_s, entry.query},
        {u"status"_s, entry.status},
        {u"request-id"_s, entry.requestId},
        {u"durationMs"_s, entry.durationMs},
        {u"fault"_s, entry.fault},
        {u"inner"_s, entry.inner},
        {u"writesAccepted"_s, entry.writesAccepted},
        {u"throttled"_s, entry.throttled},
    };
    m_file->write(QJsonDocument(line).toJson(QJsonDocument::Compact) + '\n');
    m_file->flush();
}

QString GraphSimRequestLogger::setFile(const QString &path)
{
    m_file.reset();
    if (path.isEmpty())
        return QString();
    auto file = std::make_unique<QFile>(path);
    if (!file->open(QIODevice::WriteOnly | QIODevice::Append | QIODevice::Text))
        return u"cannot open request log %1: %2"_s.arg(path, file->errorString());
    m_file = std::move(file);
    return QString();
}

int GraphSimRequestLogger::count(const QString &method, const QString &pathPattern) const
{
    const QRegularExpression pattern(pathPattern);
    int n = 0;
    for (const GraphSimLogEntry &entry : m_entries) {
        if (!method.isEmpty() && entry.method.compare(method, Qt::CaseInsensitive) != 0)
            continue;
        if (pattern.match(entry.path).hasMatch())
            ++n;
    }
    return n;
}
