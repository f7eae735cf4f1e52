#include "tests/graphsim/GraphSimUserWriteRoute.h"

#include "tests/graphsim/GraphSimErrors.h"
#include "tests/graphsim/GraphSimIdentity.h"
#include "tests/graphsim/GraphSimPageRenderer.h"
#include "tests/graphsim/GraphSimRouter.h"
#include "tests/graphsim/GraphSimTenantRoute.h"
#include "tests/graphsim/GraphSimUserStore.h"
#include "tests/graphsim/GraphSimUsersRoute.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QUrl>
#include <QUuid>

using namespace Qt::StringLiterals;

namespace {

const QString userPath = u"/v1\\.0/users/([^/]+)"_s;

GraphSimReply noContent()
{
    GraphSimReply reply;
    reply.status = 204;
    return reply;
}

GraphSimReply notFound(const QString &what, const GraphSimRequest &request)
{
    return GraphSimErrors::error(404, u"Request_ResourceNotFound"_s,
                                 u"Resource '%1' does not exist or one of its queried reference-property objects are "
                                 "not present."_s.arg(what),
                                 request);
}

GraphSimReply conflict(const QString &property, const GraphSimRequest &request)
{
    return GraphSimErrors::error(400, u"Request_BadRequest"_s,
                                 u"Another object with the same value for property %1 already exists."_s.arg(property),
                                 request, {{u"ObjectConflict"_s, property}});
}

// The JSON object a write carries, or Graph's 400 for a payload it cannot read.
std::optional<GraphSimReply> parseBody(const GraphSimRequest &request, QJsonObject *body)
{
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(request.body, &error);
    if (error.error != QJsonParseError::NoError || !document.isObject())
        return GraphSimErrors::error(400, u"BadRequest"_s,
                                     u"Unable to read JSON request payload. Please ensure Content-Type header is set "
                                     "and payload is of valid JSON format."_s,
                                     request);
    *body = document.object();
    return std::nullopt;
}

QString nowIso()
{
    return QDateTime::currentDateTimeUtc().toString(u"yyyy-MM-ddTHH:mm:ssZ"_s);
}

// Keeps what the password profile says except the password itself, which Graph never returns.
void applyPassword(QJsonObject *user, const QJsonObject &profile)
{
    QJsonObject kept = profile;
    kept.remove("password"_L1);
    user->insert("passwordProfile"_L1, kept);
    user->insert("lastPasswordChangeDateTime"_L1, nowIso());
}

QStringList idFirst(QStringList properties)
{
    properties.removeAll(u"id"_s);
    properties.prepend(u"id"_s);
    return properties;
}

// $select names in canonical spelling, or the unknown name in *unknown.
QStringList selected(const QString &raw, QString *unknown)
{
    QStringList out;
    for (const QString &name : raw.split(u',', Qt::SkipEmptyParts)) {
        const QString canonical = GraphSimUsersRoute::canonicalProperty(name);
        if (canonical.isEmpty()) {
            *unknown = name.trimmed();
            return {};
        }
        if (!out.contains(canonical))
            out.append(canonical);
    }
    return out;
}

} // namespace

GraphSimUserWriteRoute::GraphSimUserWriteRoute(GraphSimUserStore *store, const GraphSimIdentity *identity,
                                               const GraphSimTenantRoute *tenant)
    : m_store(store)
    , m_identity(identity)
    , m_validator([tenant] {
        QStringList verified;
        for (const QJsonObject &d : tenant->domains()) {
            if (d.value("isVerified"_L1).toBool())
                verified.append(d.value("id"_L1).toString().toLower());
        }
        return verified;
    })
{
    m_clock.start();
}

void GraphSimUserWriteRoute::registerIn(GraphSimRouter &router)
{
    router.add(u"POST"_s, u"/v1\\.0/users/?"_s, [this](const GraphSimRequest &r) { return create(r); });
    router.add(u"GET"_s, userPath, [this](const GraphSimRequest &r) { return get(r); });
    router.add(u"PATCH"_s, userPath, [this](const GraphSimRequest &r) { return patch(r); });
    router.add(u"GET"_s, userPath + u"/manager"_s, [this](const GraphSimRequest &r) { return getManager(r); });
    router.add(u"PUT"_s, userPath + u"/manager/\\$ref"_s, [this](const GraphSimRequest &r) { return setManager(r); });
    router.add(u"DELETE"_s, userPath + u"/manager/\\$ref"_s,
               [this](const GraphSimRequest &r) { return clearManager(r); });
}

