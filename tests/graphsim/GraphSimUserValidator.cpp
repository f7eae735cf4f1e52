#include "tests/graphsim/GraphSimUserValidator.h"

#include "tests/graphsim/GraphSimErrors.h"

#include <QHash>
#include <QJsonArray>
#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace {

enum class Type { String, Bool, StringList, Object };

struct Rule
{
    Type type = Type::String;
    int maxLength = 0;          // 0 = no limit checked; for StringList the length of each item
    int maxItems = 0;           // StringList only; 0 = no limit
    bool cloudWritable = false; // still writable when onPremisesSyncEnabled is true
};

// The writable properties of microsoft.graph.user that graphsim knows, with the limits of graph.md §2.2.
const QHash<QString, Rule> &writableRules()
{
    static const QHash<QString, Rule> rules = {
        {u"accountEnabled"_s, {Type::Bool, 0, 0, false}},
        {u"displayName"_s, {Type::String, 256, 0, false}},
        {u"givenName"_s, {Type::String, 64, 0, false}},
        {u"surname"_s, {Type::String, 64, 0, false}},
        {u"userPrincipalName"_s, {Type::String, 113, 0, false}},
        {u"mailNickname"_s, {Type::String, 64, 0, false}},
        {u"mail"_s, {Type::String, 256, 0, false}},
        {u"otherMails"_s, {Type::StringList, 256, 0, false}},
        {u"jobTitle"_s, {Type::String, 128, 0, false}},
        {u"department"_s, {Type::String, 64, 0, false}},
        {u"officeLocation"_s, {Type::String, 0, 0, false}},
        {u"streetAddress"_s, {Type::String, 1024, 0, false}},
        {u"city"_s, {Type::String, 128, 0, false}},
        {u"state"_s, {Type::String, 128, 0, false}},
        {u"postalCode"_s, {Type::String, 40, 0, false}},
        {u"country"_s, {Type::String, 128, 0, false}},
        {u"usageLocation"_s, {Type::String, 2, 0, true}},
        {u"mobilePhone"_s, {Type::String, 64, 0, false}},
        {u"businessPhones"_s, {Type::StringList, 64, 1, false}},
        {u"faxNumber"_s, {Type::String, 64, 0, false}},
        {u"companyName"_s, {Type::String, 64, 0, false}},
        {u"employeeId"_s, {Type::String, 16, 0, false}},
        {u"employeeType"_s, {Type::String, 64, 0, false}},
        {u"preferredLanguage"_s, {Type::String, 64, 0, true}},
        {u"userType"_s, {Type::String, 64, 0, false}},
        {u"ageGroup"_s, {Type::String, 64, 0, true}},
        {u"showInAddressList"_s, {Type::Bool, 0, 0, false}},
        {u"onPremisesImmutableId"_s, {Type::String, 256, 0, false}},
        {u"passwordPolicies"_s, {Type::String, 256, 0, true}},
        {u"passwordProfile"_s, {Type::Object, 0, 0, false}},
    };
    return rules;
}

const QStringList &readOnlyProperties()
{
    static const QStringList list = {u"id"_s,
                                     u"createdDateTime"_s,
                                     u"onPremisesSyncEnabled"_s,
                                     u"lastPasswordChangeDateTime"_s,
                                     u"proxyAddresses"_s,
                                     u"imAddresses"_s,
                                     u"identities"_s,
                                     u"externalUserState"_s,
                                     u"manager"_s};
    return list;
}

bool valueFits(const QJsonValue &value, const Rule &rule)
{
    switch (rule.type) {
    case Type::Bool:
        return value.isBool();
    case Type::String:
        return value.isNull()
               || (value.isString() && (rule.maxLength == 0 || value.toString().size() <= rule.maxLength));
    case Type::Object:
        return value.isObject();
    case Type::StringList: {
        if (value.isNull())
            return true;
        if (!value.isArray())
            return false;
        const QJsonArray array = value.toArray();
        if (rule.maxItems > 0 && array.size() > rule.maxItems)
            return false;
        for (const QJsonValue &item : array) {
            if (!item.isString() || (rule.maxLength > 0 && item.toString().size() > rule.maxLength))
                return false;
        }
        return true;
    }
    }
    return false;
}

