#pragma once

#include <QByteArray>
#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QMultiHash>
#include <QString>
#include <QStringList>

#include <vector>

// The tenant's users plus the derived data that makes listing cheap: index lists per supported filter and, per
// $select set, each user's JSON object serialised once on first use; lookups by id, UPN and mailNickname
// (case-insensitive) for the write routes. Not thread-safe; lives in the server thread.
class GraphSimUserStore
{
public:
    enum class Filter { All, Enabled, Disabled };

    // Assigns ids to users that lack one. Bumps generation(), which invalidates skiptokens and cached pages.
    void setUsers(const QList<QJsonObject> &users);
    const QList<QJsonObject> &users() const { return m_users; }
    // Changes with setUsers() only: skiptokens stay valid across writes, as Graph's do.
    quint64 generation() const { return m_generation; }
    // Changes with every write too: rendered pages must be rebuilt.
    quint64 revision() const { return m_revision; }

    // Index of the user with this id or userPrincipalName, or -1.
    int indexOf(const QString &idOrUpn) const;
    // Whether a user other than `exceptIndex` has this value for userPrincipalName / mailNickname (case-insensitive).
    bool upnTaken(const QString &upn, int exceptIndex = -1) const;
    bool mailNicknameTaken(const QString &nickname, int exceptIndex = -1) const;
    // Adds a user that already has an id; returns its index (users are appended, so skiptokens keep their place).
    int append(const QJsonObject &user);
    // Replaces the user at index (its id must not change).
    void replace(int index, const QJsonObject &user);

    const std::vector<int> &indices(Filter filter) const;
    // The user's JSON for `properties` (key = the properties joined, used for caching).
    // expandManager appends "manager":{"@odata.type":"#microsoft.graph.user","id":…} for a user whose tenant JSON
    // has a "managerId" (graphsim's own field); users without one get no manager key, as Graph leaves it out.
    const QByteArray &renderedUser(int index, const QStringList &properties, const QString &key,
                                   bool expandManager = false);

private:
    void indexUser(int index);
    void unindexUser(int index);
    void rebuildFilters();

    QList<QJsonObject> m_users;
    std::vector<int> m_all;
    std::vector<int> m_enabled;
    std::vector<int> m_disabled;
    QHash<QString, std::vector<QByteArray>> m_rendered;
    QHash<QString, int> m_byId;
    QMultiHash<QString, int> m_byUpn;
    QMultiHash<QString, int> m_byNickname;
    quint64 m_generation = 0;
    quint64 m_revision = 0;
};
