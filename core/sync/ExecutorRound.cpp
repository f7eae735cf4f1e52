// ExecutorRound: resolving accounts and passwords, packing chains into $batch requests, sending them (see the header;
// recording the answers is in ExecutorResults.cpp).
#include "core/sync/ExecutorRound.h"

#include "core/common/Logging.h"
#include "core/directory/BindingTable.h"
#include "core/directory/OutboxTable.h"
#include "core/directory/Store.h"
#include "core/graph/BatchJob.h"
#include "core/graph/GetUserJob.h"
#include "core/graph/GraphClient.h"
#include "core/sync/OutboxPasswords.h"
#include "core/sync/OutboxRequests.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonObject>
#include <QSet>

#include <algorithm>

namespace {

OutboxOutcome retryOutcome(const QString &why)
{
    OutboxOutcome o;
    o.kind = OutboxOutcome::Kind::Retry;
    o.why = why;
    o.failure.code = QStringLiteral("clouddir.Unresolved");
    o.failure.message = why;
    return o;
}

OutboxOutcome failedOutcome(const QString &code, const QString &message)
{
    OutboxOutcome o;
    o.kind = OutboxOutcome::Kind::Failed;
    o.failure.code = code;
    o.failure.message = message;
    return o;
}

} // namespace

ExecutorRound::ExecutorRound(Context context, QList<OutboxEntry> claimed, QObject *parent)
    : QObject(parent)
    , m_c(std::move(context))
{
    QHash<QString, qsizetype> chainOfUser;
    for (OutboxEntry &entry : claimed) {
        auto row = std::make_unique<Row>();
        row->send.entry = std::move(entry);
        const QString &user = row->send.entry.userId;
        if (user.isEmpty() || !chainOfUser.contains(user)) {
            if (!user.isEmpty())
                chainOfUser.insert(user, m_chains.size());
            m_chains.append(Chain());
        }
        m_chains[user.isEmpty() ? m_chains.size() - 1 : chainOfUser.value(user)].append(row.get());
        m_rows.push_back(std::move(row));
    }
}

ExecutorRound::~ExecutorRound() = default;

bool ExecutorRound::leaseAllowsSending() const
{
    return now() <= m_sendBy;
}

void ExecutorRound::start()
{
    // The claim gave the rows until now + leaseMs; keep room for one answer (two transfer timeouts, at most half the
    // lease).
    const qint64 margin = std::min<qint64>(2 * qint64(m_c.client->transferTimeout()), m_c.options.leaseMs / 2);
    m_sendBy = now() + m_c.options.leaseMs - margin;
    QMetaObject::invokeMethod(this, &ExecutorRound::resolve, Qt::QueuedConnection);
}

qint64 ExecutorRound::now() const
{
    return m_c.options.clock ? m_c.options.clock() : QDateTime::currentMSecsSinceEpoch();
}

void ExecutorRound::resolve()
{
    // Only the links this round needs (its users and their managers): loading every link of the integration per
    // round made a 100,000-row outbox cost O(n²).
    QSet<QString> users;
    for (const auto &row : m_rows) {
        users.insert(row->send.entry.userId);
        if (row->send.entry.op != u"manager")
            continue;
        if (const auto payload = OutboxRequests::payload(row->send.entry); payload)
            users.insert(payload->value(QLatin1String("managerUserId")).toString());
    }
    users.remove(QString());
    auto links = m_c.store->bindings().links(m_c.integration.id, QStringList(users.cbegin(), users.cend()));
    QHash<QString, BindingLink> byUser;
    if (!links) {
        for (auto &row : m_rows)
            row->blocked = retryOutcome(links.error().message);
    } else {
        for (const BindingLink &link : *links)
            byUser.insert(link.userId, link);
        m_pending = 1; // held until every chain has started its lookups
        for (Chain &chain : m_chains)
            resolveChain(chain, byUser);
        --m_pending;
    }
    if (m_pending == 0)
        prepared();
}

