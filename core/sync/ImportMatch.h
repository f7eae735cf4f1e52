#pragma once

#include <QString>

// How one M365 account relates to the directory before anything is imported (cloud-directories.md §2.2).
struct ImportMatch
{
    enum class Kind {
        New,          // no directory user has its UPN or mail: importing creates one
        Matches,      // exactly one directory user has its UPN or mail (case-insensitive): nothing to import
        Conflict,     // ambiguous: importing it could attach the wrong person, so it is refused (see reason)
        AlreadyBound, // the account is already bound to a directory user of this integration
    };

    Kind kind = Kind::New;
    QString username; // Matches/AlreadyBound: the directory user; New: the username the import would create
    QString reason;   // Conflict: one sentence for the admin

    bool operator==(const ImportMatch &) const = default;

    // The preview's "match" cell and CSV column: `new`, `matches <username>`, `conflict`, `already bound`.
    QString text() const;
};
