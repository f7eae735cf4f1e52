#include "tests/graphsim/GraphSimFaultInjector.h"

void GraphSimFaultInjector::addFault(const GraphSimFault &fault)
{
    m_faults.append(Entry {fault, QRegularExpression(fault.pathPattern), fault.count});
}

void GraphSimFaultInjector::clearFaults()
{
    m_faults.clear();
}

void GraphSimFaultInjector::setChaos(const GraphSimChaos &chaos)
{
    m_chaos = chaos;
    m_random.seed(chaos.seed);
    m_shuffle.seed(chaos.seed);
}

std::optional<GraphSimFault> GraphSimFaultInjector::takeFault(const QString &method, const QString &path)
{
    for (Entry &entry : m_faults) {
        if (entry.remaining == 0)
            continue;
        if (!entry.fault.method.isEmpty() && entry.fault.method.compare(method, Qt::CaseInsensitive) != 0)
            continue;
        if (!entry.pattern.match(path).hasMatch())
            continue;
        if (entry.remaining > 0)
            --entry.remaining;
        return entry.fault;
    }
    return std::nullopt;
}

std::optional<GraphSimFault> GraphSimFaultInjector::drawChaos(bool write)
{
    const double total = m_chaos.p429 + m_chaos.p503 + m_chaos.pLost + m_chaos.pDrop;
    if (total <= 0.0)
        return std::nullopt;
    // One draw per request whatever its kind, so the sequence stays reproducible from the seed.
    const double r = m_random.generateDouble();
    GraphSimFault fault;
    fault.retryAfter = m_chaos.retryAfterSeconds;
    if (r < m_chaos.p429) {
        fault.status = 429;
        return fault;
    }
    if (r < m_chaos.p429 + m_chaos.p503) {
        fault.status = 503;
        return fault;
    }
    if (!write)
        return std::nullopt;
    if (r < m_chaos.p429 + m_chaos.p503 + m_chaos.pLost) {
        fault.kind = GraphSimFault::Kind::ReplyLostAfterCommit;
        return fault;
    }
    if (r < total) {
        fault.kind = GraphSimFault::Kind::DropConnection;
        return fault;
    }
    return std::nullopt;
}