std::optional<int> GraphSimUserWriteRoute::find(const QString &idOrUpn) const
{
    const int index = m_store->indexOf(QUrl::fromPercentEncoding(idOrUpn.toUtf8()));
    if (index < 0)
        return std::nullopt;
    if (m_lagMs > 0) {
        const auto created = m_createdAtMs.constFind(m_store->users().at(index).value("id"_L1).toString());
        if (created != m_createdAtMs.constEnd() && m_clock.elapsed() - *created < m_lagMs)
            return std::nullopt;
    }
    return index;
}

QByteArray GraphSimUserWriteRoute::renderWithContext(const QString &context, const QJsonObject &user,
                                                     const QStringList &properties) const
{
    QByteArray out = "{\"@odata.context\":";
    GraphSimPageRenderer::appendString(out, context);
    out += ',';
    out += GraphSimPageRenderer::renderUser(user, properties).mid(1);
    return out;
}

GraphSimReply GraphSimUserWriteRoute::create(const GraphSimRequest &request)
{
    QJsonObject body;
    if (auto error = parseBody(request, &body))
        return *error;
    if (auto error = m_validator.checkCreate(body, request))
        return *error;
    if (m_store->upnTaken(body.value("userPrincipalName"_L1).toString()))
        return conflict(u"userPrincipalName"_s, request);
    if (m_store->mailNicknameTaken(body.value("mailNickname"_L1).toString()))
        return conflict(u"mailNickname"_s, request);

    QJsonObject user = body;
    const QString id = QUuid::createUuid().toString(QUuid::WithoutBraces);
    user.insert("id"_L1, id);
    applyPassword(&user, body.value("passwordProfile"_L1).toObject());
    user.insert("createdDateTime"_L1, nowIso());
    if (!user.contains("userType"_L1))
        user.insert("userType"_L1, u"Member"_s);
    m_store->append(user);
    m_createdAtMs.insert(id, m_clock.elapsed());
    ++m_usersCreated;

    const QStringList properties = idFirst(GraphSimUsersRoute::defaultProperties());
    GraphSimReply reply = GraphSimReply::json(
        201, renderWithContext(request.linkBase + u"/v1.0/$metadata#users/$entity"_s, user, properties));
    reply.setHeader(
        QByteArrayLiteral("Location"),
        (request.linkBase
         + u"/v2/%1/directoryObjects/%2/Microsoft.DirectoryServices.User"_s.arg(m_identity->account().tenantId, id))
            .toUtf8());
    return reply;
}

GraphSimReply GraphSimUserWriteRoute::get(const GraphSimRequest &request)
{
    const std::optional<int> index = find(request.captures.value(0));
    if (!index)
        return notFound(request.captures.value(0), request);
    QString unknown;
    QStringList properties = GraphSimUsersRoute::defaultProperties();
    if (request.hasParam(u"$select"_s))
        properties = idFirst(selected(request.param(u"$select"_s), &unknown));
    QStringList managerProperties = idFirst(GraphSimUsersRoute::defaultProperties());
    bool expand = false;
    if (request.hasParam(u"$expand"_s)) {
        static const QRegularExpression manager(u"^manager(?:\\(\\$select=([^)]*)\\))?$"_s,
                                                QRegularExpression::CaseInsensitiveOption);
        const QRegularExpressionMatch m = manager.match(request.param(u"$expand"_s).remove(u' '));
        if (!m.hasMatch())
            return GraphSimErrors::error(400, u"Request_UnsupportedQuery"_s,
                                         u"Only $expand=manager or manager($select=...) is simulated by graphsim."_s,
                                         request);
        expand = true;
        if (m.hasCaptured(1))
            managerProperties = idFirst(selected(m.captured(1), &unknown));
    }
    if (!unknown.isEmpty())
        return GraphSimErrors::error(
            400, u"Request_BadRequest"_s,
            u"Could not find a property named '%1' on type 'microsoft.graph.user'."_s.arg(unknown), request);

    QString context = request.linkBase + u"/v1.0/$metadata#users"_s;
    if (request.hasParam(u"$select"_s) || expand) {
        QStringList parts = request.hasParam(u"$select"_s) ? properties : QStringList();
        if (expand)
            parts.append(u"manager(%1)"_s.arg(managerProperties.join(u',')));
        context += u"("_s + parts.join(u',') + u")"_s;
    }
    const QJsonObject &user = m_store->users().at(*index);
    QByteArray out = renderWithContext(context + u"/$entity"_s, user, properties);
    const int managerIndex = m_store->indexOf(user.value("managerId"_L1).toString());
    if (expand && managerIndex >= 0) {
        out.chop(1);
        out += ",\"manager\":{\"@odata.type\":\"#microsoft.graph.user\",";
        out += GraphSimPageRenderer::renderUser(m_store->users().at(managerIndex), managerProperties).mid(1);
        out += '}';
    }
    return GraphSimReply::json(200, out);
}

