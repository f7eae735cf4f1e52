#pragma once

#include "core/common/Result.h"

#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

// The email → userPrincipalName rule of an integration (cloud-directories.md §1.7, §2.4):
//   no domains listed          sync, UPN = email                      (no-domains; not-verified if the tenant's
//                                                                       verified domains are known and lack it)
//   email domain listed        sync, UPN = email                      (listed)
//   else, a default domain     sync, UPN = local part @ default       (translated)
//   else                       not synced                             (not-listed)
// Domains compare case-insensitively; the local part is kept as typed; subdomains are not implied. The resulting UPN
// must satisfy Graph (local part of A–Z a–z 0–9 ' . - _ ! # ^ ~, at most 64 characters, whole UPN at most 113), or
// the user is not synced (invalid-upn). Collisions compare whole UPNs case-insensitively among the users that would
// sync: a single user whose own email is used unchanged keeps it and everyone translated onto it is blocked; with no
// such owner (only translated users, or several owners) all of them are blocked (collision).
class UpnRule final
{
public:
    enum class Reason { NoDomains, Listed, Translated, NotListed, NotVerified, Collision, InvalidEmail, InvalidUpn };

    struct Config
    {
        QStringList domains;                 // the integration's accepted domains; empty = all (config 1)
        QString defaultDomain;               // one of `domains`, or empty
        std::optional<QStringList> verified; // the tenant's verified domains, when known
    };

    struct Decision
    {
        QString email;
        bool sync = false;
        QString upn; // null when there is none (not listed, not verified, invalid email)
        Reason reason = Reason::InvalidEmail;
        QList<int> collidesWith; // indices of the other users claiming the same UPN

        bool operator==(const Decision &) const = default;
    };

    // The configuration errors that make the rule unusable (default without a list, default not listed, listed
    // domain not verified), as one actionable line.
    [[nodiscard]] static Result<void> validate(const Config &config);
    // One decision per email, in input order. Call validate() first.
    static QList<Decision> apply(const Config &config, const QStringList &emails);

    // The reason as the `upn` command and the rule trace name it: no-domains, listed, translated, …
    static QString reasonName(Reason reason);
    static bool isValidUpn(const QString &upn);

private:
    // Blocks the claimants of one UPN (two or more), keeping it for its one owner.
    static void markCollisions(QList<Decision> &decisions, const QList<int> &claimants);
};
