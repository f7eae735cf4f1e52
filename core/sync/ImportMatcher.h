#pragma once

#include "core/directory/UserKey.h"
#include "core/sync/ImportMatch.h"
#include "core/sync/M365User.h"

#include <QHash>
#include <QList>
#include <QSet>
#include <QString>

// Decides, for every M365 account of an import preview, whether it is new, matches a directory user, is already
// bound, or conflicts (cloud-directories.md §2.2). Rows arrive page by page; a later page can turn an earlier row
// into a conflict (two accounts claiming one address), so addRows() reports every row whose match changed.
//
// Rules, all case-insensitive:
// - already bound: the account's id is bound in this integration;
// - a directory user "claims" an account when its email or username equals the account's UPN or mail;
// - conflict: two or more directory users claim it, or another account in the tenant has the same UPN/mail, or (for
//   an account no one claims) the username the import would create — the UPN's local part — is taken in the
//   directory or proposed by another account;
// - matches <username>: exactly one directory user claims it; new: no one does.
class ImportMatcher final
{
public:
    ImportMatcher() = default;

    // Sets the directory to match against and recomputes the matches of the rows already added (call it again after
    // an import changed the directory).
    void setDirectory(const QList<UserKey> &users, const QSet<QString> &boundM365Ids);

    // Room for `rows` accounts (the listing's $count), so the indexes are not rehashed page after page.
    void reserve(int rows);
    // Drops every row (the directory stays).
    void clearRows();
    // Appends rows; returns the indices of earlier rows whose match changed because of them (the new rows' matches
    // are new by definition and not listed).
    QList<int> addRows(const QList<M365User> &rows);

    int rowCount() const { return int(m_rows.size()); }
    const M365User &row(int index) const { return m_rows.at(index); }
    const ImportMatch &match(int index) const { return m_matches.at(index); }
    const QList<M365User> &rows() const { return m_rows; }
    const QList<ImportMatch> &matches() const { return m_matches; }

    // The username an import of this account would create: the local part of its UPN.
    static QString proposedUsername(const M365User &user);

private:
    // A row's distinct non-empty lower-cased addresses (UPN, then mail), computed once when the row is added.
    struct Addresses
    {
        QString upn;
        QString mail; // empty when equal to upn
    };
    QList<int> claimants(const Addresses &addresses) const;
    ImportMatch compute(int index) const;
    void indexRow(int index, QSet<int> &touched);

    QList<UserKey> m_directory;
    QHash<QString, QList<int>> m_directoryByAddress; // lower email/username -> directory indices
    QHash<QString, int> m_directoryByUsername;       // lower username -> directory index
    QSet<QString> m_bound;

    QList<M365User> m_rows;
    QList<ImportMatch> m_matches;
    QList<Addresses> m_addresses;
    QHash<QString, QList<int>> m_rowsByAddress;  // lower UPN/mail -> row indices
    QHash<QString, QList<int>> m_rowsByProposal; // lower proposed username -> unclaimed row indices
};
