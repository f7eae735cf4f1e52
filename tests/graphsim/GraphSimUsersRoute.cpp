#include "tests/graphsim/GraphSimUsersRoute.h"

#include "tests/graphsim/GraphSimErrors.h"
#include "tests/graphsim/GraphSimPageRenderer.h"
#include "tests/graphsim/GraphSimRouter.h"

#include <QRegularExpression>
#include <QSet>
#include <QUrl>

using namespace Qt::StringLiterals;

namespace {

// Properties of microsoft.graph.user that $select accepts. Graph knows many more; these cover graph.md §2.1 and the
// fields clouddir may grow into. Anything else is the 400 Graph gives for an unknown property.
const QStringList &knownProperties()
{
    static const QStringList list = {
        u"id"_s,
        u"accountEnabled"_s,
        u"displayName"_s,
        u"givenName"_s,
        u"surname"_s,
        u"userPrincipalName"_s,
        u"mail"_s,
        u"mailNickname"_s,
        u"otherMails"_s,
        u"jobTitle"_s,
        u"department"_s,
        u"officeLocation"_s,
        u"streetAddress"_s,
        u"city"_s,
        u"state"_s,
        u"postalCode"_s,
        u"country"_s,
        u"usageLocation"_s,
        u"mobilePhone"_s,
        u"businessPhones"_s,
        u"userType"_s,
        u"onPremisesSyncEnabled"_s,
        u"preferredLanguage"_s,
        u"companyName"_s,
        u"employeeId"_s,
        u"employeeType"_s,
        u"faxNumber"_s,
        u"createdDateTime"_s,
        u"passwordPolicies"_s,
        u"lastPasswordChangeDateTime"_s,
        u"proxyAddresses"_s,
        u"imAddresses"_s,
        u"identities"_s,
        u"onPremisesImmutableId"_s,
        u"externalUserState"_s,
        u"ageGroup"_s,
        u"showInAddressList"_s,
    };
    return list;
}

} // namespace

QString GraphSimUsersRoute::canonicalProperty(const QString &name)
{
    // OData property names are matched case-insensitively by Graph and echoed in their canonical spelling.
    static const QHash<QString, QString> byLower = [] {
        QHash<QString, QString> map;
        for (const QString &p : knownProperties())
            map.insert(p.toLower(), p);
        return map;
    }();
    return byLower.value(name.trimmed().toLower());
}

namespace {

QByteArray skipToken(quint64 generation, int offset)
{
    return QByteArray("gs1:" + QByteArray::number(generation) + ':' + QByteArray::number(offset))
        .toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals);
}

bool decodeSkipToken(const QString &token, quint64 generation, int *offset)
{
    const QByteArray raw =
        QByteArray::fromBase64(token.toLatin1(), QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals);
    const QList<QByteArray> parts = raw.split(':');
    if (parts.size() != 3 || parts.at(0) != "gs1")
        return false;
    bool okGen = false;
    bool okOffset = false;
    const quint64 gen = parts.at(1).toULongLong(&okGen);
    *offset = parts.at(2).toInt(&okOffset);
    return okGen && okOffset && gen == generation && *offset >= 0;
}

QString encodeParam(const QString &value)
{
    return QString::fromLatin1(QUrl::toPercentEncoding(value, ",'()").replace("%20", "+"));
}

} // namespace

GraphSimUsersRoute::GraphSimUsersRoute(GraphSimUserStore *store)
    : m_store(store)
{ }

void GraphSimUsersRoute::registerIn(GraphSimRouter &router)
{
    router.add(u"GET"_s, u"/v1\\.0/users/?"_s, [this](const GraphSimRequest &r) { return list(r); });
    router.add(u"GET"_s, u"/v1\\.0/users/\\$count"_s, [this](const GraphSimRequest &r) { return count(r); });
}

QStringList GraphSimUsersRoute::defaultProperties()
{
    return {u"businessPhones"_s,
            u"displayName"_s,
            u"givenName"_s,
            u"jobTitle"_s,
            u"mail"_s,
            u"mobilePhone"_s,
            u"officeLocation"_s,
            u"preferredLanguage"_s,
            u"surname"_s,
            u"userPrincipalName"_s,
            u"id"_s};
}

