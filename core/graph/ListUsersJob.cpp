#include "core/graph/ListUsersJob.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QJsonParseError>
#include <QPointer>

ListUsersJob::ListUsersJob(GraphClient *client, Query query, QObject *parent)
    : GraphJob(client, parent)
    , m_query(std::move(query))
{ }

void ListUsersJob::begin()
{
    QList<QPair<QString, QString>> params;
    if (!m_query.select.isEmpty()) {
        params.append({QStringLiteral("$select"), m_query.select.join(QLatin1Char(','))});
    }
    if (!m_query.filter.isEmpty()) {
        params.append({QStringLiteral("$filter"), m_query.filter});
    }
    if (m_query.count) {
        params.append({QStringLiteral("$count"), QStringLiteral("true")});
        // $count=true without this header silently omits @odata.count (graph.md trap 6).
        setRequestHeader(QByteArrayLiteral("ConsistencyLevel"), QByteArrayLiteral("eventual"));
    }
    if (m_query.top > 0) {
        params.append({QStringLiteral("$top"), QString::number(m_query.top)});
    }
    for (const auto &[name, value] : std::as_const(m_query.headers)) {
        setRequestHeader(name, value);
    }
    setPage(1);
    get(graphUrl(QStringLiteral("/v1.0/users"), params));
}

void ListUsersJob::handleResponse(const Response &response)
{
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(response.body, &parseError);
    if (parseError.error != QJsonParseError::NoError || !document.isObject()) {
        GraphError e;
        e.kind = GraphError::Kind::Protocol;
        e.code = QLatin1String(GraphError::InvalidJsonCode);
        e.message = parseError.error != QJsonParseError::NoError
                        ? QStringLiteral("%1 at offset %2").arg(parseError.errorString()).arg(parseError.offset)
                        : QStringLiteral("the body is not a JSON object");
        fail(e);
        return;
    }
    const QJsonObject object = document.object();
    const auto valueIt = object.constFind(QLatin1String("value"));
    if (valueIt == object.constEnd() || !valueIt->isArray()) {
        GraphError e;
        e.kind = GraphError::Kind::Protocol;
        e.code = QLatin1String(GraphError::MissingValueCode);
        fail(e);
        return;
    }
    QUrl next;
    const QString nextLink = object.value(QLatin1String("@odata.nextLink")).toString();
    if (!nextLink.isEmpty()) {
        // Verbatim: fromEncoded keeps Graph's encoding of $skiptoken and $filter byte for byte.
        next = QUrl::fromEncoded(nextLink.toUtf8(), QUrl::TolerantMode);
        if (!isSameOrigin(next)) {
            GraphError e;
            e.kind = GraphError::Kind::Protocol;
            e.code = QLatin1String(GraphError::ForeignNextLinkCode);
            e.refusedUrl = next;
            fail(e);
            return;
        }
    }

    const QPointer<ListUsersJob> self(this);
    if (m_pages == 0) {
        const auto countIt = object.constFind(QLatin1String("@odata.count"));
        if (countIt != object.constEnd() && countIt->isDouble()) {
            m_totalCount = countIt->toInteger();
            Q_EMIT totalCountKnown(m_totalCount);
            if (!self || isFinished()) {
                return; // a receiver killed or deleted us
            }
        }
    }
    const QJsonArray value = valueIt->toArray();
    ++m_pages;
    m_users += value.size();
    Q_EMIT pageReceived(value);
    if (!self || isFinished()) {
        return;
    }
    if (next.isEmpty()) {
        succeed();
        return;
    }
    setPage(m_pages + 1);
    get(next);
}