bool validMailNickname(const QString &nickname)
{
    // ASCII without spaces or @ ( ) \ [ ] " ; : < > , and not starting with a dot (graph.md §2.2 alias row).
    static const QRegularExpression allowed(uR"(^[!#$%&'*+\-/=?^_`{|}~.A-Za-z0-9]{1,64}$)"_s);
    return allowed.match(nickname).hasMatch() && !nickname.startsWith(u'.');
}

bool validUsageLocation(const QJsonValue &value)
{
    static const QRegularExpression alpha2(u"^[A-Za-z]{2}$"_s);
    return value.isNull() || alpha2.match(value.toString()).hasMatch();
}

bool complexEnough(const QString &password)
{
    if (password.size() < 8 || password.size() > 256)
        return false;
    bool upper = false, lower = false, digit = false, symbol = false;
    for (const QChar c : password) {
        upper = upper || (c.isUpper() && c.unicode() < 0x80);
        lower = lower || (c.isLower() && c.unicode() < 0x80);
        digit = digit || (c.isDigit() && c.unicode() < 0x80);
        symbol = symbol || (!c.isLetterOrNumber() && !c.isSpace());
    }
    return int(upper) + int(lower) + int(digit) + int(symbol) >= 3;
}

} // namespace

GraphSimUserValidator::GraphSimUserValidator(DomainSource verifiedDomains)
    : m_verifiedDomains(std::move(verifiedDomains))
{ }

GraphSimReply GraphSimUserValidator::invalidValue(const QString &property, const GraphSimRequest &request)
{
    return GraphSimErrors::error(400, u"Request_BadRequest"_s,
                                 u"Invalid value specified for property '%1' of resource 'User'."_s.arg(property),
                                 request, {{u"InvalidValue"_s, property}});
}

GraphSimReply GraphSimUserValidator::onPremisesMastered(const GraphSimRequest &request)
{
    return GraphSimErrors::error(400, u"Request_BadRequest"_s,
                                 u"Unable to update the specified properties for on-premises mastered Directory Sync "
                                 "objects or objects currently undergoing migration."_s,
                                 request);
}

std::optional<GraphSimReply> GraphSimUserValidator::checkProperties(const QJsonObject &body,
                                                                    const GraphSimRequest &request) const
{
    for (auto it = body.begin(); it != body.end(); ++it) {
        const auto rule = writableRules().constFind(it.key());
        if (rule == writableRules().constEnd()) {
            if (readOnlyProperties().contains(it.key()))
                return GraphSimErrors::error(400, u"Request_BadRequest"_s,
                                             u"Property '%1' is read-only and cannot be set."_s.arg(it.key()), request);
            return GraphSimErrors::error(
                400, u"Request_BadRequest"_s,
                u"Property '%1' does not exist as a declared property or extension property."_s.arg(it.key()), request);
        }
        if (!valueFits(it.value(), *rule))
            return invalidValue(it.key(), request);
    }
    if (body.contains("displayName"_L1) && body.value("displayName"_L1).toString().trimmed().isEmpty())
        return invalidValue(u"displayName"_s, request);
    if (body.contains("userPrincipalName"_L1)) {
        if (auto error = checkUpn(body.value("userPrincipalName"_L1).toString(), request))
            return error;
    }
    if (body.contains("mailNickname"_L1) && !validMailNickname(body.value("mailNickname"_L1).toString()))
        return invalidValue(u"mailNickname"_s, request);
    if (body.contains("usageLocation"_L1) && !validUsageLocation(body.value("usageLocation"_L1)))
        return invalidValue(u"usageLocation"_s, request);
    return std::nullopt;
}

