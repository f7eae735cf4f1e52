#include "core/sync/M365StateReader.h"

#include "core/graph/GraphClient.h"
#include "core/graph/ListUsersJob.h"

M365StateReader::M365StateReader(GraphClient *client, const QStringList &properties, QObject *parent)
    : QObject(parent)
    , m_client(client)
    , m_state(properties)
{ }

M365StateReader::~M365StateReader()
{
    if (m_job)
        m_job->kill();
}

void M365StateReader::start()
{
    ListUsersJob::Query query;
    query.select = m_state.select();
    query.expand = QStringLiteral("manager($select=id)");
    query.top = 999;
    query.stringRows = true;
    // The scanner reads columns by name: the expanded manager arrives as the "manager" column.
    m_job = m_client->listUsers(query, this);
    connect(m_job, &ListUsersJob::rowsReceived, this, [this](const QList<QStringList> &rows) {
        // rowsReceived gives the $select columns; the manager column is appended by the scan (see rowColumns()).
        m_state.addRows(rows);
        ++m_pages;
        Q_EMIT progress(m_state.size());
    });
    connect(m_job, &GraphJob::finished, this, [this](GraphJob *job) {
        if (job->hasError())
            m_error = job->errorString();
        Q_EMIT finished();
    });
    m_job->start();
}
