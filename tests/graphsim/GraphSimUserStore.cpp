#include "tests/graphsim/GraphSimUserStore.h"

#include "tests/graphsim/GraphSimPageRenderer.h"

#include <QUuid>

using namespace Qt::StringLiterals;

void GraphSimUserStore::setUsers(const QList<QJsonObject> &users)
{
    m_users = users;
    m_all.clear();
    m_enabled.clear();
    m_disabled.clear();
    m_rendered.clear();
    ++m_generation;
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
        const int index = static_cast<int>(i);
        m_all.push_back(index);
        // Graph treats a user without accountEnabled as not matching `accountEnabled eq true`.
        if (user.value("accountEnabled"_L1).toBool(false))
            m_enabled.push_back(index);
        else
            m_disabled.push_back(index);
    }
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
