#include "core/graph/ListDomainsJob.h"

#include <QJsonArray>
#include <QJsonDocument>

ListDomainsJob::ListDomainsJob(GraphClient *client, QObject *parent)
    : GraphJob(client, parent)
{ }

void ListDomainsJob::begin()
{
    get(graphUrl(QStringLiteral("/v1.0/domains")));
}

void ListDomainsJob::handleResponse(const Response &response)
{
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(response.body, &parseError);
    const QJsonValue value = document.object().value(QLatin1String("value"));
    if (parseError.error != QJsonParseError::NoError || !value.isArray()) {
        GraphError e;
        e.kind = GraphError::Kind::Protocol;
        e.httpStatus = response.httpStatus;
        e.message = QStringLiteral("the domain list is not a JSON object with a value array");
        fail(e);
        return;
    }
    const QJsonArray array = value.toArray();
    for (const QJsonValue &item : array)
        m_domains.append(Domain::fromJson(item.toObject()));
    succeed();
}