std::optional<GraphSimReply> GraphSimUsersRoute::parseFilter(const GraphSimRequest &request,
                                                             GraphSimUserStore::Filter *filter, Lookup *lookup) const
{
    *filter = GraphSimUserStore::Filter::All;
    if (!request.hasParam(u"$filter"_s))
        return std::nullopt;
    const QString text = request.param(u"$filter"_s).simplified();
    // One user by key, as an executor does to find out whether a create whose reply was lost happened.
    static const QRegularExpression byKey(u"^(id|userPrincipalName) eq '((?:[^']|'')*)'$"_s,
                                          QRegularExpression::CaseInsensitiveOption);
    const QRegularExpressionMatch k = byKey.match(text);
    if (k.hasMatch()) {
        lookup->property = canonicalProperty(k.captured(1));
        lookup->value = k.captured(2).replace(u"''"_s, u"'"_s);
        return std::nullopt;
    }
    static const QRegularExpression enabled(u"^accountEnabled eq (true|false)$"_s,
                                            QRegularExpression::CaseInsensitiveOption);
    const QRegularExpressionMatch m = enabled.match(text);
    if (m.hasMatch()) {
        *filter = m.captured(1).compare("true"_L1, Qt::CaseInsensitive) == 0 ? GraphSimUserStore::Filter::Enabled
                                                                             : GraphSimUserStore::Filter::Disabled;
        return std::nullopt;
    }
    static const QRegularExpression clause(u"^(\\w+) (\\w+) "_s);
    const QRegularExpressionMatch c = clause.match(text);
    if (c.hasMatch() && c.captured(2) == "ne"_L1) {
        return GraphSimErrors::error(400, u"Request_UnsupportedQuery"_s,
                                     u"Operator 'ne' is not supported because the required parameters might be "
                                     "missing. Try adding $count=true query parameter and ConsistencyLevel:eventual "
                                     "header."_s,
                                     request);
    }
    const QString property = c.hasMatch() ? c.captured(1) : text.section(u' ', 0, 0);
    return GraphSimErrors::error(
        400, u"Request_UnsupportedQuery"_s,
        u"Unsupported or invalid query filter clause specified for property '%1' of resource 'User'."_s.arg(property),
        request);
}

std::optional<GraphSimReply> GraphSimUsersRoute::parse(const GraphSimRequest &request, ListQuery *query) const
{
    QSet<QString> seenOptions;
    for (const auto &p : request.params) {
        if (p.first.startsWith(u'$') && seenOptions.contains(p.first))
            return GraphSimErrors::error(400, u"Request_BadRequest"_s,
                                         u"Query option '%1' was specified more than once, but it must be specified "
                                         "at most once."_s.arg(p.first),
                                         request);
        seenOptions.insert(p.first);
        if (p.first == "$skip"_L1)
            return GraphSimErrors::error(400, u"Request_BadRequest"_s, u"'$skip' is not supported by the service."_s,
                                         request);
        if (p.first == "$expand"_L1) {
            // Only the planner's manager expansion (graph.md §2.3); the id is all it needs.
            const QString expand = p.second.simplified().remove(u' ');
            if (expand.compare("manager($select=id)"_L1, Qt::CaseInsensitive) != 0
                && expand.compare("manager"_L1, Qt::CaseInsensitive) != 0)
                return GraphSimErrors::error(400, u"Request_UnsupportedQuery"_s,
                                             u"Only $expand=manager($select=id) is simulated by graphsim."_s, request);
            query->expandManager = true;
            query->expandRaw = p.second;
            continue;
        }
        if (p.first == "$orderby"_L1 || p.first == "$search"_L1)
            return GraphSimErrors::error(400, u"Request_UnsupportedQuery"_s,
                                         u"Query option '%1' is not supported by graphsim yet."_s.arg(p.first),
                                         request);
    }

    if (request.hasParam(u"$top"_s)) {
        const QString raw = request.param(u"$top"_s);
        bool ok = false;
        const int top = raw.trimmed().toInt(&ok);
        if (!ok || top < 1 || top > 999)
            return GraphSimErrors::error(
                400, u"Request_UnsupportedQuery"_s,
                u"Invalid page size specified: '%1'. Must be between 1 and 999 inclusive."_s.arg(raw), request);
        query->top = top;
    }

    if (request.hasParam(u"$select"_s)) {
        query->selectRaw = request.param(u"$select"_s);
        query->properties = {u"id"_s};
        const QStringList names = query->selectRaw.split(u',', Qt::SkipEmptyParts);
        for (const QString &name : names) {
            const QString canonical = canonicalProperty(name);
            if (canonical.isEmpty())
                return GraphSimErrors::error(
                    400, u"Request_BadRequest"_s,
                    u"Could not find a property named '%1' on type 'microsoft.graph.user'."_s.arg(name.trimmed()),
                    request);
            if (!query->properties.contains(canonical))
                query->properties.append(canonical);
        }
    } else {
        query->properties = defaultProperties();
    }

    if (auto error = parseFilter(request, &query->filter, &query->lookup))
        return error;
    query->filterRaw = request.param(u"$filter"_s);

    if (request.hasParam(u"$count"_s)) {
        const QString raw = request.param(u"$count"_s).toLower();
        if (raw != "true"_L1 && raw != "false"_L1)
            return GraphSimErrors::error(400, u"Request_BadRequest"_s,
                                         u"Invalid value '%1' for query option '$count'."_s.arg(raw), request);
        query->countRequested = raw == "true"_L1;
    }
    // Trap 6: $count=true without ConsistencyLevel: eventual is not an error, the count is just left out.
    query->countIncluded =
        query->countRequested
        && request.header(QByteArrayLiteral("consistencylevel")).trimmed().compare("eventual", Qt::CaseInsensitive)
               == 0;

    if (request.hasParam(u"$skiptoken"_s)) {
        if (!decodeSkipToken(request.param(u"$skiptoken"_s), m_store->generation(), &query->offset))
            return GraphSimErrors::error(400, u"Directory_ExpiredPageToken"_s,
                                         u"The specified page token value has expired and can no longer be included "
                                         "in your request."_s,
                                         request);
    }
    return std::nullopt;
}

