#pragma once

#include <QByteArray>
#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

#include <vector>

// The tenant's users plus the derived data that makes listing cheap: index lists per supported filter and, per
// $select set, each user's JSON object serialised once on first use. Not thread-safe; lives in the server thread.
class GraphSimUserStore
{
public:
    enum class Filter { All, Enabled, Disabled };

    // Assigns ids to users that lack one. Bumps generation(), which invalidates skiptokens and cached pages.
    void setUsers(const QList<QJsonObject> &users);
    const QList<QJsonObject> &users() const { return m_users; }
    quint64 generation() const { return m_generation; }

    const std::vector<int> &indices(Filter filter) const;
    // The user's JSON for `properties` (key = the properties joined, used for caching).
    // expandManager appends "manager":{"@odata.type":"#microsoft.graph.user","id":…} for a user whose tenant JSON
    // has a "managerId" (graphsim's own field); users without one get no manager key, as Graph leaves it out.
    const QByteArray &renderedUser(int index, const QStringList &properties, const QString &key,
                                   bool expandManager = false);

private:
    QList<QJsonObject> m_users;
    std::vector<int> m_all;
    std::vector<int> m_enabled;
    std::vector<int> m_disabled;
    QHash<QString, std::vector<QByteArray>> m_rendered;
    quint64 m_generation = 0;
};
