#pragma once

#include <QString>

// One bindings row: clouddir's link between a directory user and the M365 account an integration manages for it.
struct BindingLink
{
    QString userId;
    QString m365Id;         // '' until Graph told us (a create not yet sent)
    QString upn;            // the last userPrincipalName queued for the account; '' when none yet
    bool direct = false;    // the admin bound the user itself (not only through a group)
    bool suspended = false; // clouddir queued the account's suspension

    bool operator==(const BindingLink &) const = default;
};