void ExecutorRound::resolveChain(Chain &chain, const QHash<QString, BindingLink> &links)
{
    Row *first = chain.first();
    const OutboxEntry &head = first->send.entry;
    const bool creates = head.op == u"create";
    QString key;
    for (const Row *row : chain) {
        if (key.isEmpty() && row->send.entry.op != u"create")
            key = OutboxRequests::accountId(row->send.entry);
    }
    if (key.isEmpty())
        key = links.value(head.userId).m365Id;
    if (key.isEmpty() && creates)
        key = head.upn; // created earlier in the same sequential batch: named by its UPN
    if (creates && head.attempt > 0) {
        // The create may have reached M365 (reply lost, crash): find it instead of creating it twice.
        lookUp(head.upn, [this, first](const QString &id, bool notFound, const QString &error) {
            if (!id.isEmpty()) {
                if (auto r = m_c.store->outbox().recordCreated(first->send.entry.id, m_c.owner, QString(), now(), id);
                    !r)
                    first->blocked = retryOutcome(r.error().message);
                else {
                    first->send.entry.m365Id = id;
                    m_c.recentCreates->insert(first->send.entry.userId, now());
                    ++m_c.counts->done;
                    finishRow(*first, QStringLiteral("done"));
                    forgetPassword(first->send.entry.userId); // the lost create carried it, if the admin set one
                }
            } else if (!notFound) {
                first->blocked = retryOutcome(error);
            }
        });
    } else if (const QString upn = OutboxRequests::lookupUpn(head); key.isEmpty() && !upn.isEmpty()) {
        lookUp(upn, [this, chain, upn](const QString &id, bool notFound, const QString &error) {
            if (id.isEmpty()) {
                chain.first()->blocked = retryOutcome(
                    notFound ? tr("No Microsoft 365 account has the userPrincipalName %1 yet.").arg(upn) : error);
                return;
            }
            for (Row *row : chain)
                row->send.key = id;
        });
    }
    for (Row *row : chain) {
        OutboxSend &send = row->send;
        send.key = key;
        if (send.entry.op == u"rename" && key.contains(u'@')) {
            const auto payload = OutboxRequests::payload(send.entry);
            if (payload) // later rows name the account by its new UPN
                key = payload->value(QLatin1String("body"))
                          .toObject()
                          .value(QLatin1String("userPrincipalName"))
                          .toString(key);
        }
        if (OutboxRequests::wantsPassword(send.entry))
            readPassword(*row);
        if (send.entry.op != u"manager")
            continue;
        const auto payload = OutboxRequests::payload(send.entry);
        if (!payload) {
            row->blocked = failedOutcome(QStringLiteral("clouddir.InvalidPayload"), payload.error().message);
            continue;
        }
        const QJsonValue managerId = payload->value(QLatin1String("managerId"));
        const QString managerUser = payload->value(QLatin1String("managerUserId")).toString();
        send.managerId = managerId.toString();
        if (managerId.isNull() || !send.managerId.isEmpty())
            continue;
        send.managerId = links.value(managerUser).m365Id;
        if (!send.managerId.isEmpty())
            continue;
        const QString managerUpn = links.value(managerUser).upn;
        if (managerUpn.isEmpty()) {
            row->blocked = retryOutcome(tr("Waits for the manager (directory user %1) to get a Microsoft 365 "
                                           "account.")
                                            .arg(managerUser));
            continue;
        }
        lookUp(managerUpn, [this, row, managerUpn](const QString &id, bool notFound, const QString &error) {
            row->send.managerId = id;
            if (id.isEmpty())
                row->blocked = retryOutcome(notFound ? tr("Waits for the manager's account %1 to exist in Microsoft "
                                                          "365.")
                                                           .arg(managerUpn)
                                                     : error);
        });
    }
}

void ExecutorRound::lookUp(const QString &upn,
                           std::function<void(const QString &id, bool notFound, const QString &error)> done)
{
    ++m_pending;
    ++m_c.counts->lookups;
    auto *job = new GetUserJob(m_c.client, upn, this);
    connect(job, &GraphJob::finished, this, [this, job, done = std::move(done)] {
        if (job->isFound())
            done(job->id(), false, QString());
        else
            done(QString(), job->isNotFound(), job->errorString());
        if (--m_pending == 0)
            prepared();
    });
    job->start();
}

