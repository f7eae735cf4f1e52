#pragma once

#include "core/graph/GraphClient.h"
#include "core/graph/ListUsersJob.h"
#include "core/graph/StaticTokenProvider.h"
#include "tests/core/graph/RecordingNetworkAccessManager.h"
#include "tests/graphsim/GraphSim.h"

#include <QJsonObject>
#include <QSet>
#include <QSignalSpy>
#include <QTest>

#include <memory>

// Shared arrangement of the graphsim suites: an in-process graphsim with 2,500 users accepting token "t", a recording
// QNAM and a GraphClient pointed at the sim with fast retries. Suites derive from it and call setUpSim() in init()
// and tearDownSim() in cleanup().
class GraphSimTestBase : public QObject
{
protected:
    static constexpr int WaitMs = 20000;
    static inline const QString s_usersPath = QStringLiteral("^/v1\\.0/users$");

    std::unique_ptr<GraphSim> m_sim;
    std::unique_ptr<RecordingNetworkAccessManager> m_nam;
    std::unique_ptr<StaticTokenProvider> m_tokens;
    std::unique_ptr<GraphClient> m_client;

    bool setUpSim()
    {
        m_sim = std::make_unique<GraphSim>();
        m_sim->generateUsers(2500);
        m_sim->setAcceptedTokens({QStringLiteral("t")});
        if (m_sim->listen() == 0) {
            return false;
        }
        m_nam = std::make_unique<RecordingNetworkAccessManager>();
        m_tokens = std::make_unique<StaticTokenProvider>(Secret(QByteArrayLiteral("t")));
        m_client = std::make_unique<GraphClient>(m_nam.get(), m_tokens.get());
        m_client->setBaseUrl(m_sim->baseUrl());
        m_client->setTransferTimeout(10000);
        useRetries(6);
        return true;
    }

    void tearDownSim()
    {
        m_client.reset();
        m_nam.reset();
        m_sim.reset();
    }

    // Starts the job and waits for its one finished signal; returns false if it never came or came twice.
    static bool run(GraphJob *job)
    {
        QSignalSpy finished(job, &GraphJob::finished);
        job->start();
        if (finished.count() != 0) {
            return false; // start() must only schedule
        }
        if (!finished.wait(WaitMs)) {
            return false;
        }
        QCoreApplication::processEvents();
        return finished.count() == 1;
    }

    void useRetries(int maxAttempts)
    {
        RetryPolicy policy;
        policy.setMaxAttempts(maxAttempts);
        policy.setTimeScale(0.001); // "1 s" Retry-After = 1 ms
        policy.setSeed(1);
        m_client->setRetryPolicy(policy);
    }

    // Jobs stay alive after finished (children of the client) so the test can read them; the auto-delete
    // contract has its own tests.
    ListUsersJob *listJob(int top = 999, bool count = false, bool autoDelete = false)
    {
        ListUsersJob::Query query;
        query.select = QStringList {QStringLiteral("id"), QStringLiteral("displayName"),
                                    QStringLiteral("userPrincipalName"), QStringLiteral("accountEnabled")};
        query.top = top;
        query.count = count;
        ListUsersJob *job = m_client->listUsers(query);
        job->setAutoDelete(autoDelete);
        return job;
    }

    static QSet<QString> ids(const QSignalSpy &pages)
    {
        QSet<QString> result;
        for (const QList<QVariant> &args : pages) {
            const QJsonArray value = args.at(0).toJsonArray();
            for (const QJsonValue &user : value) {
                result.insert(user.toObject().value(QStringLiteral("id")).toString());
            }
        }
        return result;
    }

    static qsizetype rows(const QSignalSpy &pages)
    {
        qsizetype n = 0;
        for (const QList<QVariant> &args : pages) {
            n += args.at(0).toJsonArray().size();
        }
        return n;
    }
};
