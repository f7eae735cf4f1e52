#include "core/mapping/BuiltInMappings.h"

#include <QCoreApplication>

#include <algorithm>

namespace BuiltInMappings {

namespace {

Mapping make(const QString &integrationId, const char *builtIn, const char *target, Mapping::Type type,
             const QString &source, bool isLocked)
{
    Mapping m;
    m.integrationId = integrationId;
    m.builtIn = QLatin1String(builtIn);
    m.targetProperty = QLatin1String(target);
    m.type = type;
    m.source = source;
    m.locked = isLocked;
    return m;
}

} // namespace

QList<Mapping> locked(const QString &id)
{
    using T = Mapping::Type;
    return {
        make(id, "user_first_name", "givenName", T::Direct, QStringLiteral("firstname"), true),
        make(id, "user_last_name", "surname", T::Direct, QStringLiteral("lastname"), true),
        make(id, "user_display_name", "displayName", T::Expression,
             QStringLiteral("Join(\" \", [firstname], [lastname])"), true),
        // The domain rule of cloud-directories.md §1.7 rewrites the domain afterwards.
        make(id, "user_principal_name", "userPrincipalName", T::Direct, QStringLiteral("email"), true),
    };
}

QList<Mapping> optional(const QString &id)
{
    using T = Mapping::Type;
    return {
        make(id, "user_street_address", "streetAddress", T::Direct, QStringLiteral("addresses.work.streetAddress"),
             false),
        make(id, "user_city", "city", T::Direct, QStringLiteral("addresses.work.locality"), false),
        make(id, "user_state", "state", T::Direct, QStringLiteral("addresses.work.region"), false),
        make(id, "user_postal_code", "postalCode", T::Direct, QStringLiteral("addresses.work.postalCode"), false),
        make(id, "user_country", "country", T::Direct, QStringLiteral("addresses.work.country"), false),
        make(id, "user_business_phones", "businessPhones", T::Direct, QStringLiteral("phoneNumbers.work.number"),
             false),
        make(id, "user_mobile_phone", "mobilePhone", T::Direct, QStringLiteral("phoneNumbers.mobile.number"), false),
        make(id, "user_department", "department", T::Direct, QStringLiteral("department"), false),
        make(id, "user_job_title", "jobTitle", T::Direct, QStringLiteral("jobTitle"), false),
        make(id, "user_office_location", "officeLocation", T::Direct, QStringLiteral("location"), false),
        make(id, "user_alternate_email", "otherMails", T::Direct, QStringLiteral("alternateEmail"), false),
        make(id, "user_principal_name_from_alternate_email", "userPrincipalName", T::Direct,
             QStringLiteral("alternateEmail"), false),
    };
}

QList<Mapping> withDefaults(const QString &integrationId, const QList<Mapping> &stored)
{
    QList<Mapping> result = stored;
    for (const Mapping &m : locked(integrationId)) {
        const bool overridden = std::any_of(stored.cbegin(), stored.cend(),
                                            [&m](const Mapping &s) { return s.targetProperty == m.targetProperty; });
        if (!overridden)
            result.append(m);
    }
    std::sort(result.begin(), result.end(),
              [](const Mapping &a, const Mapping &b) { return a.targetProperty < b.targetProperty; });
    return result;
}

QString lockReason()
{
    return QCoreApplication::translate("BuiltInMappings",
                                       "Always exported: Microsoft 365 needs this property for every user clouddir "
                                       "manages, so the mapping cannot be removed or changed.");
}

} // namespace BuiltInMappings
