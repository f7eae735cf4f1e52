#include "tests/graphsim/GraphSimWriteQuota.h"

GraphSimWriteQuota::GraphSimWriteQuota()
{
    m_clock.start();
}

void GraphSimWriteQuota::configure(int writes, int windowSeconds)
{
    m_writes = writes;
    m_windowMs = static_cast<qint64>(windowSeconds) * 1000;
    m_admittedAtMs.clear();
}

bool GraphSimWriteQuota::admit(int *retryAfterSeconds)
{
    if (m_writes <= 0 || m_windowMs <= 0) {
        ++m_accepted;
        return true;
    }
    const qint64 now = m_clock.elapsed();
    while (!m_admittedAtMs.empty() && m_admittedAtMs.front() <= now - m_windowMs)
        m_admittedAtMs.pop_front();
    if (m_admittedAtMs.size() >= static_cast<size_t>(m_writes)) {
        const qint64 waitMs = m_admittedAtMs.front() + m_windowMs - now;
        *retryAfterSeconds = static_cast<int>(std::max<qint64>(1, (waitMs + 999) / 1000));
        return false;
    }
    m_admittedAtMs.push_back(now);
    ++m_accepted;
    return true;
}
