#include "tests/graphsim/GraphSim.h"

#include "tests/graphsim/GraphSimServer.h"
#include "tests/graphsim/GraphSimUserGenerator.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>

using namespace Qt::StringLiterals;

GraphSim::GraphSim(QObject *parent)
    : QObject(parent)
    , m_server(std::make_unique<GraphSimServer>())
{ }

GraphSim::~GraphSim() = default;

void GraphSim::setUsers(const QList<QJsonObject> &users)
{
    m_server->store().setUsers(users);
}

QList<QJsonObject> GraphSim::users() const
{
    return m_server->store().users();
}

void GraphSim::generateUsers(int n, quint32 seed)
{
    setUsers(GraphSimUserGenerator::generate(n, seed));
}

QString GraphSim::loadTenantFile(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return u"cannot read tenant file %1: %2"_s.arg(path, file.errorString());
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(file.readAll(), &parseError);
    if (parseError.error != QJsonParseError::NoError)
        return u"tenant file %1 is not valid JSON at offset %2: %3"_s.arg(path)
            .arg(parseError.offset)
            .arg(parseError.errorString());
    if (!document.isObject() || !document.object().value("users"_L1).isArray())
        return u"tenant file %1 must be an object with a \"users\" array"_s.arg(path);
    const QJsonArray array = document.object().value("users"_L1).toArray();
    QList<QJsonObject> users;
    users.reserve(array.size());
    for (qsizetype i = 0; i < array.size(); ++i) {
        if (!array.at(i).isObject())
            return u"tenant file %1: users[%2] is not an object"_s.arg(path).arg(i);
        users.append(array.at(i).toObject());
    }
    setUsers(users);
    return QString();
}

GraphSimIdentity &GraphSim::identity()
{
    return m_server->identity();
}

GraphSimTenantRoute &GraphSim::tenant()
{
    return m_server->tenant();
}

void GraphSim::setAcceptedTokens(const QStringList &tokens)
{
    m_server->setAcceptedTokens(tokens);
}

QJsonObject GraphSim::user(const QString &idOrUpn) const
{
    const int index = m_server->store().indexOf(idOrUpn);
    return index < 0 ? QJsonObject() : m_server->store().users().at(index);
}

GraphSimWriteStats GraphSim::writeStats() const
{
    return m_server->writeStats();
}

void GraphSim::setWriteQuota(int writes, int windowSeconds)
{
    m_server->writeQuota().configure(writes, windowSeconds);
}

void GraphSim::setReplicationLagMs(int ms)
{
    m_server->userWrites().setReplicationLagMs(ms);
}

void GraphSim::addFault(const GraphSimFault &fault)
{
    m_server->faults().addFault(fault);
}

void GraphSim::clearFaults()
{
    m_server->faults().clearFaults();
}

void GraphSim::setChaos(const GraphSimChaos &chaos)
{
    m_server->faults().setChaos(chaos);
}

quint16 GraphSim::listen(quint16 port, bool tls)
{
    m_error.clear();
    return m_server->start(port, tls, &m_error);
}

QUrl GraphSim::baseUrl() const
{
    return m_server->baseUrl();
}

QByteArray GraphSim::certificatePem() const
{
    return m_server->certificatePem();
}

QList<GraphSimLogEntry> GraphSim::requestLog() const
{
    return m_server->logger().entries();
}

void GraphSim::clearRequestLog()
{
    m_server->logger().clear();
}

void GraphSim::setRequestLogFile(const QString &path)
{
    m_error = m_server->logger().setFile(path);
}

int GraphSim::countRequests(const QString &method, const QString &pathPattern) const
{
    return m_server->logger().count(method, pathPattern);
}

void GraphSim::setRequestLogCapacity(int maxEntries)
{
    m_server->logger().setCapacity(maxEntries);
}

QString GraphSim::errorString() const
{
    return m_error;
}
