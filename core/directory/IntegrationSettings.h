#pragma once

#include <QString>
#include <QStringList>

// The domain rule and the manager export of an integration (cloud-directories.md §1.6, §1.7). The other export ticks
// are the built-in rows of the integration's mappings (MappingTable).
struct IntegrationSettings
{
    QStringList domains;        // accepted domains as typed; empty = every domain (config 1)
    QString defaultDomain;      // one of domains, or empty
    bool exportManager = false; // user_manager: manager through /users/{id}/manager/$ref

    bool operator==(const IntegrationSettings &) const = default;
};
