#include "tests/graphsim/GraphSimUserStore.h"

#include "tests/graphsim/GraphSimPageRenderer.h"

#include <QUuid>

using namespace Qt::StringLiterals;

namespace {

QString upnKey(const QJsonObject &user)
{
    return user.value("userPrincipalName"_L1).toString().toLower();
}

QString nicknameKey(const QJsonObject &user)
{
    return user.value("mailNickname"_L1).toString().toLower();
}

bool takenByOther(const QMultiHash<QString, int> &index, const QString &key, int exceptIndex)
{
    for (auto it = index.constFind(key); it != index.constEnd() && it.key() == key; ++it) {
        if (it.value() != exceptIndex)
            return true;
    }
    return false;
}

} // namespace

void GraphSimUserStore::setUsers(const QList<QJsonObject> &users)
{
    m_users = users;
    m_all.clear();
    m_rendered.clear();
    m_byId.clear();
    m_byUpn.clear();
    m_byNickname.clear();
    ++m_generation;
    ++m_revision;
    m_all.reserve(m_users.size());
    for (qsizetype i = 0; i < m_users.size(); ++i) {
        QJsonObject &user = m_users[i];
        // Derived, not random: a tenant file without ids serves the same ids on every run, so logs and fixtures
        // stay comparable.
        if (user.value("id"_L1).toString().isEmpty()) {
            static const QUuid ns(u"6f1d6a3e-6c3b-4f0e-9a51-3d7c2b8e4a10"_s);
            const QString upn = user.value("userPrincipalName"_L1).toString();
            const QString name = upn.isEmpty() ? u"graphsim-user-%1"_s.arg(i) : upn;
            user.insert("id"_L1, QUuid::createUuidV5(ns, name).toString(QUuid::WithoutBraces));
        }
        m_all.push_back(static_cast<int>(i));
        indexUser(static_cast<int>(i));
    }
    rebuildFilters();
}

void GraphSimUserStore::indexUser(int index)
{
    const QJsonObject &user = m_users.at(index);
    m_byId.insert(user.value("id"_L1).toString().toLower(), index);
    if (const QString upn = upnKey(user); !upn.isEmpty())
        m_byUpn.insert(upn, index);
    if (const QString nickname = nicknameKey(user); !nickname.isEmpty())
        m_byNickname.insert(nickname, index);
}

void GraphSimUserStore::unindexUser(int index)
{
    const QJsonObject &user = m_users.at(index);
    m_byUpn.remove(upnKey(user), index);
    m_byNickname.remove(nicknameKey(user), index);
}

void GraphSimUserStore::rebuildFilters()
{
    m_enabled.clear();
    m_disabled.clear();
    for (qsizetype i = 0; i < m_users.size(); ++i) {
        // Graph treats a user without accountEnabled as not matching `accountEnabled eq true`.
        if (m_users.at(i).value("accountEnabled"_L1).toBool(false))
            m_enabled.push_back(static_cast<int>(i));
        else
            m_disabled.push_back(static_cast<int>(i));
    }
}

int GraphSimUserStore::indexOf(const QString &idOrUpn) const
{
    const QString key = idOrUpn.toLower();
    const auto byId = m_byId.constFind(key);
    if (byId != m_byId.constEnd())
        return *byId;
    const auto byUpn = m_byUpn.constFind(key);
    return byUpn != m_byUpn.constEnd() ? *byUpn : -1;
}

bool GraphSimUserStore::upnTaken(const QString &upn, int exceptIndex) const
{
    return takenByOther(m_byUpn, upn.toLower(), exceptIndex);
}

bool GraphSimUserStore::mailNicknameTaken(const QString &nickname, int exceptIndex) const
{
    return takenByOther(m_byNickname, nickname.toLower(), exceptIndex);
}

int GraphSimUserStore::append(const QJsonObject &user)
{
    const int index = static_cast<int>(m_users.size());
    m_users.append(user);
    m_all.push_back(index);
    if (user.value("accountEnabled"_L1).toBool(false))
        m_enabled.push_back(index);
    else
        m_disabled.push_back(index);
    indexUser(index);
    ++m_revision;
    return index;
}

void GraphSimUserStore::replace(int index, const QJsonObject &user)
{
    const bool enabledBefore = m_users.at(index).value("accountEnabled"_L1).toBool(false);
    unindexUser(index);
    m_users[index] = user;
    indexUser(index);
    if (enabledBefore != user.value("accountEnabled"_L1).toBool(false))
        rebuildFilters();
    for (auto &cache : m_rendered) {
        if (static_cast<size_t>(index) < cache.size())
            cache[static_cast<size_t>(index)].clear();
    }
    ++m_revision;
}

const std::vector<int> &GraphSimUserStore::indices(Filter filter) const
{
    switch (filter) {
    case Filter::Enabled:
        return m_enabled;
    case Filter::Disabled:
        return m_disabled;
    case Filter::All:
        break;
    }
    return m_all;
}

const QByteArray &GraphSimUserStore::renderedUser(int index, const QStringList &properties, const QString &key,
                                                  bool expandManager)
{
    std::vector<QByteArray> &cache = m_rendered[key];
    if (cache.size() != static_cast<size_t>(m_users.size()))
        cache.resize(static_cast<size_t>(m_users.size()));
    QByteArray &slot = cache[static_cast<size_t>(index)];
    if (slot.isEmpty()) {
        slot = GraphSimPageRenderer::renderUser(m_users.at(index), properties);
        const QString managerId = m_users.at(index).value("managerId"_L1).toString();
        if (expandManager && !managerId.isEmpty()) {
            slot.chop(1);
            slot += ",\"manager\":{\"@odata.type\":\"#microsoft.graph.user\",\"id\":";
            GraphSimPageRenderer::appendString(slot, managerId);
            slot += "}}";
        }
    }
    return slot;
}
