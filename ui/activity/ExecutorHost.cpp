#include "ui/activity/ExecutorHost.h"

#include "core/directory/OutboxTable.h"
#include "core/directory/Store.h"
#include "core/sync/Executor.h"
#include "core/sync/OutboxKeychain.h"
#include "ui/activity/IntegrationClients.h"

#include <QDateTime>
#include <QtConcurrent>

namespace {

void add(OutboxSummary &total, const OutboxSummary &part)
{
    total.pending += part.pending;
    total.retrying += part.retrying;
    total.done += part.done;
    total.failed += part.failed;
    total.dismissed += part.dismissed;
    total.leased += part.leased;
    total.due += part.due;
    if (part.nextRetryAt != 0 && (total.nextRetryAt == 0 || part.nextRetryAt < total.nextRetryAt))
        total.nextRetryAt = part.nextRetryAt;
}

} // namespace

ExecutorHost::ExecutorHost(const AppContext &context, QObject *parent)
    : ExecutorHost(context, ExecutorOptions(), parent)
{ }

ExecutorHost::ExecutorHost(const AppContext &context, ExecutorOptions options, QObject *parent)
    : QObject(parent)
    , m_context(context)
    , m_keychain(context.passwords ? std::make_unique<OutboxKeychain>(context.passwords) : nullptr)
    , m_options(std::move(options))
{
    if (m_keychain && !m_options.passwords)
        m_options.passwords = m_keychain.get();
    m_statusDelay.setSingleShot(true);
    m_statusDelay.setInterval(StatusDelayMs);
    m_statusPoll.setInterval(StatusPollMs);
    connect(&m_statusDelay, &QTimer::timeout, this, &ExecutorHost::readStatus);
    connect(&m_statusPoll, &QTimer::timeout, this, &ExecutorHost::readStatus);
    connect(&m_status, &QFutureWatcher<Result<OutboxSummary>>::finished, this, &ExecutorHost::onStatus);
    m_statusPoll.start();
    scheduleStatus();
}

ExecutorHost::~ExecutorHost()
{
    for (Executor *executor : std::as_const(m_executors)) {
        disconnect(executor, nullptr, this, nullptr);
        executor->stop();
    }
    qDeleteAll(m_executors); // before m_keychain, which they use
    m_executors.clear();
    m_status.waitForFinished();
}

void ExecutorHost::startAll()
{
    if (m_stopping || !m_context.store)
        return;
    Result<QList<Integration>> integrations = m_context.store->integrations();
    if (!integrations)
        return;
    for (const Integration &integration : std::as_const(*integrations))
        ensureExecutor(integration);
}

Executor *ExecutorHost::ensureExecutor(const Integration &integration)
{
    if (Executor *existing = m_executors.value(integration.id))
        return existing;
    GraphClient *client = IntegrationClients::clientFor(m_context, integration);
    if (!client)
        return nullptr;
    auto *executor = new Executor(m_context.store->spec(), integration, client, m_options, this);
    const QString id = integration.id;
    connect(executor, &Executor::progressed, this, [this, id] {
        Q_EMIT progressed(id);
        scheduleStatus();
    });
    connect(executor, &Executor::finished, this, [this, id] { onExecutorFinished(id); });
    m_executors.insert(id, executor);
    executor->start();
    return executor;
}

void ExecutorHost::wake(const QString &integrationId)
{
    scheduleStatus();
    if (m_stopping)
        return;
    if (Executor *executor = m_executors.value(integrationId)) {
        executor->wake();
        return;
    }
    Result<QList<Integration>> integrations = m_context.store->integrations();
    if (!integrations)
        return;
    for (const Integration &integration : std::as_const(*integrations)) {
        if (integration.id == integrationId)
            ensureExecutor(integration);
    }
}

void ExecutorHost::wakeAll()
{
    startAll();
    for (Executor *executor : std::as_const(m_executors))
        executor->wake();
    scheduleStatus();
}

void ExecutorHost::stopAll()
{
    m_stopping = true;
    m_statusPoll.stop();
    if (m_executors.isEmpty()) {
        Q_EMIT stopped();
        return;
    }
    for (Executor *executor : std::as_const(m_executors))
        executor->stop();
}

void ExecutorHost::onExecutorFinished(const QString &integrationId)
{
    Executor *executor = m_executors.take(integrationId);
    if (executor)
        executor->deleteLater(); // it may be inside its own finished signal
    scheduleStatus();
    if (m_stopping && m_executors.isEmpty())
        Q_EMIT stopped();
}

void ExecutorHost::scheduleStatus()
{
    if (!m_statusDelay.isActive())
        m_statusDelay.start();
}

void ExecutorHost::readStatus()
{
    if (!m_context.store)
        return;
    if (m_status.isRunning()) {
        m_statusAgain = true;
        return;
    }
    const QString spec = m_context.store->spec();
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    m_status.setFuture(QtConcurrent::run([spec, now]() -> Result<OutboxSummary> {
        Result<std::unique_ptr<Store>> store = Store::open(spec);
        if (!store)
            return store.error();
        Result<QList<Integration>> integrations = (*store)->integrations();
        if (!integrations)
            return integrations.error();
        OutboxSummary total;
        for (const Integration &integration : std::as_const(*integrations)) {
            Result<OutboxSummary> part = (*store)->outbox().summary(integration.id, now);
            if (!part)
                return part.error();
            add(total, *part);
        }
        return total;
    }));
}

void ExecutorHost::onStatus()
{
    Result<OutboxSummary> status = m_status.result();
    if (std::exchange(m_statusAgain, false))
        readStatus();
    if (status) {
        m_totals = *status;
        m_statusError.clear();
    } else {
        m_statusError = status.error().message;
    }
    Q_EMIT statusChanged(statusText());
}

QString ExecutorHost::statusText() const
{
    if (!m_statusError.isEmpty())
        return tr("Cannot read the outbox: %1").arg(m_statusError);
    if (m_totals.open() == 0 && m_totals.failed == 0)
        return tr("All changes sent");
    QStringList parts;
    if (m_totals.pending > 0)
        parts.append(tr("%n pending", nullptr, m_totals.pending));
    if (m_totals.retrying > 0)
        parts.append(tr("%n retrying", nullptr, m_totals.retrying));
    if (m_totals.failed > 0)
        parts.append(tr("%n failed", nullptr, m_totals.failed));
    //: Joins "3 pending", "1 retrying" and "1 failed" in the status bar.
    return parts.join(tr(", "));
}