GraphSimReply GraphSimUserWriteRoute::patch(const GraphSimRequest &request)
{
    const std::optional<int> index = find(request.captures.value(0));
    if (!index)
        return notFound(request.captures.value(0), request);
    QJsonObject body;
    if (auto error = parseBody(request, &body))
        return *error;
    QJsonObject user = m_store->users().at(*index);
    if (auto error = m_validator.checkPatch(body, user, request))
        return *error;
    if (body.contains("userPrincipalName"_L1)
        && m_store->upnTaken(body.value("userPrincipalName"_L1).toString(), *index))
        return conflict(u"userPrincipalName"_s, request);
    if (body.contains("mailNickname"_L1)
        && m_store->mailNicknameTaken(body.value("mailNickname"_L1).toString(), *index))
        return conflict(u"mailNickname"_s, request);

    for (auto it = body.begin(); it != body.end(); ++it) {
        if (it.key() == "passwordProfile"_L1)
            applyPassword(&user, it.value().toObject());
        else if (it.value().isNull() && GraphSimPageRenderer::isCollectionProperty(it.key()))
            user.insert(it.key(), QJsonArray());
        else
            user.insert(it.key(), it.value());
    }
    m_store->replace(*index, user);
    return noContent();
}

GraphSimReply GraphSimUserWriteRoute::getManager(const GraphSimRequest &request)
{
    const std::optional<int> index = find(request.captures.value(0));
    if (!index)
        return notFound(request.captures.value(0), request);
    const int managerIndex = m_store->indexOf(m_store->users().at(*index).value("managerId"_L1).toString());
    // No manager is a 404, not null (graph.md trap 2).
    if (managerIndex < 0)
        return notFound(u"manager"_s, request);
    QByteArray out = "{\"@odata.context\":";
    GraphSimPageRenderer::appendString(out, request.linkBase + u"/v1.0/$metadata#directoryObjects/$entity"_s);
    out += ",\"@odata.type\":\"#microsoft.graph.user\",";
    out += GraphSimPageRenderer::renderUser(m_store->users().at(managerIndex),
                                            idFirst(GraphSimUsersRoute::defaultProperties()))
               .mid(1);
    return GraphSimReply::json(200, out);
}

GraphSimReply GraphSimUserWriteRoute::setManager(const GraphSimRequest &request)
{
    const std::optional<int> index = find(request.captures.value(0));
    if (!index)
        return notFound(request.captures.value(0), request);
    QJsonObject body;
    if (auto error = parseBody(request, &body))
        return *error;
    // {"@odata.id": "https://graph.microsoft.com/v1.0/users/{id}"} (absolute, also inside $batch; §2.3).
    static const QRegularExpression reference(u"^https?://[^/]+/v1\\.0/(?:users|directoryObjects)/([^/?#]+)$"_s,
                                              QRegularExpression::CaseInsensitiveOption);
    const QString odataId = body.value("@odata.id"_L1).toString();
    const QRegularExpressionMatch m = reference.match(odataId);
    if (body.size() != 1 || !m.hasMatch())
        return GraphSimErrors::error(400, u"Request_BadRequest"_s,
                                     u"Invalid URL format specified in @odata.id: '%1'. Expected an absolute "
                                     "https://graph.microsoft.com/v1.0/users/{id} URL."_s.arg(odataId),
                                     request);
    const std::optional<int> managerIndex = find(m.captured(1));
    if (!managerIndex)
        return notFound(m.captured(1), request);
    QJsonObject user = m_store->users().at(*index);
    if (user.value("onPremisesSyncEnabled"_L1).toBool(false))
        return GraphSimUserValidator::onPremisesMastered(request);
    user.insert("managerId"_L1, m_store->users().at(*managerIndex).value("id"_L1));
    m_store->replace(*index, user);
    return noContent();
}

GraphSimReply GraphSimUserWriteRoute::clearManager(const GraphSimRequest &request)
{
    const std::optional<int> index = find(request.captures.value(0));
    if (!index)
        return notFound(request.captures.value(0), request);
    QJsonObject user = m_store->users().at(*index);
    if (user.value("managerId"_L1).toString().isEmpty())
        return notFound(u"manager"_s, request);
    if (user.value("onPremisesSyncEnabled"_L1).toBool(false))
        return GraphSimUserValidator::onPremisesMastered(request);
    user.remove("managerId"_L1);
    m_store->replace(*index, user);
    return noContent();
}
