#include "core/sync/UpnRule.h"

#include <QCoreApplication>
#include <QHash>
#include <QRegularExpression>

#include <algorithm>
#include <vector>

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("UpnRule", text);
}

// Case-insensitive, with an ASCII loop first: QStringView::compare folds every character (a fifth of apply()).
bool sameDomain(QStringView a, QStringView b)
{
    if (a.size() != b.size())
        return false;
    for (qsizetype i = 0; i < a.size(); ++i) {
        char16_t x = a.at(i).unicode();
        char16_t y = b.at(i).unicode();
        if (x >= 128 || y >= 128)
            return a.compare(b, Qt::CaseInsensitive) == 0;
        if (x >= u'A' && x <= u'Z')
            x = char16_t(x + 32);
        if (y >= u'A' && y <= u'Z')
            y = char16_t(y + 32);
        if (x != y)
            return false;
    }
    return true;
}

bool containsDomain(const QStringList &domains, QStringView domain)
{
    return std::any_of(domains.cbegin(), domains.cend(), [domain](const QString &d) { return sameDomain(domain, d); });
}

bool isAsciiAlnum(char16_t c)
{
    return (c >= u'a' && c <= u'z') || (c >= u'A' && c <= u'Z') || (c >= u'0' && c <= u'9');
}

// The domain rule below for an ASCII domain, without a regular expression (this runs for every bound user of every
// plan): dot-separated labels of 1–63 letters, digits and inner hyphens, then a last label of 2–63 letters, digits
// or hyphens.
bool isAsciiDomain(QStringView domain)
{
    const qsizetype lastDot = domain.lastIndexOf(u'.');
    if (lastDot <= 0)
        return false;
    const QStringView top = domain.mid(lastDot + 1);
    if (top.size() < 2 || top.size() > 63
        || !std::all_of(top.cbegin(), top.cend(), [](QChar c) { return isAsciiAlnum(c.unicode()) || c == u'-'; }))
        return false;
    for (qsizetype start = 0;;) {
        const qsizetype dot = domain.indexOf(u'.', start);
        const QStringView label = domain.mid(start, dot - start);
        if (label.isEmpty() || label.size() > 63 || !isAsciiAlnum(label.front().unicode())
            || !isAsciiAlnum(label.back().unicode()) || !std::all_of(label.cbegin(), label.cend(), [](QChar c) {
                   return isAsciiAlnum(c.unicode()) || c == u'-';
               }))
            return false;
        if (dot == lastDot)
            return true;
        start = dot + 1;
    }
}

// local@domain with one '@', a non-empty local part without spaces, and a domain of dot-separated DNS labels. Views
// into email: no allocation per user.
bool splitEmail(const QString &email, QStringView *local, QStringView *domain)
{
    static const QRegularExpression domainPattern(
        QStringLiteral("^(?:[\\p{L}\\p{N}](?:[\\p{L}\\p{N}-]{0,61}[\\p{L}\\p{N}])?\\.)+[\\p{L}\\p{N}-]{2,63}$"));
    const qsizetype at = email.indexOf(QLatin1Char('@'));
    if (at < 0 || email.indexOf(QLatin1Char('@'), at + 1) >= 0)
        return false;
    *local = QStringView(email).left(at);
    *domain = QStringView(email).mid(at + 1);
    if (local->isEmpty() || std::any_of(local->cbegin(), local->cend(), [](QChar c) { return c.isSpace(); }))
        return false;
    const bool ascii = std::all_of(domain->cbegin(), domain->cend(), [](QChar c) { return c.unicode() < 128; });
    return ascii ? isAsciiDomain(*domain) : domainPattern.match(*domain).hasMatch();
}

// A case-insensitive hash of an ASCII UPN (only valid UPNs, which are ASCII, are compared for collisions).
size_t foldedHash(const QString &upn)
{
    size_t h = 1469598103934665603ULL;
    for (const QChar c : upn) {
        char16_t u = c.unicode();
        if (u >= u'A' && u <= u'Z')
            u = char16_t(u + 32);
        h = (h ^ u) * 1099511628211ULL;
    }
    return h;
}

} // namespace

void UpnRule::markCollisions(QList<Decision> &decisions, const QList<int> &claimants)
{
    if (claimants.size() < 2)
        return;
    QList<int> owners;
    for (int index : claimants) {
        if (decisions.at(index).reason != Reason::Translated)
            owners.append(index);
    }
    for (int index : claimants) {
        Decision &decision = decisions[index];
        for (int other : claimants) {
            if (other != index)
                decision.collidesWith.append(other);
        }
        if (owners.size() == 1 && owners.first() == index)
            continue; // the one user whose own email it is keeps it
        decision.sync = false;
        decision.reason = Reason::Collision;
    }
}