GraphSimReply GraphSimUsersRoute::list(const GraphSimRequest &request)
{
    ListQuery query;
    if (auto error = parse(request, &query))
        return *error;
    return GraphSimReply::json(200, renderPage(request, query));
}

QString GraphSimUsersRoute::nextLink(const GraphSimRequest &request, const ListQuery &query, int nextOffset) const
{
    QStringList parts;
    if (!query.selectRaw.isNull())
        parts.append(u"$select="_s + encodeParam(query.selectRaw));
    if (!query.filterRaw.isNull())
        parts.append(u"$filter="_s + encodeParam(query.filterRaw));
    if (!query.expandRaw.isNull())
        parts.append(u"$expand="_s + encodeParam(query.expandRaw));
    if (query.countRequested)
        parts.append(u"$count=true"_s);
    parts.append(u"$top="_s + QString::number(query.top));
    parts.append(u"$skiptoken="_s + QString::fromLatin1(skipToken(m_store->generation(), nextOffset)));
    // The ForeignNextLink fault checks that clients refuse to send their bearer token to another host.
    const QString base = request.foreignNextLink ? u"http://evil.example.invalid"_s : request.linkBase;
    return base + u"/v1.0/users?"_s + parts.join(u'&');
}

QByteArray GraphSimUsersRoute::renderPage(const GraphSimRequest &request, const ListQuery &query)
{
    if (m_cacheGeneration != m_store->revision() || m_pageCache.size() > 4096) {
        m_pageCache.clear();
        m_cacheGeneration = m_store->revision();
    }
    const QString propertyKey = query.properties.join(u',') + (query.expandManager ? u"+manager"_s : QString());
    const QString cacheKey = u"%1|%2|%3|%4|%5|%6|%7|%8|%9"_s.arg(propertyKey, QString::number(int(query.filter)))
                                 .arg(query.top)
                                 .arg(query.countIncluded)
                                 .arg(query.countRequested)
                                 .arg(query.offset)
                                 .arg(request.linkBase)
                                 .arg(request.foreignNextLink)
                                 .arg(query.lookup.property + u'=' + query.lookup.value);
    const auto cached = m_pageCache.constFind(cacheKey);
    if (cached != m_pageCache.constEnd())
        return *cached;

    const std::vector<int> found = lookupIndices(query.lookup);
    const std::vector<int> &indices = query.lookup.property.isEmpty() ? m_store->indices(query.filter) : found;
    const int total = static_cast<int>(indices.size());
    const int begin = std::min(query.offset, total);
    const int end = std::min(begin + query.top, total);

    QByteArray out;
    out.reserve(256 + (end - begin) * 512);
    out += "{\"@odata.context\":";
    const bool selected = !query.selectRaw.isNull();
    GraphSimPageRenderer::appendString(out, request.linkBase + u"/v1.0/$metadata#users"_s
                                                + (selected ? u"("_s + propertyKey + u")"_s : QString()));
    if (query.countIncluded && query.offset == 0) {
        out += ",\"@odata.count\":";
        out += QByteArray::number(total);
    }
    if (end < total || request.foreignNextLink) {
        out += ",\"@odata.nextLink\":";
        GraphSimPageRenderer::appendString(out, nextLink(request, query, end));
    }
    out += ",\"value\":[";
    for (int i = begin; i < end; ++i) {
        if (i > begin)
            out += ',';
        out +=
            m_store->renderedUser(indices[static_cast<size_t>(i)], query.properties, propertyKey, query.expandManager);
    }
    out += "]}";
    m_pageCache.insert(cacheKey, out);
    return out;
}

GraphSimReply GraphSimUsersRoute::count(const GraphSimRequest &request) const
{
    if (request.header(QByteArrayLiteral("consistencylevel")).trimmed().compare("eventual", Qt::CaseInsensitive) != 0)
        return GraphSimErrors::error(400, u"Request_BadRequest"_s, u"$count is not currently supported."_s, request);
    GraphSimUserStore::Filter filter = GraphSimUserStore::Filter::All;
    Lookup lookup;
    if (auto error = parseFilter(request, &filter, &lookup))
        return *error;
    const size_t n = lookup.property.isEmpty() ? m_store->indices(filter).size() : lookupIndices(lookup).size();
    return GraphSimReply::text(200, QByteArray::number(static_cast<qint64>(n)));
}

std::vector<int> GraphSimUsersRoute::lookupIndices(const Lookup &lookup) const
{
    if (lookup.property.isEmpty())
        return {};
    const int index = m_store->indexOf(lookup.value);
    if (index < 0
        || m_store->users().at(index).value(lookup.property).toString().compare(lookup.value, Qt::CaseInsensitive) != 0)
        return {};
    return {index};
}
