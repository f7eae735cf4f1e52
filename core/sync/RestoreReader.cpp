#include "core/sync/RestoreReader.h"

#include "core/directory/OutboxTable.h"
#include "core/directory/Store.h"
#include "core/graph/GetUserJob.h"
#include "core/sync/M365StateOverlay.h"
#include "core/sync/Planner.h"
#include "core/sync/RestorePlanner.h"

RestoreReader::RestoreReader(GraphClient *client, Store *store, PlanInput input, RestoreRequest request,
                             QObject *parent)
    : QObject(parent)
    , m_client(client)
    , m_store(store)
    , m_input(std::move(input))
    , m_request(std::move(request))
{ }

void RestoreReader::start()
{
    auto user = m_store->userById(m_request.userId);
    if (!user || !user->has_value()) {
        finish(user ? tr("No directory user with id %1: nothing to restore.").arg(m_request.userId)
                    : user.error().message);
        return;
    }
    m_user = **user;
    auto snapshots = m_store->outbox().snapshots(m_input.integrationId);
    if (!snapshots) {
        finish(snapshots.error().message);
        return;
    }
    auto chosen = RestorePlanner::choose(*snapshots, m_request);
    if (!chosen) {
        finish(chosen.error().message);
        return;
    }
    m_chosen = *chosen;
    const auto link = std::find_if(m_input.links.cbegin(), m_input.links.cend(),
                                   [this](const BindingLink &l) { return l.userId == m_user.id; });
    m_link = link != m_input.links.cend() ? *link : BindingLink {m_user.id, QString(), QString(), false, false};
    if (m_link.m365Id.isEmpty())
        m_link.m365Id = m_chosen.first().m365Id; // the account the snapshot was taken from
    QStringList select = RestorePlanner::properties(m_chosen);
    select.append(QStringLiteral("userPrincipalName"));
    select.removeDuplicates();
    m_job = new GetUserJob(m_client, m_link.m365Id, select, this);
    connect(m_job, &GraphJob::finished, this, &RestoreReader::onRead);
    m_job->start();
}

void RestoreReader::onRead()
{
    m_job->deleteLater();
    if (m_job->isNotFound()) {
        finish(tr("The Microsoft 365 account %1 of %2 no longer exists: there is nothing to restore the values to.")
                   .arg(m_link.m365Id, m_user.username));
        return;
    }
    if (m_job->hasError()) {
        finish(tr("Could not read the current values of %1 from Microsoft 365: %2")
                   .arg(m_user.username, m_job->errorString()));
        return;
    }
    if (m_link.upn.isEmpty()) // the link's UPN is the one clouddir last queued: keep it
        m_link.upn = m_job->user().value(QLatin1String("userPrincipalName")).toString();
    // M365 as it will be once the outbox rows Graph has not confirmed yet are sent (they go before the restore).
    QJsonObject current = m_job->user();
    const M365StateOverlay overlay(m_input.pending);
    if (const M365StateOverlay::Queued *queued = overlay.forUser(m_user.id)) {
        for (auto it = queued->values.cbegin(); it != queued->values.cend(); ++it)
            current.insert(it.key(), it.value());
    }
    m_plan = RestorePlanner::plan(m_input.integrationId, m_input.integrationName, m_user, m_link, m_chosen, current,
                                  Planner::exportedProperties(m_input.mappings), m_input.bound.contains(m_user.id));
    finish(QString());
}

void RestoreReader::finish(const QString &error)
{
    m_error = error;
    // Asynchronously, like every other outcome, so callers connect before anything can fire.
    QMetaObject::invokeMethod(this, &RestoreReader::finished, Qt::QueuedConnection);
}
