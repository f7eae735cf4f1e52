#pragma once

#include <functional>

#include <QProcess>
#include <QString>
#include <QStringList>

// What both benchmarks share: graphsim as a child process, the expected row count and the commit being measured.
namespace BenchSupport {

// graphsim started from beside the benchmark (build/bin). The server runs in its own process so its CPU and memory
// never count as the client's; stdin stays open as its lifeline (--exit-on-stdin-eof), so a crashed bench leaves
// no server behind.
class GraphSimProcess final
{
public:
    GraphSimProcess() = default;
    ~GraphSimProcess();
    Q_DISABLE_COPY_MOVE(GraphSimProcess)

    // Returns an empty string on success, else what failed. extraArguments come after --port/--users/--seed/--token.
    QString start(int users, quint32 seed, const QString &token, const QStringList &extraArguments);
    QString baseUrl() const { return m_baseUrl; }
    qint64 pid() const { return m_process.processId(); }
    void stop();

private:
    QProcess m_process;
    QString m_baseUrl;
};

// Enabled accounts graphsim serves for (users, seed), computed from the generator itself rather than from either
// client's output, so a client that drops or repeats pages cannot agree with itself.
int expectedEnabledUsers(int users, quint32 seed);

// Short hash of HEAD in the source tree (at run time, so a stale configure does not lie), or the configure-time one.
QString commit();
// True when tracked files in the source tree differ from HEAD: the figures may not belong to the commit alone.
bool sourceTreeDirty();

// Median of the values (the mean of the middle two for an even count); 0 for none.
double median(QList<double> values);

// Prints msg on stderr (one line, prefixed with the program name) and returns code, for `return fail(...)`.
int fail(const QString &message, int code = 1);

// Lets the calling thread's event loop finish what a change queued (layout, repaint), so a GUI timing includes what
// the user waits for.
void settle();
// Wall milliseconds of fn() plus settle().
double timeMs(const std::function<void()> &fn);

} // namespace BenchSupport
