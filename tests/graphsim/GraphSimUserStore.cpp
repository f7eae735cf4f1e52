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
        if (user.value("id"_L1).toString().isEmpty())
            user.insert("id"_L1, QUuid::createUuid().toString(QUuid::WithoutBraces));
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

const QByteArray &GraphSimUserStore::renderedUser(int index, const QStringList &properties, const QString &key)
{
    std::vector<QByteArray> &cache = m_rendered[key];
    if (cache.size() != static_cast<size_t>(m_users.size()))
        cache.resize(static_cast<size_t>(m_users.size()));
    QByteArray &slot = cache[static_cast<size_t>(index)];
    if (slot.isEmpty())
        slot = GraphSimPageRenderer::renderUser(m_users.at(index), properties);
    return slot;
}
