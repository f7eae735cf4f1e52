#include "core/sync/ImportMatcher.h"

#include <QCoreApplication>

#include <algorithm>

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("ImportMatcher", text);
}

void appendUnique(QList<int> &list, int value)
{
    if (!list.contains(value))
        list.append(value);
}

} // namespace

void ImportMatcher::setDirectory(const QList<UserKey> &users, const QSet<QString> &boundM365Ids)
{
    m_directory = users;
    m_bound = boundM365Ids;
    m_directoryByAddress.clear();
    m_directoryByUsername.clear();
    m_directoryByAddress.reserve(users.size() * 2);
    m_directoryByUsername.reserve(users.size());
    for (int i = 0; i < users.size(); ++i) {
        const QString username = users.at(i).username.toLower();
        const QString email = users.at(i).email.toLower();
        if (!username.isEmpty()) {
            m_directoryByUsername.insert(username, i);
            appendUnique(m_directoryByAddress[username], i);
        }
        if (!email.isEmpty())
            appendUnique(m_directoryByAddress[email], i);
    }
    const QList<M365User> rows = m_rows;
    clearRows();
    addRows(rows);
}

void ImportMatcher::reserve(int rows)
{
    m_rows.reserve(rows);
    m_matches.reserve(rows);
    m_addresses.reserve(rows);
    m_rowsByAddress.reserve(rows * 2); // UPN and mail
    m_rowsByProposal.reserve(rows);
}

void ImportMatcher::clearRows()
{
    m_rows.clear();
    m_matches.clear();
    m_addresses.clear();
    m_rowsByAddress.clear();
    m_rowsByProposal.clear();
}

QString ImportMatcher::proposedUsername(const M365User &user)
{
    const QString &upn = user.userPrincipalName;
    const qsizetype at = upn.lastIndexOf(QLatin1Char('@'));
    return at < 0 ? upn : upn.left(at);
}

QList<int> ImportMatcher::claimants(const Addresses &addresses) const
{
    QList<int> found;
    for (const QString *address : {&addresses.upn, &addresses.mail}) {
        if (address->isEmpty())
            continue;
        const auto it = m_directoryByAddress.constFind(*address);
        if (it == m_directoryByAddress.cend())
            continue;
        for (int index : *it)
            appendUnique(found, index);
    }
    return found;
}

void ImportMatcher::indexRow(int index, QSet<int> &touched)
{
    const M365User &user = m_rows.at(index);
    const Addresses &addresses = m_addresses.at(index);
    for (const QString *address : {&addresses.upn, &addresses.mail}) {
        if (address->isEmpty())
            continue;
        QList<int> &rows = m_rowsByAddress[*address];
        for (int other : std::as_const(rows))
            touched.insert(other);
        rows.append(index);
    }
    if (!m_bound.contains(user.id) && claimants(addresses).isEmpty()) {
        QList<int> &rows = m_rowsByProposal[proposedUsername(user).toLower()];
        for (int other : std::as_const(rows))
            touched.insert(other);
        rows.append(index);
    }
}

ImportMatch ImportMatcher::compute(int index) const
{
    const M365User &user = m_rows.at(index);
    const Addresses &addresses = m_addresses.at(index);
    ImportMatch match;
    if (m_bound.contains(user.id)) {
        match.kind = ImportMatch::Kind::AlreadyBound;
        const QList<int> found = claimants(addresses);
        if (found.size() == 1)
            match.username = m_directory.at(found.first()).username;
        return match;
    }

    for (const QString *address : {&addresses.upn, &addresses.mail}) {
        if (address->isEmpty())
            continue;
        const auto sharing = m_rowsByAddress.constFind(*address);
        if (sharing == m_rowsByAddress.cend())
            continue;
        for (int other : *sharing) {
            if (other != index) {
                match.kind = ImportMatch::Kind::Conflict;
                match.reason = tr("The Microsoft 365 account %1 uses the same address (%2).")
                                   .arg(m_rows.at(other).userPrincipalName, *address);
                return match;
            }
        }
    }

    const QList<int> found = claimants(addresses);
    if (found.size() > 1) {
        match.kind = ImportMatch::Kind::Conflict;
        match.reason = tr("The directory users %1 and %2 both claim this account's address.")
                           .arg(m_directory.at(found.at(0)).username, m_directory.at(found.at(1)).username);
        return match;
    }
    if (found.size() == 1) {
        match.kind = ImportMatch::Kind::Matches;
        match.username = m_directory.at(found.first()).username;
        return match;
    }

    const QString proposed = proposedUsername(user);
    match.username = proposed;
    if (proposed.isEmpty()) {
        match.kind = ImportMatch::Kind::Conflict;
        match.reason = tr("The account has no user principal name to derive a username from.");
        return match;
    }
    const auto taken = m_directoryByUsername.constFind(proposed.toLower());
    if (taken != m_directoryByUsername.cend()) {
        match.kind = ImportMatch::Kind::Conflict;
        match.reason = tr("The username %1 is already taken by a directory user with the email %2.")
                           .arg(m_directory.at(*taken).username, m_directory.at(*taken).email);
        return match;
    }
    const QList<int> &proposing = m_rowsByProposal.value(proposed.toLower());
    for (int other : proposing) {
        if (other != index) {
            match.kind = ImportMatch::Kind::Conflict;
            match.reason = tr("The Microsoft 365 account %1 would get the same username (%2).")
                               .arg(m_rows.at(other).userPrincipalName, proposed);
            return match;
        }
    }
    match.kind = ImportMatch::Kind::New;
    return match;
}

QList<int> ImportMatcher::addRows(const QList<M365User> &rows)
{
    const int first = int(m_rows.size());
    m_rows.append(rows);
    for (const M365User &user : rows) {
        Addresses addresses {user.userPrincipalName.toLower(), user.mail.toLower()};
        if (addresses.mail == addresses.upn)
            addresses.mail.clear();
        m_addresses.append(std::move(addresses));
    }
    QSet<int> touched;
    for (int i = first; i < m_rows.size(); ++i)
        indexRow(i, touched);

    for (int i = first; i < m_rows.size(); ++i)
        m_matches.append(compute(i));

    QList<int> changed;
    for (int index : std::as_const(touched)) {
        if (index >= first)
            continue;
        ImportMatch updated = compute(index);
        if (updated != m_matches.at(index)) {
            m_matches[index] = std::move(updated);
            changed.append(index);
        }
    }
    std::sort(changed.begin(), changed.end());
    return changed;
}
