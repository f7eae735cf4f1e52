#include "core/graph/ListUsersJob.h"

#include "core/graph/JsonPageScanner.h"

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
    if (!m_query.expand.isEmpty()) {
        params.append({QStringLiteral("$expand"), m_query.expand});
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

void ListUsersJob::failProtocol(const char *code, const QString &message)
{
    GraphError e;
    e.kind = GraphError::Kind::Protocol;
    e.code = QLatin1String(code);
    e.message = message;
    fail(e);
}

void ListUsersJob::handleResponse(const Response &response)
{
    if (m_query.stringRows) {
        QStringList columns = m_query.select;
        if (!m_query.expand.isEmpty())
            columns.append(m_query.expand.section(u'(', 0, 0)); // the expanded object, as its JSON text
        auto scanned = JsonPageScanner::scan(response.body, columns);
        if (const auto *error = std::get_if<JsonPageScanner::ParseError>(&scanned)) {
            failProtocol(GraphError::InvalidJsonCode,
                         QStringLiteral("%1 at offset %2").arg(error->message).arg(error->offset));
            return;
        }
        auto &page = std::get<JsonPageScanner::Page>(scanned);
        if (!page.hasValue) {
            failProtocol(GraphError::MissingValueCode, QString());
            return;
        }
        const qsizetype users = page.rows.size();
        deliver(
            page.count, page.nextLink, [this, &page] { Q_EMIT rowsReceived(page.rows); }, users);
        return;
    }

    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(response.body, &parseError);
    if (parseError.error != QJsonParseError::NoError || !document.isObject()) {
        failProtocol(GraphError::InvalidJsonCode,
                     parseError.error != QJsonParseError::NoError
                         ? QStringLiteral("%1 at offset %2").arg(parseError.errorString()).arg(parseError.offset)
                         : QStringLiteral("the body is not a JSON object"));
        return;
    }
    const QJsonObject object = document.object();
    const auto valueIt = object.constFind(QLatin1String("value"));
    if (valueIt == object.constEnd() || !valueIt->isArray()) {
        failProtocol(GraphError::MissingValueCode, QString());
        return;
    }
    const auto countIt = object.constFind(QLatin1String("@odata.count"));
    const qint64 count = countIt != object.constEnd() && countIt->isDouble() ? countIt->toInteger() : -1;
    const QJsonArray value = valueIt->toArray();
    deliver(
        count, object.value(QLatin1String("@odata.nextLink")).toString(),
        [this, &value] { Q_EMIT pageReceived(value); }, value.size());
}

void ListUsersJob::deliver(qint64 count, const QString &nextLink, const std::function<void()> &emitPage,
                           qsizetype users)
{
    QUrl next;
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
    if (m_pages == 0 && count >= 0) {
        m_totalCount = count;
        Q_EMIT totalCountKnown(m_totalCount);
        if (!self || isFinished())
            return; // a receiver killed or deleted us
    }
    ++m_pages;
    m_users += users;
    emitPage();
    if (!self || isFinished())
        return;
    if (next.isEmpty()) {
        succeed();
        return;
    }
    setPage(m_pages + 1);
    get(next);
}
