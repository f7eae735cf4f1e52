#include "core/sync/PlanSession.h"

#include "core/directory/IntegrationTable.h"
#include "core/directory/Store.h"

#include "core/graph/GraphClient.h"
#include "core/graph/ListDomainsJob.h"
#include "core/sync/M365StateReader.h"
#include "core/sync/PlanInputLoader.h"
#include "core/sync/PlanQueue.h"
#include "core/sync/Planner.h"
#include "core/sync/RestoreReader.h"
#include "core/sync/UpnRule.h"

#include <QThread>

PlanSession::PlanSession(GraphClient *client, Store *store, Integration integration, PlanRequest request,
                         QObject *parent)
    : QObject(parent)
    , m_client(client)
    , m_store(store)
    , m_integration(std::move(integration))
    , m_request(std::move(request))
{ }

PlanSession::~PlanSession()
{
    // The worker only reads copies; let it finish rather than leave a thread behind.
    if (m_worker)
        m_worker->wait();
}

void PlanSession::start()
{
    Result<PlanInput> input = PlanInputLoader::load(*m_store, m_integration, m_request);
    if (!input) {
        // Asynchronously, like every other outcome, so callers connect before anything can fire.
        QMetaObject::invokeMethod(
            this, [this, message = input.error().message] { fail(message); }, Qt::QueuedConnection);
        return;
    }
    m_input = std::move(input).value();
    if (m_request.restore)
        readCurrentValues();
    else
        readDomains();
}

void PlanSession::readCurrentValues()
{
    Q_EMIT progress(tr("Reading the account's current values…"));
    auto *reader = new RestoreReader(m_client, m_store, *m_input, *m_request.restore, this);
    connect(reader, &RestoreReader::finished, this, [this, reader] {
        reader->deleteLater();
        if (!reader->error().isEmpty()) {
            fail(reader->error());
            return;
        }
        m_plan = reader->plan();
        m_finished = true;
        m_planned = true;
        Q_EMIT planned();
    });
    reader->start();
}

void PlanSession::readDomains()
{
    Q_EMIT progress(tr("Reading the tenant's domains…"));
    auto *job = new ListDomainsJob(m_client, this);
    connect(job, &GraphJob::finished, this, [this, job](GraphJob *) {
        if (job->hasError()) {
            fail(tr("Could not read the tenant's domains: %1").arg(job->errorString()));
            return;
        }
        QStringList verified;
        for (const Domain &domain : job->domains()) {
            if (domain.isVerified)
                verified.append(domain.id);
        }
        m_input->verifiedDomains = verified;
        const UpnRule::Config config {m_input->settings.domains, m_input->settings.defaultDomain,
                                      m_input->verifiedDomains};
        if (Result<void> valid = UpnRule::validate(config); !valid) {
            fail(valid.error().message);
            return;
        }
        readAccounts();
    });
    job->start();
}

void PlanSession::readAccounts()
{
    Q_EMIT progress(tr("Reading the tenant's accounts…"));
    m_reader = new M365StateReader(m_client, Planner::exportedProperties(m_input->mappings), this);
    connect(m_reader, &M365StateReader::progress, this,
            [this](qint64 accounts) { Q_EMIT progress(tr("Reading the tenant's accounts… %1").arg(accounts)); });
    connect(m_reader, &M365StateReader::finished, this, [this] {
        if (!m_reader->error().isEmpty()) {
            fail(tr("Could not read the tenant's accounts: %1").arg(m_reader->error()));
            return;
        }
        m_state = m_reader->state();
        m_reader->deleteLater();
        planOnWorker();
    });
    m_reader->start();
}

void PlanSession::planOnWorker()
{
    Q_EMIT progress(tr("Planning…"));
    auto result = std::make_shared<std::optional<Result<Plan>>>();
    const PlanInput input = *m_input;
    const M365State state = m_state;
    m_worker = QThread::create([result, input, state] { *result = Planner::plan(input, state); });
    connect(m_worker, &QThread::finished, this, [this, result] {
        m_worker->deleteLater();
        if (!*result || !**result) {
            fail(*result ? (**result).error().message : tr("Planning stopped unexpectedly."));
            return;
        }
        m_plan = std::move(**result).value();
        m_finished = true;
        m_planned = true;
        Q_EMIT planned();
    });
    m_worker->start();
}

Result<int> PlanSession::confirm(const QString &typedName)
{
    if (!m_planned || !m_input)
        return makeError(tr("There is no finished plan to confirm."));
    // The audit log names the integration's signed-in admin.
    auto auth = m_store->integrationTable().auth(m_integration.id);
    const QString actor = auth && !auth->account.isEmpty() ? auth->account : QString();
    return PlanQueue::confirm(*m_store, m_plan, *m_input, m_request, typedName, actor);
}

void PlanSession::fail(const QString &message)
{
    if (m_finished)
        return;
    m_finished = true;
    Q_EMIT failed(message);
}
