#pragma once

#include <QJsonObject>
#include <QString>
#include <QStringList>

// One Microsoft 365 account as the import preview shows it (cloud-directories.md §2.2). Absent and null Graph values
// both become empty strings: the preview and its CSV show them as empty cells.
struct M365User
{
    QString id;
    QString userPrincipalName;
    QString givenName;
    QString surname;
    QString displayName;
    QString mail;
    QString jobTitle;
    QString department;

    bool operator==(const M365User &) const = default;

    static M365User fromJson(const QJsonObject &object);
    // A row of ListUsersJob::rowsReceived for selectedProperties(), in that order.
    static M365User fromRow(const QStringList &row);
    // The $select the import sends: the preview's columns, nothing more (graph.md §2.1; $select also lowers the
    // resource-unit cost of every page).
    static QStringList selectedProperties();
};
