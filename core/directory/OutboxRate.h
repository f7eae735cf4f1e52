#pragma once

#include <QtGlobal>

// One time bucket of outbox throughput (OutboxTable::throughput): rows that finished done or failed inside
// [start, start + length), and the backlog at the bucket's end — rows created by then and not finished by then.
struct OutboxRate
{
    qint64 start = 0; // UTC epoch ms
    int done = 0;
    int failed = 0; // failed or dismissed (dismissed rows failed first)
    int backlog = 0;

    bool operator==(const OutboxRate &) const = default;
};
