#include "core/graph/GetUserJob.h"

#include <QJsonDocument>
#include <QUrl>

GetUserJob::GetUserJob(GraphClient *client, QString key, QObject *parent)
    : GraphJob(client, parent)
    , m_key(std::move(key))
    , m_select({QStringLiteral("id"), QStringLiteral("userPrincipalName"), QStringLiteral("accountEnabled"),
                QStringLiteral("onPremisesSyncEnabled")})
{ }

GetUserJob::GetUserJob(GraphClient *client, QString key, QStringList select, QObject *parent)
    : GraphJob(client, parent)
    , m_key(std::move(key))
    , m_select(std::move(select))
{
    if (!m_select.contains(QStringLiteral("id")))
        m_select.prepend(QStringLiteral("id"));
}

QString GetUserJob::path(const QString &key)
{
    return QStringLiteral("/users/") + QString::fromLatin1(QUrl::toPercentEncoding(key, QByteArrayLiteral("@'")));
}

void GetUserJob::begin()
{
    get(graphUrl(QStringLiteral("/v1.0") + path(m_key), {{QStringLiteral("$select"), m_select.join(u',')}}));
}

void GetUserJob::handleResponse(const Response &response)
{
    m_user = QJsonDocument::fromJson(response.body).object();
    if (m_user.value(QLatin1String("id")).toString().isEmpty()) {
        GraphError e;
        e.kind = GraphError::Kind::Protocol;
        e.code = QLatin1String(GraphError::UnexpectedBodyCode);
        e.message = QStringLiteral("the user has no id");
        m_user = QJsonObject();
        fail(e);
        return;
    }
    succeed();
}
