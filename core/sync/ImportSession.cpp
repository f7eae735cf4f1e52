#include "core/sync/ImportSession.h"

#include "core/common/Logging.h"
#include "core/graph/GraphClient.h"
#include "core/graph/ListUsersJob.h"

ImportSession::ImportSession(GraphClient *client, QObject *parent)
    : QObject(parent)
    , m_client(client)
{ }

ImportSession::~ImportSession()
{
    if (m_job)
        m_job->kill();
}

void ImportSession::setDirectory(const QList<UserKey> &users, const QSet<QString> &boundM365Ids)
{
    m_matcher.setDirectory(users, boundM365Ids);
    if (m_matcher.rowCount() > 0) {
        QList<int> all(m_matcher.rowCount());
        for (int i = 0; i < all.size(); ++i)
            all[i] = i;
        Q_EMIT rowsChanged(all);
    }
}

void ImportSession::start()
{
    if (m_state == State::Running)
        return;
    if (m_matcher.rowCount() > 0) {
        // Retry starts over: paging cannot resume from the middle without the failed page's nextLink.
        Q_EMIT aboutToReset();
        m_matcher.clearRows();
        Q_EMIT reset();
    }
    m_total = -1;
    m_pages = 0;
    m_error.clear();
    m_state = State::Running;
    m_clock.start();

    ListUsersJob::Query query;
    query.select = M365User::selectedProperties();
    // Disabled accounts are not offered (cloud-directories.md §1.4); the $count needs ConsistencyLevel (trap 6).
    query.filter = QStringLiteral("accountEnabled eq true");
    query.top = 999;
    query.count = true;
    query.stringRows = true; // no QJsonObject per account: see JsonPageScanner
    m_job = m_client->listUsers(query, this);
    connect(m_job, &ListUsersJob::totalCountKnown, this, [this](qint64 total) {
        m_total = total;
        m_matcher.reserve(int(std::min<qint64>(total, 10'000'000)));
        Q_EMIT totalKnown(total);
    });
    connect(m_job, &ListUsersJob::rowsReceived, this, &ImportSession::onPage);
    connect(m_job, &GraphJob::finished, this, &ImportSession::onJobFinished);
    m_job->start();
}

void ImportSession::cancel()
{
    if (m_state != State::Running)
        return;
    if (m_job)
        m_job->kill();
    m_state = State::Cancelled;
    qCInfo(lcSync) << "import preview cancelled after" << m_matcher.rowCount() << "rows";
    Q_EMIT cancelled();
}

void ImportSession::onPage(const QList<QStringList> &rows)
{
    ++m_pages;
    QList<M365User> users;
    users.reserve(rows.size());
    for (const QStringList &row : rows)
        users.append(M365User::fromRow(row));
    const int first = m_matcher.rowCount();
    const QList<int> changed = m_matcher.addRows(users);
    if (!users.isEmpty())
        Q_EMIT rowsAppended(first, m_matcher.rowCount() - 1);
    if (!changed.isEmpty())
        Q_EMIT rowsChanged(changed);
}

void ImportSession::onJobFinished(GraphJob *job)
{
    if (m_state != State::Running)
        return;
    if (job->hasError()) {
        m_state = State::Failed;
        m_error = job->errorString();
        qCWarning(lcSync) << "import preview failed after" << m_matcher.rowCount() << "rows";
        Q_EMIT failed(m_error);
        return;
    }
    m_state = State::Finished;
    qCInfo(lcSync) << "import preview listed" << m_matcher.rowCount() << "accounts in" << m_pages << "pages";
    Q_EMIT finished();
}
