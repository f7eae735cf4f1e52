#pragma once

#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QObject>
#include <QRegularExpression>
#include <QString>
#include <QStringList>
#include <QUrl>

#include <memory>

class GraphSimIdentity;
class GraphSimServer;
class GraphSimTenantRoute;

// One injected fault. A request matches when its method equals `method` (empty = any) and its path (without the
// query) matches `pathPattern`. The first `count` matching requests (-1 = all) get the fault instead of the real
// answer. Requests inside a `$batch` are matched one by one with their own method and path ("/v1.0" + url), so
// {"PATCH", "^/v1\\.0/users/"} hits a direct PATCH and an inner one alike.
//
// ReplyLostAfterCommit: the request is carried out (a write is applied), then the connection is aborted before any
// byte of the answer is sent. DropConnection also carries the request out, then sends half the answer. For an inner
// `$batch` request both apply to the whole batch: every inner request runs, then the batch's reply is lost or cut.
struct GraphSimFault
{
    enum class Kind { Status, DropConnection, MalformedJson, MissingValue, ForeignNextLink, ReplyLostAfterCommit };

    QString method;
    QString pathPattern;
    Kind kind = Kind::Status;
    int status = 503;    // for Kind::Status: 429, 503, 504, 401, 403, ...
    int retryAfter = -1; // seconds in Retry-After; -1 = no header
    int delayMs = 0;     // extra latency before answering (or before dropping)
    int count = 1;       // how many matching requests get it; -1 = every one
};

// Random faults and latency, for chaos runs and --sandbox realism; reproducible from `seed`.
// p429/p503 apply to every /v1.0 request (inner `$batch` requests one by one, not the `$batch` POST itself); pLost
// (ReplyLostAfterCommit) and pDrop (DropConnection) only to writes (POST, PATCH, PUT, DELETE), inner ones included.
// One draw per request decides between them.
struct GraphSimChaos
{
    double p429 = 0.0;
    double p503 = 0.0;
    int retryAfterSeconds = 1;
    int latencyMs = 0;
    quint32 seed = 1;
    double pLost = 0.0; // last, so older positional initialisers keep their meaning
    double pDrop = 0.0;
};

// One served request, as the JSON-lines log records it.
struct GraphSimLogEntry
{
    QString method;
    QString path;  // path only
    QString query; // raw query string
    int status = 0;
    QString requestId;
    qint64 durationMs = 0;
    // Empty, or which injected behaviour answered: "status", "drop", "malformedJson", "missingValue",
    // "foreignNextLink", "lost", "chaos".
    QString fault;
    // A request inside a $batch (logged just before its batch, with the batch's request-id; the status is its own
    // inner status, even when the batch reply is then lost).
    bool inner = false;
    // The write counters after this request (see GraphSimWriteStats).
    int writesAccepted = 0;
    int throttled = 0;
};

// Counters for tests and benchmarks. Writes are POST/PATCH/PUT/DELETE under /v1.0 except the `$batch` POST itself;
// each inner write of a batch counts.
struct GraphSimWriteStats
{
    int writesAccepted = 0; // writes that passed the tenant write quota (whatever their answer was)
    int throttled = 0;      // 429s sent, outer and inner, for any reason (quota, fault, chaos)
    int usersCreated = 0;   // POST /users that created an account
};

// The Microsoft Graph v1.0 stand-in: an HTTP server on 127.0.0.1 that behaves like the parts of Graph clouddir uses
// (see shared/spec/graph.md; where they differ the real service wins). Used in-process by tests and wrapped by the
// `graphsim` executable for benchmarks and `clouddir --sandbox`.
//
// Thread affinity: lives and serves in the thread that created it (tests: the test's main thread, which spins the
// event loop while QNetworkAccessManager waits).
class GraphSim : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(GraphSim)

public:
    explicit GraphSim(QObject *parent = nullptr);
    ~GraphSim() override;

    // Tenant content. Users are Graph user JSON objects (all properties, including accountEnabled); the id is
    // generated if absent. graphsim's own "managerId" holds the manager link (written by PUT/DELETE manager/$ref).
    // Replacing users invalidates cached pages and skiptokens; writes through the routes keep skiptokens valid.
    void setUsers(const QList<QJsonObject> &users);
    QList<QJsonObject> users() const;
    // Generates n users deterministically from seed: Unicode names (accents, CJK, one emoji), commas, quotes, leading
    // = + - @, some null properties, ~10 % with accountEnabled=false.
    void generateUsers(int n, quint32 seed = 1);
    // Loads {"users":[...]} from a JSON file. Returns an empty string on success, otherwise a one-line error.
    QString loadTenantFile(const QString &path);

    // The identity platform (authorize/token: account, injected errors, revocation) and the tenant routes
    // (organization, me, domains). Access tokens issued by identity() are accepted by /v1.0 until they expire.
    GraphSimIdentity &identity();
    GraphSimTenantRoute &tenant();

    // Bearer tokens the server accepts besides identity()'s. Empty list = accept any non-empty bearer token.
    void setAcceptedTokens(const QStringList &tokens);

    // A user by id or userPrincipalName (case-insensitive), with every stored property; graphsim's own "managerId"
    // holds the manager link. Empty when there is none. The password is never kept (only lastPasswordChangeDateTime).
    QJsonObject user(const QString &idOrUpn) const;
    GraphSimWriteStats writeStats() const;
    // Tenant write quota: at most `writes` writes per sliding `windowSeconds` (Graph: 3,000 per 150 s, the default);
    // beyond it 429 TooManyRequests + Retry-After + x-ms-throttle-information: WriteLimitExceeded. 0 = off.
    void setWriteQuota(int writes, int windowSeconds);
    // Directory replication lag: a user created less than `ms` ago answers 404 to requests by id (GET, PATCH,
    // manager). 0 = off (default).
    void setReplicationLagMs(int ms);

    void addFault(const GraphSimFault &fault);
    void clearFaults();
    void setChaos(const GraphSimChaos &chaos);

    // Starts listening on 127.0.0.1 only. port 0 = ephemeral. With tls=true a self-signed certificate for
    // IP:127.0.0.1 is generated at start (see certificatePem()). Returns the port, or 0 on failure.
    quint16 listen(quint16 port = 0, bool tls = false);
    // e.g. http://127.0.0.1:34567 (no trailing slash; Graph paths start with /v1.0)
    QUrl baseUrl() const;
    QByteArray certificatePem() const;

    // Requests served so far (in order), inner $batch requests included (GraphSimLogEntry::inner). The log file, if
    // set, receives one JSON object per line as they are served.
    QList<GraphSimLogEntry> requestLog() const;
    void clearRequestLog();
    void setRequestLogFile(const QString &path);
    int countRequests(const QString &method, const QString &pathPattern) const;
    // Bounds the in-memory log for long runs (the executable keeps the last 10,000); <= 0 = unlimited (default).
    void setRequestLogCapacity(int maxEntries);

    // One line describing the last failure of listen() or setRequestLogFile(); empty when they succeeded.
    QString errorString() const;

private:
    std::unique_ptr<GraphSimServer> m_server;
    QString m_error;
};