QString UpnRule::reasonName(Reason reason)
{
    switch (reason) {
    case Reason::NoDomains:
        return QStringLiteral("no-domains");
    case Reason::Listed:
        return QStringLiteral("listed");
    case Reason::Translated:
        return QStringLiteral("translated");
    case Reason::NotListed:
        return QStringLiteral("not-listed");
    case Reason::NotVerified:
        return QStringLiteral("not-verified");
    case Reason::Collision:
        return QStringLiteral("collision");
    case Reason::InvalidEmail:
        return QStringLiteral("invalid-email");
    case Reason::InvalidUpn:
        return QStringLiteral("invalid-upn");
    }
    return {};
}

bool UpnRule::isValidUpn(const QString &upn)
{
    // graph.md §0.20 and §2.2: the local part's character set, local part ≤ 64, whole UPN ≤ 113, and (no accents) an
    // ASCII domain — an internationalised domain must be written in its xn-- form. Character checks rather than a
    // regular expression: this runs for every bound user of every plan.
    const qsizetype at = upn.lastIndexOf(QLatin1Char('@'));
    if (at <= 0 || at > 64 || upn.size() > 113 || at + 1 >= upn.size())
        return false;
    const auto asciiAlnum = [](char16_t c) {
        return (c >= u'a' && c <= u'z') || (c >= u'A' && c <= u'Z') || (c >= u'0' && c <= u'9');
    };
    for (qsizetype i = 0; i < at; ++i) {
        const char16_t c = upn.at(i).unicode();
        if (!asciiAlnum(c) && !QStringView(u"'.-_!#^~").contains(QChar(c)))
            return false;
    }
    for (qsizetype i = at + 1; i < upn.size(); ++i) {
        const char16_t c = upn.at(i).unicode();
        if (!asciiAlnum(c) && c != u'.' && c != u'-')
            return false;
    }
    return true;
}

Result<void> UpnRule::validate(const Config &config)
{
    if (!config.defaultDomain.isEmpty() && config.domains.isEmpty())
        return makeError(tr("The default domain %1 needs a list of domains: list it (and any others) first, since the "
                            "default must be one of the listed domains.")
                             .arg(config.defaultDomain));
    if (!config.defaultDomain.isEmpty() && !containsDomain(config.domains, config.defaultDomain))
        return makeError(tr("The default domain %1 is not one of the listed domains (%2); list it or choose another "
                            "default.")
                             .arg(config.defaultDomain, config.domains.join(QStringLiteral(", "))));
    if (config.verified) {
        for (const QString &domain : config.domains) {
            if (!containsDomain(*config.verified, domain))
                return makeError(tr("The domain %1 is not a verified domain of the tenant (verified: %2); verify it in "
                                    "Microsoft 365 first or remove it from the list.")
                                     .arg(domain, config.verified->join(QStringLiteral(", "))));
        }
    }
    return {};
}

QList<UpnRule::Decision> UpnRule::apply(const Config &config, const QStringList &emails)
{
    QList<Decision> decisions;
    decisions.reserve(emails.size());
    for (const QString &email : emails) {
        Decision decision;
        decision.email = email;
        QStringView local;
        QStringView domain;
        if (!splitEmail(email, &local, &domain)) {
            decision.reason = Reason::InvalidEmail;
        } else if (config.domains.isEmpty()) {
            const bool verified = !config.verified || containsDomain(*config.verified, domain);
            decision.reason = verified ? Reason::NoDomains : Reason::NotVerified;
            decision.sync = verified;
            if (verified)
                decision.upn = email;
        } else if (containsDomain(config.domains, domain)) {
            decision.reason = Reason::Listed;
            decision.sync = true;
            decision.upn = email;
        } else if (!config.defaultDomain.isEmpty()) {
            decision.reason = Reason::Translated;
            decision.sync = true;
            decision.upn = local.toString() + QLatin1Char('@') + config.defaultDomain;
        } else {
            decision.reason = Reason::NotListed;
        }
        if (decision.sync && !isValidUpn(decision.upn)) {
            decision.sync = false;
            decision.reason = Reason::InvalidUpn;
        }
        decisions.append(decision);
    }

    // Collisions among the users that would sync: sorted by a case-insensitive hash instead of a QHash keyed by
    // lower-cased copies (one allocation per user); equal hashes are then compared for real.
    std::vector<std::pair<size_t, int>> keys;
    keys.reserve(size_t(decisions.size()));
    for (int i = 0; i < decisions.size(); ++i) {
        if (decisions.at(i).sync)
            keys.emplace_back(foldedHash(decisions.at(i).upn), i);
    }
    std::sort(keys.begin(), keys.end());
    for (size_t run = 0; run < keys.size();) {
        size_t end = run + 1;
        while (end < keys.size() && keys[end].first == keys[run].first)
            ++end;
        QList<int> pending;
        for (size_t k = run; k < end; ++k)
            pending.append(keys[k].second);
        while (pending.size() > 1) {
            QList<int> claimants;
            QList<int> rest;
            const QString &upn = decisions.at(pending.first()).upn;
            for (int index : std::as_const(pending))
                (decisions.at(index).upn.compare(upn, Qt::CaseInsensitive) == 0 ? claimants : rest).append(index);
            markCollisions(decisions, claimants);
            pending = rest;
        }
        run = end;
    }
    return decisions;
}
