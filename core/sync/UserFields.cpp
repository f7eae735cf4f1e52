#include "core/sync/UserFields.h"

#include "core/expr/UserAttributes.h"

#include <QCoreApplication>

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("UserFields", text);
}

} // namespace

namespace UserFields {

const QStringList &standardNames()
{
    return UserAttributes::standardNames();
}

QString value(const User &user, const QString &name)
{
    if (name == u"state")
        return user.state == UserState::Suspended ? QStringLiteral("suspended") : QStringLiteral("active");
    if (QString User::*field = UserAttributes::textField(name))
        return user.*field;
    const QVariant custom = user.attributes.value(name);
    if (custom.metaType() == QMetaType::fromType<QStringList>())
        return custom.toStringList().join(QStringLiteral(", "));
    return custom.toString();
}

Result<void> set(User &user, const QString &name, const QString &value, const QStringList &allowedCustom)
{
    if (name == u"state") {
        if (value != u"active" && value != u"suspended")
            return makeError(tr("state must be active or suspended, not \"%1\".").arg(value));
        user.state = value == u"active" ? UserState::Active : UserState::Suspended;
        return {};
    }
    if (QString User::*field = UserAttributes::textField(name)) {
        user.*field = value;
        return {};
    }
    if (allowedCustom.contains(name)) {
        user.attributes.insert(name, value);
        return {};
    }
    QStringList valid = standardNames();
    valid.append(allowedCustom);
    return makeError(tr("Unknown attribute \"%1\". Valid attributes: %2 (a password is set with --password-stdin).")
                         .arg(name, valid.join(QStringLiteral(", "))));
}

QStringList changed(const User &before, const User &after)
{
    QStringList names;
    for (const QString &name : standardNames()) {
        if (value(before, name) != value(after, name))
            names.append(name);
    }
    QStringList custom = before.attributes.keys();
    for (const QString &key : after.attributes.keys()) {
        if (!custom.contains(key))
            custom.append(key);
    }
    for (const QString &key : std::as_const(custom)) {
        if (before.attributes.value(key) != after.attributes.value(key))
            names.append(key);
    }
    return names;
}

} // namespace UserFields
