#include "core/mapping/GraphPropertyCatalog.h"

namespace GraphPropertyCatalog {

namespace {

using T = GraphProperty::Type;

GraphProperty p(const char *name, T type, int maxLength, const char *label, int maxItems = 0, bool writable = true)
{
    return GraphProperty {QLatin1String(name), type, maxLength, maxItems, writable, label};
}

} // namespace

const QList<GraphProperty> &all()
{
    // Limits from graph.md §2.2; employeeId (16), companyName (64), employeeType (64), faxNumber (64) and
    // preferredLanguage (ISO 639-1 + region, e.g. en-US) from Graph's user resource documentation.
    static const QList<GraphProperty> properties = {
        p("accountEnabled", T::Boolean, 0, QT_TRANSLATE_NOOP("GraphProperty", "Account enabled")),
        p("businessPhones", T::StringList, 64, QT_TRANSLATE_NOOP("GraphProperty", "Business phone"), 1),
        p("city", T::String, 128, QT_TRANSLATE_NOOP("GraphProperty", "City")),
        p("companyName", T::String, 64, QT_TRANSLATE_NOOP("GraphProperty", "Company name")),
        p("country", T::String, 128, QT_TRANSLATE_NOOP("GraphProperty", "Country or region")),
        p("department", T::String, 64, QT_TRANSLATE_NOOP("GraphProperty", "Department")),
        p("displayName", T::String, 256, QT_TRANSLATE_NOOP("GraphProperty", "Display name")),
        p("employeeHireDate", T::DateTime, 0, QT_TRANSLATE_NOOP("GraphProperty", "Hire date")),
        p("employeeId", T::String, 16, QT_TRANSLATE_NOOP("GraphProperty", "Employee ID")),
        p("employeeType", T::String, 64, QT_TRANSLATE_NOOP("GraphProperty", "Employee type")),
        p("faxNumber", T::String, 64, QT_TRANSLATE_NOOP("GraphProperty", "Fax number")),
        p("givenName", T::String, 64, QT_TRANSLATE_NOOP("GraphProperty", "First name")),
        p("jobTitle", T::String, 128, QT_TRANSLATE_NOOP("GraphProperty", "Job title")),
        p("mail", T::String, 256, QT_TRANSLATE_NOOP("GraphProperty", "Email")),
        p("mailNickname", T::String, 64, QT_TRANSLATE_NOOP("GraphProperty", "Mail alias")),
        p("mobilePhone", T::String, 64, QT_TRANSLATE_NOOP("GraphProperty", "Mobile phone")),
        p("officeLocation", T::String, 0, QT_TRANSLATE_NOOP("GraphProperty", "Office")),
        p("otherMails", T::StringList, 0, QT_TRANSLATE_NOOP("GraphProperty", "Other emails")),
        p("passwordPolicies", T::String, 0, QT_TRANSLATE_NOOP("GraphProperty", "Password policies")),
        p("postalCode", T::String, 40, QT_TRANSLATE_NOOP("GraphProperty", "Postal code")),
        p("preferredLanguage", T::String, 0, QT_TRANSLATE_NOOP("GraphProperty", "Preferred language")),
        p("state", T::String, 128, QT_TRANSLATE_NOOP("GraphProperty", "State or province")),
        p("streetAddress", T::String, 1024, QT_TRANSLATE_NOOP("GraphProperty", "Street address")),
        p("surname", T::String, 64, QT_TRANSLATE_NOOP("GraphProperty", "Last name")),
        p("usageLocation", T::String, 2, QT_TRANSLATE_NOOP("GraphProperty", "Usage location (ISO country code)")),
        p("userPrincipalName", T::String, 113, QT_TRANSLATE_NOOP("GraphProperty", "User principal name")),
        // Read-only: named so that a mapping to them is refused with a reason rather than "unknown".
        p("createdDateTime", T::DateTime, 0, QT_TRANSLATE_NOOP("GraphProperty", "Created"), 0, false),
        p("id", T::String, 0, QT_TRANSLATE_NOOP("GraphProperty", "Object ID"), 0, false),
        p("proxyAddresses", T::StringList, 0, QT_TRANSLATE_NOOP("GraphProperty", "Proxy addresses"), 0, false),
        p("onPremisesSyncEnabled", T::Boolean, 0, QT_TRANSLATE_NOOP("GraphProperty", "Synced from on-premises"), 0,
          false),
    };
    return properties;
}

QList<GraphProperty> writable()
{
    QList<GraphProperty> result;
    for (const GraphProperty &property : all()) {
        if (property.writable)
            result.append(property);
    }
    return result;
}

std::optional<GraphProperty> find(const QString &name)
{
    for (const GraphProperty &property : all()) {
        if (property.name == name)
            return property;
    }
    return std::nullopt;
}

} // namespace GraphPropertyCatalog
