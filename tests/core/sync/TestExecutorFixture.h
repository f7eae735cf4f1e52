#pragma once

// Shared arrangement of the executor suites (TestExecutor, TestExecutorRecovery): a directory on the backend of the
// global data row with 60 bound users u0…u59, an in-process graphsim with ben, cy, ana (old-id), dora (disabled) and
// ed (on-premises), a GraphClient with fast retries, and helpers to queue rows and drain the outbox.
#include "../directory/StoreTestSupport.h"
#include "../directory/TestDatabase.h"
#include "core/directory/AuditTable.h"
#include "core/directory/BindingTable.h"
#include "core/directory/OutboxTable.h"
#include "core/directory/Store.h"
#include "core/graph/GraphClient.h"
#include "core/graph/StaticTokenProvider.h"
#include "core/sync/Executor.h"
#include "tests/graphsim/GraphSim.h"

#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QSignalSpy>
#include <QTest>

namespace ExecutorTest {

inline const QString Domain = QStringLiteral("northwind-labs.com");
inline const QString BatchPath = QStringLiteral("^/v1\\.0/\\$batch$");

inline QString json(const QJsonObject &o)
{
    return QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact));
}

inline QJsonObject graphUser(const QString &id, const QString &name, bool enabled = true, bool onPremises = false)
{
    QJsonObject u {{"id", id},
                   {"userPrincipalName", name + u'@' + Domain},
                   {"displayName", name},
                   {"mailNickname", name},
                   {"accountEnabled", enabled}};
    if (onPremises)
        u.insert("onPremisesSyncEnabled", true);
    return u;
}

} // namespace ExecutorTest

class ExecutorFixture : public QObject
{
protected:
    std::unique_ptr<TestDatabase> m_db;
    std::unique_ptr<Store> m_store;
    std::unique_ptr<GraphSim> m_sim;
    std::unique_ptr<QNetworkAccessManager> m_nam;
    std::unique_ptr<StaticTokenProvider> m_tokens;
    std::unique_ptr<GraphClient> m_client;
    Integration m_integration;
    QStringList m_users; // directory user ids, u0 … un-1 (username = "u<i>")
    int m_seq = 0;

    void addUsers(int n)
    {
        QList<User> users;
        for (int i = 0; i < n; ++i) {
            User u;
            u.username = QStringLiteral("u%1").arg(i);
            u.email = u.username + u'@' + ExecutorTest::Domain;
            users.append(u);
        }
        QVERIFY_RESULT(m_store->insertUsers(users));
        m_users.clear();
        for (int i = 0; i < n; ++i)
            m_users.append(m_store->userByUsername(QStringLiteral("u%1").arg(i)).value()->id);
        OutboxBatch bind;
        bind.integrationId = m_integration.id;
        bind.change.bindUsers = m_users;
        QVERIFY_RESULT(m_store->outbox().commit(bind));
    }

    OutboxEntry entry(int user, const QString &op, const QJsonObject &payload, const QString &upn = QString())
    {
        OutboxEntry e;
        e.seq = m_seq++;
        e.userId = m_users.at(user);
        e.op = op;
        e.upn = upn.isEmpty() ? QStringLiteral("u%1@").arg(user) + ExecutorTest::Domain : upn;
        e.m365Id = payload.value("id").toString();
        e.payload = ExecutorTest::json(payload);
        return e;
    }
    OutboxEntry create(int user, const QString &name)
    {
        return entry(user, "create",
                     {{"body", QJsonObject {{"userPrincipalName", name + u'@' + ExecutorTest::Domain},
                                            {"displayName", name},
                                            {"mailNickname", name},
                                            {"givenName", name},
                                            {"accountEnabled", true}}}},
                     name + u'@' + ExecutorTest::Domain);
    }
    OutboxEntry update(int user, const QString &id, const QJsonObject &body)
    {
        return entry(user, "update", {{"id", id}, {"body", body}});
    }
    OutboxEntry manager(int user, const QString &id, int managerUser, const QString &managerId)
    {
        return entry(user, "manager",
                     {{"id", id},
                      {"userId", m_users.at(user)},
                      {"managerId", managerId},
                      {"managerUserId", m_users.at(managerUser)}});
    }

    void queue(const QList<OutboxEntry> &entries)
    {
        OutboxBatch batch;
        batch.integrationId = m_integration.id;
        batch.entries = entries;
        QVERIFY_RESULT(m_store->outbox().commit(batch));
    }
    void link(int user, const QString &m365Id, const QString &upn)
    {
        BindingLink l;
        l.userId = m_users.at(user);
        l.m365Id = m365Id;
        l.upn = upn;
        l.direct = true;
        QVERIFY_RESULT(m_store->bindings().saveLinks(m_integration.id, {l}));
    }

    ExecutorOptions fast(const QString &owner = QStringLiteral("test")) const
    {
        ExecutorOptions o;
        o.timeScale = 0.001;
        o.pollMs = 20'000; // × 0.001 = 20 ms
        o.owner = owner;
        return o;
    }

    // Runs an executor until the outbox is empty; fails the test when it does not finish in time.
    ExecutorCounts drain(const ExecutorOptions &options, QList<OutboxEntry> *finished = nullptr)
    {
        Executor executor(m_db->spec(), m_integration, m_client.get(), options);
        QSignalSpy done(&executor, &Executor::finished);
        if (finished)
            connect(&executor, &Executor::entryFinished, this,
                    [finished](const OutboxEntry &e) { finished->append(e); });
        executor.runUntilEmpty();
        if (!done.wait(30'000))
            qWarning("the executor did not finish");
        if (!executor.errorString().isEmpty())
            qWarning("%s", qPrintable(executor.errorString()));
        return executor.counts();
    }

    QList<OutboxEntry> outbox() { return m_store->outbox().entries(m_integration.id).value(); }
    QStringList states()
    {
        QStringList s;
        for (const OutboxEntry &e : outbox())
            s.append(e.state);
        return s;
    }

    void setUpFixture()
    {
        QFETCH_GLOBAL(QString, backend);
        SKIP_OR_FAIL_WITHOUT_PG(backend);
        m_db = std::make_unique<TestDatabase>(backend);
        QVERIFY2(m_db->error().isEmpty(), qPrintable(m_db->error()));
        auto store = Store::open(m_db->spec());
        QVERIFY_RESULT(store);
        m_store = std::move(*store);
        Integration integration;
        integration.name = QStringLiteral("Northwind");
        m_integration = m_store->createIntegration(integration).value();
        m_sim = std::make_unique<GraphSim>();
        m_sim->setUsers({ExecutorTest::graphUser("ben-id", "ben"), ExecutorTest::graphUser("cy-id", "cy"),
                         ExecutorTest::graphUser("old-id", "ana"), ExecutorTest::graphUser("off-id", "dora", false),
                         ExecutorTest::graphUser("prem-id", "ed", true, true)});
        QVERIFY(m_sim->listen() != 0);
        m_nam = std::make_unique<QNetworkAccessManager>();
        m_tokens = std::make_unique<StaticTokenProvider>(Secret("t"));
        m_client = std::make_unique<GraphClient>(m_nam.get(), m_tokens.get());
        m_client->setBaseUrl(m_sim->baseUrl());
        m_client->setTransferTimeout(10'000);
        RetryPolicy policy;
        policy.setTimeScale(0.001);
        m_client->setRetryPolicy(policy);
        m_seq = 0;
        addUsers(60);
    }
    void tearDownFixture()
    {
        m_client.reset();
        m_tokens.reset();
        m_nam.reset();
        m_sim.reset();
        m_store.reset();
        m_db.reset();
    }
};