std::optional<GraphSimReply> GraphSimUserValidator::checkUpn(const QString &upn, const GraphSimRequest &request) const
{
    // graph.md §2.2: local part of A–Z a–z 0–9 ' . - _ ! # ^ ~ (≤64, no leading/trailing dot), whole ≤113.
    static const QRegularExpression shape(uR"(^([A-Za-z0-9'.\-_!#^~]{1,64})@([A-Za-z0-9.\-]+)$)"_s);
    const QRegularExpressionMatch m = shape.match(upn);
    const QString local = m.captured(1);
    if (!m.hasMatch() || upn.size() > 113 || local.startsWith(u'.') || local.endsWith(u'.'))
        return invalidValue(u"userPrincipalName"_s, request);
    if (!m_verifiedDomains().contains(m.captured(2).toLower()))
        return GraphSimErrors::error(400, u"Request_BadRequest"_s,
                                     u"The domain portion of the userPrincipalName property is invalid. You must use "
                                     "one of the verified domain names in your organization."_s,
                                     request, {{u"InvalidValue"_s, u"userPrincipalName"_s}});
    return std::nullopt;
}

std::optional<GraphSimReply> GraphSimUserValidator::checkPassword(const QJsonObject &body, const QString &policies,
                                                                  const GraphSimRequest &request) const
{
    if (!body.contains("passwordProfile"_L1))
        return std::nullopt;
    const QJsonObject profile = body.value("passwordProfile"_L1).toObject();
    const QJsonValue password = profile.value("password"_L1);
    const QJsonValue force = profile.value("forceChangePasswordNextSignIn"_L1);
    const QJsonValue forceMfa = profile.value("forceChangePasswordNextSignInWithMfa"_L1);
    if (!password.isString() || password.toString().isEmpty() || password.toString().size() > 256
        || !(force.isUndefined() || force.isBool()) || !(forceMfa.isUndefined() || forceMfa.isBool()))
        return invalidValue(u"passwordProfile"_s, request);
    for (auto it = profile.begin(); it != profile.end(); ++it) {
        if (it.key() != "password"_L1 && it.key() != "forceChangePasswordNextSignIn"_L1
            && it.key() != "forceChangePasswordNextSignInWithMfa"_L1)
            return invalidValue(u"passwordProfile"_s, request);
    }
    const QString effective =
        body.contains("passwordPolicies"_L1) ? body.value("passwordPolicies"_L1).toString() : policies;
    if (!effective.contains("DisableStrongPassword"_L1, Qt::CaseInsensitive) && !complexEnough(password.toString()))
        return GraphSimErrors::error(400, u"Request_BadRequest"_s,
                                     u"The specified password does not comply with password complexity requirements. "
                                     "Please provide a different password."_s,
                                     request);
    return std::nullopt;
}

std::optional<GraphSimReply> GraphSimUserValidator::checkCreate(const QJsonObject &body,
                                                                const GraphSimRequest &request) const
{
    if (auto error = checkProperties(body, request))
        return error;
    static const QStringList required = {u"accountEnabled"_s, u"displayName"_s, u"mailNickname"_s,
                                         u"userPrincipalName"_s, u"passwordProfile"_s};
    for (const QString &property : required) {
        if (!body.contains(property) || body.value(property).isNull())
            return invalidValue(property, request);
    }
    return checkPassword(body, QString(), request);
}

std::optional<GraphSimReply> GraphSimUserValidator::checkPatch(const QJsonObject &body, const QJsonObject &current,
                                                               const GraphSimRequest &request) const
{
    if (auto error = checkProperties(body, request))
        return error;
    if (current.value("onPremisesSyncEnabled"_L1).toBool(false)) {
        for (auto it = body.begin(); it != body.end(); ++it) {
            if (!writableRules().value(it.key()).cloudWritable)
                return onPremisesMastered(request);
        }
    }
    if (body.contains("mailNickname"_L1) && body.value("mailNickname"_L1).isNull())
        return invalidValue(u"mailNickname"_s, request);
    if (body.contains("userPrincipalName"_L1) && body.value("userPrincipalName"_L1).isNull())
        return invalidValue(u"userPrincipalName"_s, request);
    return checkPassword(body, current.value("passwordPolicies"_L1).toString(), request);
}
