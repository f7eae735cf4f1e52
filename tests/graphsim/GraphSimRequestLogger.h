#pragma once

#include "tests/graphsim/GraphSim.h"

#include <QFile>
#include <QList>

#include <memory>

// Keeps every served request in memory and, when a file is set, appends it there as one JSON object per line
// (flushed per line so a benchmark can tail it while graphsim runs).
class GraphSimRequestLogger
{
public:
    void append(const GraphSimLogEntry &entry);
    const QList<GraphSimLogEntry> &entries() const { return m_entries; }
    void clear() { m_entries.clear(); }
    // Returns an empty string or a one-line error.
    QString setFile(const QString &path);
    int count(const QString &method, const QString &pathPattern) const;
    // Keep at most about maxEntries in memory (oldest dropped first); <= 0 = unlimited. The file gets every entry.
    void setCapacity(int maxEntries) { m_capacity = maxEntries; }

private:
    QList<GraphSimLogEntry> m_entries;
    std::unique_ptr<QFile> m_file;
    int m_capacity = 0;
};
