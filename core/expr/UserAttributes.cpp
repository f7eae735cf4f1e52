#include "core/expr/UserAttributes.h"

#include <QHash>

namespace {

enum Field {
    Username,
    Email,
    Firstname,
    Lastname,
    AlternateEmail,
    Department,
    JobTitle,
    Location,
    Manager,
    Street,
    Locality,
    Region,
    PostalCode,
    Country,
    WorkPhone,
    MobilePhone,
    State
};

const QHash<QString, int> &fieldIndex()
{
    static const QHash<QString, int> index = [] {
        QHash<QString, int> h;
        const QStringList &names = UserAttributes::standardNames();
        for (qsizetype i = 0; i < names.size(); ++i)
            h.insert(names.at(i), int(i));
        return h;
    }();
    return index;
}

Value text(const QString &s)
{
    return s.isEmpty() ? Value() : Value::string(s);
}

} // namespace

const QStringList &UserAttributes::standardNames()
{
    static const QStringList names = {
        QStringLiteral("username"),
        QStringLiteral("email"),
        QStringLiteral("firstname"),
        QStringLiteral("lastname"),
        QStringLiteral("alternateEmail"),
        QStringLiteral("department"),
        QStringLiteral("jobTitle"),
        QStringLiteral("location"),
        QStringLiteral("manager"),
        QStringLiteral("addresses.work.streetAddress"),
        QStringLiteral("addresses.work.locality"),
        QStringLiteral("addresses.work.region"),
        QStringLiteral("addresses.work.postalCode"),
        QStringLiteral("addresses.work.country"),
        QStringLiteral("phoneNumbers.work.number"),
        QStringLiteral("phoneNumbers.mobile.number"),
        QStringLiteral("state"),
    };
    return names;
}

QString User::*UserAttributes::textField(const QString &name)
{
    static const QHash<QString, QString User::*> fields = {
        {QStringLiteral("username"), &User::username},
        {QStringLiteral("email"), &User::email},
        {QStringLiteral("firstname"), &User::firstname},
        {QStringLiteral("lastname"), &User::lastname},
        {QStringLiteral("alternateEmail"), &User::alternateEmail},
        {QStringLiteral("department"), &User::department},
        {QStringLiteral("jobTitle"), &User::jobTitle},
        {QStringLiteral("location"), &User::location},
        {QStringLiteral("manager"), &User::managerId},
        {QStringLiteral("addresses.work.streetAddress"), &User::workStreetAddress},
        {QStringLiteral("addresses.work.locality"), &User::workLocality},
        {QStringLiteral("addresses.work.region"), &User::workRegion},
        {QStringLiteral("addresses.work.postalCode"), &User::workPostalCode},
        {QStringLiteral("addresses.work.country"), &User::workCountry},
        {QStringLiteral("phoneNumbers.work.number"), &User::workPhone},
        {QStringLiteral("phoneNumbers.mobile.number"), &User::mobilePhone},
    };
    return fields.value(name, nullptr);
}

QStringList UserAttributes::catalog(const QList<User> &users)
{
    QStringList names = standardNames();
    for (const User &user : users) {
        for (auto it = user.attributes.cbegin(); it != user.attributes.cend(); ++it) {
            if (!names.contains(it.key()))
                names.append(it.key());
        }
    }
    return names;
}

Value UserAttributes::attribute(const QString &name) const
{
    const int field = fieldIndex().value(name, -1);
    switch (field) {
    case Username:
        return text(m_user.username);
    case Email:
        return text(m_user.email);
    case Firstname:
        return text(m_user.firstname);
    case Lastname:
        return text(m_user.lastname);
    case AlternateEmail:
        return text(m_user.alternateEmail);
    case Department:
        return text(m_user.department);
    case JobTitle:
        return text(m_user.jobTitle);
    case Location:
        return text(m_user.location);
    case Manager:
        return text(m_user.managerId);
    case Street:
        return text(m_user.workStreetAddress);
    case Locality:
        return text(m_user.workLocality);
    case Region:
        return text(m_user.workRegion);
    case PostalCode:
        return text(m_user.workPostalCode);
    case Country:
        return text(m_user.workCountry);
    case WorkPhone:
        return text(m_user.workPhone);
    case MobilePhone:
        return text(m_user.mobilePhone);
    case State:
        return Value::string(m_user.state == UserState::Active ? QStringLiteral("active")
                                                               : QStringLiteral("suspended"));
    default:
        break;
    }
    const auto it = m_user.attributes.constFind(name);
    if (it == m_user.attributes.cend())
        return {};
    if (it->typeId() == QMetaType::QStringList)
        return Value::list(it->toStringList());
    return text(it->toString());
}
