#pragma once

#include "tests/graphsim/GraphSim.h"

#include <QList>
#include <QRandomGenerator>

#include <optional>

// Decides, per request, whether an injected fault or a chaos event replaces the real answer. Faults are consumed
// in the order they were added; each keeps its own remaining count. Chaos draws from a generator seeded by
// GraphSimChaos::seed, one draw per request, so a run with the same request sequence is reproducible.
class GraphSimFaultInjector
{
public:
    void addFault(const GraphSimFault &fault);
    void clearFaults();
    void setChaos(const GraphSimChaos &chaos);
    const GraphSimChaos &chaos() const { return m_chaos; }

    // The first matching fault with count left (decremented), if any.
    std::optional<GraphSimFault> takeFault(const QString &method, const QString &path);
    // The chaos event for this request as a fault (429/503 Status, ReplyLostAfterCommit, DropConnection), if any.
    // Lost and drop are only drawn for writes.
    std::optional<GraphSimFault> drawChaos(bool write);
    // Orders `$batch` responses; seeded with the chaos seed, separate from the chaos draws.
    QRandomGenerator &shuffleRandom() { return m_shuffle; }

private:
    struct Entry
    {
        GraphSimFault fault;
        QRegularExpression pattern;
        int remaining = 0;
    };
    QList<Entry> m_faults;
    GraphSimChaos m_chaos;
    QRandomGenerator m_random {1};
    QRandomGenerator m_shuffle {1};
};
