#include "core/sync/Executor.h"

#include "core/common/Logging.h"
#include "core/directory/OutboxTable.h"
#include "core/directory/Store.h"
#include "core/graph/GraphClient.h"
#include "core/sync/ExecutorRound.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QSysInfo>
#include <QUuid>

#include <algorithm>
#include <cmath>

#ifdef Q_OS_UNIX
#include <cerrno>
#include <signal.h>
#endif

namespace {

// An owner id is "<host>/<pid>/<tag>": a process on this host that no longer exists (kill -9, crash) holds its leases
// in vain. Other hosts, and platforms where we cannot ask, are never judged dead: their leases run out instead.
bool isDeadOwner(const QString &owner)
{
    const QStringList parts = owner.split(u'/');
    if (parts.size() != 3 || parts.at(0) != QSysInfo::machineHostName())
        return false;
    bool ok = false;
    const qint64 pid = parts.at(1).toLongLong(&ok);
    if (!ok || pid <= 0 || pid == QCoreApplication::applicationPid())
        return false;
#ifdef Q_OS_UNIX
    return ::kill(pid_t(pid), 0) != 0 && errno == ESRCH;
#else
    return false;
#endif
}

} // namespace

Executor::Executor(const QString &storeSpec, Integration integration, GraphClient *client, ExecutorOptions options,
                   QObject *parent)
    : QObject(parent)
    , m_spec(storeSpec)
    , m_integration(std::move(integration))
    , m_client(client)
    , m_options(std::move(options))
{
    m_options.concurrency = std::max(1, m_options.concurrency);
    m_options.batchSize = std::clamp(m_options.batchSize, 1, 20);
    m_owner = m_options.owner.isEmpty() ? QStringLiteral("%1/%2/%3")
                                              .arg(QSysInfo::machineHostName())
                                              .arg(QCoreApplication::applicationPid())
                                              .arg(QUuid::createUuid().toString(QUuid::WithoutBraces).left(8))
                                        : m_options.owner;
    m_timer.setSingleShot(true);
    connect(&m_timer, &QTimer::timeout, this, &Executor::runRound);
    m_debounce.setSingleShot(true);
    connect(&m_debounce, &QTimer::timeout, this, [this] {
        if (m_mode != Mode::Stopped && !m_round && !m_stopping) {
            m_timer.stop();
            runRound();
        }
    });
}

Executor::~Executor() = default;

qint64 Executor::now() const
{
    return m_options.clock ? m_options.clock() : QDateTime::currentMSecsSinceEpoch();
}

void Executor::start()
{
    begin(Mode::Continuous);
}

void Executor::runUntilEmpty()
{
    begin(Mode::UntilEmpty);
}

void Executor::begin(Mode mode)
{
    if (m_mode != Mode::Stopped) {
        m_mode = mode;
        return;
    }
    m_mode = mode;
    m_stopping = false;
    m_error.clear();
    if (!m_store) {
        auto store = Store::open(m_spec);
        if (!store) {
            m_mode = Mode::Stopped;
            m_error = store.error().message;
            QMetaObject::invokeMethod(
                this, [this] { Q_EMIT finished(m_counts); }, Qt::QueuedConnection);
            return;
        }
        m_store = std::move(*store);
    }
    schedule(0);
}

void Executor::wake()
{
    if (m_mode == Mode::Stopped || m_stopping)
        return;
    if (!m_debounce.isActive())
        m_debounce.start(m_options.debounceMs);
}

void Executor::stop()
{
    if (m_mode == Mode::Stopped)
        return;
    m_stopping = true;
    m_timer.stop();
    m_debounce.stop();
    if (m_round)
        m_round->stop();
    else
        QMetaObject::invokeMethod(
            this, [this] { finish(); }, Qt::QueuedConnection);
}

void Executor::schedule(qint64 delayMs)
{
    m_timer.start(int(std::clamp<qint64>(delayMs, 0, 24 * 3600 * 1000)));
}

void Executor::runRound()
{
    if (m_mode == Mode::Stopped || m_stopping || m_round)
        return;
    if (!m_client) {
        finish(QCoreApplication::translate("Executor", "The Microsoft Graph connection is gone."));
        return;
    }
    if (auto freed = m_store->outbox().releaseDeadLeases(m_integration.id, now(), isDeadOwner); freed && *freed > 0)
        qCInfo(lcSync) << "took over" << *freed << "outbox rows of an executor that no longer runs";
    const int limit = m_options.concurrency * m_options.batchSize;
    auto claimed = m_store->outbox().claimDue(m_integration.id, m_owner, now(), limit, m_options.leaseMs);
    if (!claimed) {
        qCWarning(lcSync).noquote() << claimed.error().message;
        if (m_mode == Mode::UntilEmpty) {
            finish(claimed.error().message);
            return;
        }
        schedule(std::llround(double(m_options.pollMs) * m_options.timeScale));
        return;
    }
    if (claimed->isEmpty()) {
        waitForWork();
        return;
    }
    m_idle = false;
    qCInfo(lcSync) << "claimed" << claimed->size() << "outbox rows of integration" << m_integration.id;
    ExecutorRound::Context context {m_store.get(), m_client,         m_integration, m_options,
                                    m_owner,       &m_recentCreates, &m_counts,     &m_throttledUntil};
    m_round = new ExecutorRound(std::move(context), *claimed, this);
    connect(m_round, &ExecutorRound::entryFinished, this, &Executor::entryFinished);
    connect(m_round, &ExecutorRound::progressed, this, [this] { Q_EMIT progressed(m_counts); });
    connect(m_round, &ExecutorRound::finished, this, &Executor::onRoundFinished);
    m_round->start();
}

void Executor::onRoundFinished()
{
    if (m_round)
        m_round->deleteLater();
    m_round = nullptr;
    Q_EMIT progressed(m_counts);
    if (m_stopping) {
        finish();
        return;
    }
    schedule(std::max<qint64>(0, m_throttledUntil - now())); // more may be due already, unless Graph throttles
}

void Executor::waitForWork()
{
    auto summary = m_store->outbox().summary(m_integration.id, now());
    if (!summary) {
        finish(summary.error().message);
        return;
    }
    if (m_mode == Mode::UntilEmpty && summary->open() == 0) {
        finish();
        return;
    }
    if (m_mode == Mode::Continuous && !m_idle) {
        m_idle = true;
        Q_EMIT idle();
    }
    // The next retry, or a poll for rows another process queued, released or left behind (expired leases).
    qint64 wait = std::llround(double(m_options.pollMs) * m_options.timeScale);
    if (summary->nextRetryAt > 0)
        wait = std::min(wait, summary->nextRetryAt - now());
    schedule(std::max<qint64>(wait, 1));
}

void Executor::finish(const QString &error)
{
    if (m_mode == Mode::Stopped)
        return;
    m_timer.stop();
    m_debounce.stop();
    m_mode = Mode::Stopped;
    m_stopping = false;
    if (!error.isEmpty())
        m_error = error;
    Q_EMIT finished(m_counts);
}
