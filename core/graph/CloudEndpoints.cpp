#include "core/graph/CloudEndpoints.h"

#include <array>

namespace {

struct Row
{
    CloudEndpoints::Cloud cloud;
    const char *id;
    const char *graph;
    const char *authority;
};

// China: the Graph docs name login.chinacloudapi.cn; newer Entra docs login.partner.microsoftonline.cn. Both answer;
// we follow the Graph docs until verified against a 21Vianet tenant.
constexpr std::array<Row, 4> s_rows {{
    {CloudEndpoints::Cloud::Global, "global", "https://graph.microsoft.com", "https://login.microsoftonline.com"},
    {CloudEndpoints::Cloud::UsGovL4, "usgov-l4", "https://graph.microsoft.us", "https://login.microsoftonline.us"},
    {CloudEndpoints::Cloud::UsGovL5DoD, "usgov-l5-dod", "https://dod-graph.microsoft.us",
     "https://login.microsoftonline.us"},
    {CloudEndpoints::Cloud::China, "china", "https://microsoftgraph.chinacloudapi.cn",
     "https://login.chinacloudapi.cn"},
}};

const Row &row(CloudEndpoints::Cloud cloud)
{
    for (const Row &r : s_rows) {
        if (r.cloud == cloud) {
            return r;
        }
    }
    return s_rows.front();
}

} // namespace

QUrl CloudEndpoints::graphUrl(Cloud cloud)
{
    return QUrl(QString::fromLatin1(row(cloud).graph));
}

QUrl CloudEndpoints::authorityUrl(Cloud cloud)
{
    return QUrl(QString::fromLatin1(row(cloud).authority));
}

QString CloudEndpoints::id(Cloud cloud)
{
    return QString::fromLatin1(row(cloud).id);
}

std::optional<CloudEndpoints::Cloud> CloudEndpoints::fromId(const QString &id)
{
    for (const Row &r : s_rows) {
        if (id.compare(QLatin1String(r.id), Qt::CaseInsensitive) == 0) {
            return r.cloud;
        }
    }
    return std::nullopt;
}

QString CloudEndpoints::scope(Cloud cloud, const QString &permission)
{
    return QString::fromLatin1(row(cloud).graph) + QLatin1Char('/') + permission;
}
