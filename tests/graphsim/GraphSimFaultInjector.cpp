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

int GraphSimFaultInjector::drawChaosStatus()
{
    if (m_chaos.p429 <= 0.0 && m_chaos.p503 <= 0.0)
        return 0;
    const double r = m_random.generateDouble();
    if (r < m_chaos.p429)
        return 429;
    if (r < m_chaos.p429 + m_chaos.p503)
        return 503;
    return 0;
}