void ExecutorRound::readPassword(Row &row)
{
    const bool create = row.send.entry.op == u"create";
    if (!m_c.options.passwords) {
        if (create)
            row.send.password = OutboxRequests::randomPassword();
        else
            row.blocked = failedOutcome(QStringLiteral("clouddir.NoPassword"),
                                        tr("The password update of %1 found no password: this clouddir has no "
                                           "keychain access. Set the password again.")
                                            .arg(row.send.entry.upn));
        return;
    }
    ++m_pending;
    Row *target = &row;
    m_c.options.passwords->read(
        m_c.integration.id, row.send.entry.userId, this,
        [this, target, create](const std::optional<Secret> &password, const QString &error) {
            if (!error.isEmpty()) {
                target->blocked = retryOutcome(tr("Cannot read the password from the keychain: %1").arg(error));
            } else if (password) {
                target->send.password = password;
                target->send.adminPassword = true;
            } else if (create) {
                target->send.password = OutboxRequests::randomPassword();
            } else {
                target->blocked = failedOutcome(QStringLiteral("clouddir.NoPassword"),
                                                tr("The password update of %1 found no password in the keychain. "
                                                   "Set the password again.")
                                                    .arg(target->send.entry.upn));
            }
            if (--m_pending == 0)
                prepared();
        });
}

void ExecutorRound::prepared()
{
    if (m_packed)
        return;
    m_packed = true;
    pack();
    sendNext();
}

void ExecutorRound::pack()
{
    const QUrl base = m_c.client->baseUrl();
    QList<Row *> singles;
    for (Chain &chain : m_chains) {
        QList<Row *> ready;
        for (qsizetype i = 0; i < chain.size(); ++i) {
            Row *row = chain.at(i);
            if (row->finished)
                continue;
            auto request = row->blocked ? Result<BatchRequest>(BatchRequest()) : OutboxRequests::build(row->send, base);
            if (!row->blocked && !request)
                row->blocked = failedOutcome(QStringLiteral("clouddir.InvalidPayload"), request.error().message);
            if (row->blocked || m_stopping || ready.size() == m_c.options.batchSize) {
                if (row->blocked && !m_stopping)
                    apply(*row, *row->blocked, -1, now());
                releaseAfter(chain, row->blocked && !m_stopping ? i + 1 : i, now());
                break;
            }
            ready.append(row);
        }
        if (ready.size() == 1)
            singles.append(ready.first());
        else if (!ready.isEmpty())
            m_queue.append(Flight {ready, true});
    }
    for (qsizetype i = 0; i < singles.size(); i += m_c.options.batchSize)
        m_queue.append(Flight {singles.mid(i, m_c.options.batchSize), false});
}

void ExecutorRound::sendNext()
{
    const QUrl base = m_c.client->baseUrl();
    while (!m_queue.isEmpty() && m_inFlight < m_c.options.concurrency) {
        const Flight flight = m_queue.takeFirst();
        const qint64 throttledUntil = m_c.throttledUntil ? *m_c.throttledUntil : 0;
        if (!m_stopping && !leaseAllowsSending())
            qCInfo(lcSync) << "the lease of" << flight.rows.size() << "outbox rows ran short; given back unsent";
        if (m_stopping || throttledUntil > now() || !leaseAllowsSending()) {
            // Unsent, attempt kept: stopping, a throttled tenant is not hammered, or the lease is nearly over.
            for (Row *row : flight.rows)
                releaseAfter(QList<Row *> {row}, 0, std::max(now(), throttledUntil));
            continue;
        }
        const bool sequential = flight.sequential;
        QList<BatchRequest> requests;
        for (Row *row : flight.rows) {
            BatchRequest request = OutboxRequests::build(row->send, base).value();
            request.id = QString::number(requests.size() + 1);
            if (sequential && !requests.isEmpty())
                request.dependsOn = requests.last().id;
            requests.append(request);
        }
        auto *job = new BatchJob(m_c.client, requests, this);
        ++m_inFlight;
        ++m_pending;
        ++m_c.counts->batches;
        connect(job, &GraphJob::finished, this, [this, job, flight] { onBatchFinished(job, flight); });
        job->start();
    }
    if (m_pending == 0 && m_queue.isEmpty() && !m_finished) {
        m_finished = true;
        QMetaObject::invokeMethod(this, &ExecutorRound::finished, Qt::QueuedConnection);
    }
}

void ExecutorRound::done(int delta)
{
    m_pending -= delta;
    if (!m_packed) { // still resolving: the last answer starts the sending
        if (m_pending == 0)
            prepared();
        return;
    }
    sendNext();
}
