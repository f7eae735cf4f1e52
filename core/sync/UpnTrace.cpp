#include "core/sync/UpnTrace.h"

#include <QCoreApplication>

namespace {

QString tr(const char *text, int n = -1)
{
    return QCoreApplication::translate("UpnTrace", text, nullptr, n);
}

// Names at most three other users of a collision, then how many more.
QString others(const QList<UserKey> &users, const QList<int> &indices)
{
    QStringList names;
    for (int index : indices) {
        if (names.size() == 3)
            break;
        names.append(users.at(index).username);
    }
    QString text = names.join(QStringLiteral(", "));
    if (indices.size() > names.size())
        text += tr(" and %n more", int(indices.size() - names.size()));
    return text;
}

QString domainOf(const QString &email)
{
    const qsizetype at = email.lastIndexOf(QLatin1Char('@'));
    return at < 0 ? QString() : email.mid(at + 1);
}

QString reasonMessage(const UpnRule::Config &config, const UpnRule::Decision &d, const QString &collidingWith)
{
    switch (d.reason) {
    case UpnRule::Reason::NoDomains:
        return tr("No domains listed: the email is the user principal name.");
    case UpnRule::Reason::Listed:
        return tr("%1 is listed: the email is the user principal name.").arg(domainOf(d.email));
    case UpnRule::Reason::Translated:
        return tr("%1 is not listed: translated to the default domain %2.")
            .arg(domainOf(d.email), config.defaultDomain);
    case UpnRule::Reason::NotListed:
        return tr("Out of scope: %1 is not listed and there is no default domain. List it or choose a default.")
            .arg(domainOf(d.email));
    case UpnRule::Reason::NotVerified:
        return tr("Microsoft 365 would reject it: %1 is not a verified domain of the tenant. Verify it, or list "
                  "domains and choose a default.")
            .arg(domainOf(d.email));
    case UpnRule::Reason::Collision:
        return tr("Blocked: %1 would also be the user principal name of %2; binding both would hand one person's "
                  "account to the other. Change one of the emails or the domain rule.")
            .arg(d.upn, collidingWith);
    case UpnRule::Reason::InvalidEmail:
        return d.email.isEmpty() ? tr("Out of scope: the user has no company email.")
                                 : tr("Out of scope: %1 is not a valid email address.").arg(d.email);
    case UpnRule::Reason::InvalidUpn:
        return tr("Out of scope: Microsoft 365 does not accept the user principal name it would get (only A–Z, "
                  "a–z, 0–9 and ' . - _ ! # ^ ~ before the @, at most 64 characters).");
    }
    return {};
}

QString messageFor(const UpnRule::Config &config, const UpnRule::Decision &d, const QString &collidingWith)
{
    QString message = reasonMessage(config, d, collidingWith);
    if (d.sync && !d.collidesWith.isEmpty())
        message += QLatin1Char(' ')
                   + tr("%1 translates to the same name and is blocked; this user keeps it.").arg(collidingWith);
    return message;
}

} // namespace

namespace UpnTrace {

Result trace(const UpnRule::Config &config, const QList<UserKey> &users)
{
    QStringList emails;
    emails.reserve(users.size());
    for (const UserKey &user : users)
        emails.append(user.email.trimmed());
    const QList<UpnRule::Decision> decisions = UpnRule::apply(config, emails);
    Result result;
    result.rows.reserve(users.size());
    for (int i = 0; i < decisions.size(); ++i) {
        const UpnRule::Decision &d = decisions.at(i);
        Row row;
        row.userId = users.at(i).id;
        row.username = users.at(i).username;
        row.email = d.email;
        row.sync = d.sync;
        row.upn = d.upn;
        row.reason = d.reason;
        const QString colliding = d.collidesWith.isEmpty() ? QString() : others(users, d.collidesWith);
        if (d.reason == UpnRule::Reason::Collision || !d.collidesWith.isEmpty())
            ++result.collisions;
        if (!d.sync)
            row.upn.clear();
        row.message = messageFor(config, d, colliding);
        row.sync ? ++result.synced : ++result.outOfScope;
        result.rows.append(row);
    }
    return result;
}

QString configurationText(const UpnRule::Config &config)
{
    if (config.domains.isEmpty())
        return tr("No domains ticked: every bound user syncs with their email as user principal name; Microsoft 365 "
                  "rejects emails outside the tenant's verified domains.");
    if (config.defaultDomain.isEmpty())
        return tr("Only users whose email domain is ticked sync; the others are out of scope (nothing is written "
                  "for them).");
    return tr("Users whose email domain is ticked keep it; every other bound user gets the default domain %1.")
        .arg(config.defaultDomain);
}

} // namespace UpnTrace
