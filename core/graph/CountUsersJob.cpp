#include "core/graph/CountUsersJob.h"

CountUsersJob::CountUsersJob(GraphClient *client, QString filter, QObject *parent)
    : GraphJob(client, parent)
    , m_filter(std::move(filter))
{ }

void CountUsersJob::begin()
{
    setAccept(QByteArrayLiteral("text/plain"));
    setRequestHeader(QByteArrayLiteral("ConsistencyLevel"), QByteArrayLiteral("eventual"));
    QList<QPair<QString, QString>> params;
    if (!m_filter.isEmpty()) {
        params.append({QStringLiteral("$filter"), m_filter});
    }
    get(graphUrl(QStringLiteral("/v1.0/users/$count"), params));
}

void CountUsersJob::handleResponse(const Response &response)
{
    // Tolerate a UTF-8 BOM and surrounding whitespace; anything else is not a count.
    QByteArray text = response.body.trimmed();
    if (text.startsWith("\xEF\xBB\xBF")) {
        text = text.mid(3);
    }
    bool ok = false;
    const qint64 value = text.toLongLong(&ok);
    if (!ok || value < 0) {
        GraphError e;
        e.kind = GraphError::Kind::Protocol;
        e.code = QLatin1String(GraphError::UnexpectedBodyCode);
        e.message = QStringLiteral("expected a number, got \"%1\"").arg(QString::fromUtf8(text.left(40)));
        fail(e);
        return;
    }
    m_count = value;
    succeed();
}
