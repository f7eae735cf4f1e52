#pragma once

#include "tests/graphsim/GraphSimBatchRoute.h"
#include "tests/graphsim/GraphSimFaultInjector.h"
#include "tests/graphsim/GraphSimIdentity.h"
#include "tests/graphsim/GraphSimReply.h"
#include "tests/graphsim/GraphSimRequest.h"
#include "tests/graphsim/GraphSimRequestLogger.h"
#include "tests/graphsim/GraphSimRouter.h"
#include "tests/graphsim/GraphSimTenantRoute.h"
#include "tests/graphsim/GraphSimUserStore.h"
#include "tests/graphsim/GraphSimUserWriteRoute.h"
#include "tests/graphsim/GraphSimUsersRoute.h"
#include "tests/graphsim/GraphSimWriteQuota.h"

#include <QAbstractHttpServer>
#include <QElapsedTimer>
#include <QPointer>
#include <QStringList>
#include <QUrl>

class QTcpSocket;

// The HTTP side of graphsim: parses each request, applies faults/chaos, checks the bearer token, dispatches through
// the route table and writes the answer itself (so status lines, headers and deliberate mid-body drops are fully
// under our control). Answers may be deferred by a QTimer for latency; a client that disconnects meanwhile just
// gets nothing. Lives in the thread that created it.
class GraphSimServer final : public QAbstractHttpServer
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(GraphSimServer)

public:
    explicit GraphSimServer(QObject *parent = nullptr);
    ~GraphSimServer() override;

    GraphSimUserStore &store() { return m_store; }
    GraphSimFaultInjector &faults() { return m_faults; }
    GraphSimRequestLogger &logger() { return m_logger; }
    GraphSimIdentity &identity() { return m_identity; }
    GraphSimTenantRoute &tenant() { return m_tenantRoute; }
    GraphSimUserWriteRoute &userWrites() { return m_writeRoute; }
    GraphSimWriteQuota &writeQuota() { return m_quota; }
    void setAcceptedTokens(const QStringList &tokens) { m_tokens = tokens; }
    GraphSimWriteStats writeStats() const;

    // Listens on 127.0.0.1 only. Returns the port, or 0 with *error set.
    quint16 start(quint16 port, bool tls, QString *error);
    QUrl baseUrl() const { return m_baseUrl; }
    QByteArray certificatePem() const { return m_certificatePem; }

protected:
    bool handleRequest(const QHttpServerRequest &request, QTcpSocket *socket) override;
    void missingHandler(const QHttpServerRequest &request, QTcpSocket *socket) override;

private:
    GraphSimRequest toRequest(const QHttpServerRequest &request) const;
    // The real answer: bearer check (not for inner $batch requests, the batch was checked), the write quota, then
    // the route table.
    GraphSimReply answer(GraphSimRequest &request, bool inner);
    GraphSimReply route(GraphSimRequest &request);
    // The answer with an injected fault or chaos event applied; `fault` names it for the log. Inner $batch requests
    // come through here one by one.
    GraphSimReply answerWithFaults(GraphSimRequest &request, bool inner, QString *fault);
    // One request inside a $batch: faults, chaos, quota and routes, logged as an inner entry.
    GraphSimReply answerInner(GraphSimRequest &request);
    GraphSimReply applyFault(const GraphSimFault &fault, GraphSimRequest &request, bool inner);
    // GET /_graphsim/state: the tenant's users (all properties, managerId) and the write counters, for tests and
    // benchmarks that run graphsim as a process. Outside /v1.0, so no token is needed.
    GraphSimReply state() const;
    void write(QTcpSocket *socket, const GraphSimRequest &request, const GraphSimReply &reply);
    void log(const GraphSimRequest &request, int status, const QElapsedTimer &timer, const QString &fault,
             bool inner = false);

    GraphSimUserStore m_store;
    GraphSimUsersRoute m_usersRoute {&m_store};
    GraphSimIdentity m_identity;
    GraphSimTenantRoute m_tenantRoute {&m_identity};
    GraphSimUserWriteRoute m_writeRoute {&m_store, &m_identity, &m_tenantRoute};
    GraphSimFaultInjector m_faults;
    GraphSimBatchRoute m_batchRoute {[this](GraphSimRequest &inner) { return answerInner(inner); },
                                     &m_faults.shuffleRandom()};
    GraphSimRouter m_router;
    GraphSimWriteQuota m_quota;
    int m_throttled = 0;
    GraphSimRequestLogger m_logger;
    QStringList m_tokens;
    QUrl m_baseUrl;
    QByteArray m_certificatePem;
};
