// The outbox executor's throughput against graphsim (a child process, so its CPU is not the client's) (issue 7).
// Prints one JSON object; exits 1 when a run's result is wrong (a row not done, a write missing or repeated).
//
// 1. Quota off: --updates (10,000) PATCHes queued on a SQLite directory, drained with the product's options
//    (4 $batch requests of 20 in flight): operations per second, client CPU ms per operation.
// 2. Quota on, scaled down: --quota writes per --window seconds (300 per 15 s, Graph's 3,000 per 150 s / 10) and
//    --quota-updates (1,200: at least 45 s of quota) PATCHes. The best possible drain time is
//    (updates - quota) / quota × window (the first window's writes go at once); quotaShare = best / actual.
//    Also the 429s graphsim sent, and how many writes it accepted (each accepted write is one row: no repeats).
#include "BenchSupport.h"

#include "core/directory/OutboxTable.h"
#include "core/directory/Store.h"
#include "core/graph/GraphClient.h"
#include "core/graph/StaticTokenProvider.h"
#include "core/sync/Executor.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QTemporaryDir>

#include <ctime>

namespace {

const QString Token = QStringLiteral("bench-token");

double cpuSeconds()
{
    timespec ts {};
    clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &ts);
    return double(ts.tv_sec) + double(ts.tv_nsec) / 1e9;
}

QJsonObject getJson(QNetworkAccessManager &nam, const QUrl &url)
{
    QNetworkReply *reply = nam.get(QNetworkRequest(url));
    QEventLoop loop;
    QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
    loop.exec();
    const QJsonObject o = QJsonDocument::fromJson(reply->readAll()).object();
    reply->deleteLater();
    return o;
}

struct Run
{
    QString error;
    int updates = 0;
    double wallSeconds = 0;
    double cpuSeconds = 0;
    ExecutorCounts counts;
    QJsonObject state; // graphsim's /_graphsim/state counters
};

// Queues `updates` PATCHes (one per account) on a fresh SQLite directory and drains them against a fresh graphsim.
Run drain(int updates, const QStringList &graphsimArguments)
{
    Run run;
    run.updates = updates;
    QTemporaryDir dir;
    QJsonArray tenant;
    for (int i = 0; i < updates; ++i)
        tenant.append(
            QJsonObject {{QStringLiteral("id"), QStringLiteral("m-%1").arg(i)},
                         {QStringLiteral("userPrincipalName"), QStringLiteral("b%1@northwind-labs.com").arg(i)},
                         {QStringLiteral("displayName"), QStringLiteral("B %1").arg(i)},
                         {QStringLiteral("accountEnabled"), true}});
    const QString tenantFile = dir.filePath(QStringLiteral("tenant.json"));
    QFile f(tenantFile);
    if (!f.open(QIODevice::WriteOnly)) {
        run.error = QStringLiteral("cannot write %1").arg(tenantFile);
        return run;
    }
    f.write(QJsonDocument(QJsonObject {{QStringLiteral("users"), tenant}}).toJson(QJsonDocument::Compact));
    f.close();

    auto opened = Store::open(dir.filePath(QStringLiteral("directory.sqlite")));
    if (!opened) {
        run.error = opened.error().message;
        return run;
    }
    std::unique_ptr<Store> store = std::move(*opened);
    Integration integration;
    integration.name = QStringLiteral("Bench");
    integration = store->createIntegration(integration).value();
    QList<User> users;
    for (int i = 0; i < updates; ++i) {
        User u;
        u.username = QStringLiteral("b%1").arg(i);
        u.email = u.username + QStringLiteral("@northwind-labs.com");
        users.append(u);
    }
    OutboxBatch batch;
    batch.integrationId = integration.id;
    if (auto inserted = store->insertUsers(users); !inserted) {
        run.error = inserted.error().message;
        return run;
    }
    const QList<User> stored = store->users().value();
    for (const User &u : stored) {
        batch.change.bindUsers.append(u.id);
        OutboxEntry e;
        e.seq = int(batch.entries.size());
        e.userId = u.id;
        e.op = QStringLiteral("update");
        e.upn = u.email;
        e.m365Id = QStringLiteral("m-") + u.username.mid(1);
        e.payload = QString::fromUtf8(
            QJsonDocument(QJsonObject {{QStringLiteral("id"), e.m365Id},
                                       {QStringLiteral("body"),
                                        QJsonObject {{QStringLiteral("jobTitle"), QStringLiteral("Bench")}}}})
                .toJson(QJsonDocument::Compact));
        batch.entries.append(e);
    }
    if (auto committed = store->outbox().commit(batch); !committed) {
        run.error = committed.error().message;
        return run;
    }

    BenchSupport::GraphSimProcess graphsim;
    if (const QString error =
            graphsim.start(0, 1, Token, QStringList {QStringLiteral("--tenant"), tenantFile} + graphsimArguments);
        !error.isEmpty()) {
        run.error = error;
        return run;
    }
    QNetworkAccessManager nam;
    StaticTokenProvider tokens(Secret(Token.toUtf8()));
    GraphClient client(&nam, &tokens);
    client.setBaseUrl(QUrl(graphsim.baseUrl()));
    Executor executor(store->spec(), integration, &client, ExecutorOptions());
    QEventLoop loop;
    QObject::connect(&executor, &Executor::finished, &loop, &QEventLoop::quit);
    QElapsedTimer wall;
    wall.start();
    const double cpu = cpuSeconds();
    executor.runUntilEmpty();
    loop.exec();
    run.cpuSeconds = cpuSeconds() - cpu;
    run.wallSeconds = double(wall.elapsed()) / 1000.0;
    run.counts = executor.counts();
    if (!executor.errorString().isEmpty())
        run.error = executor.errorString();
    QJsonObject state = getJson(nam, QUrl(graphsim.baseUrl() + QStringLiteral("/_graphsim/state")));
    int updated = 0;
    for (const QJsonValue v : state.value(QStringLiteral("users")).toArray())
        updated += v.toObject().value(QStringLiteral("jobTitle")).toString() == u"Bench" ? 1 : 0;
    state.remove(QStringLiteral("users"));
    state.insert(QStringLiteral("accountsUpdated"), updated);
    run.state = state;
    const auto summary = store->outbox().summary(integration.id, QDateTime::currentMSecsSinceEpoch());
    if (run.error.isEmpty() && (!summary || summary->done != updates || updated != updates))
        run.error = QStringLiteral("%1 of %2 rows done, %3 accounts updated")
                        .arg(summary ? summary->done : -1)
                        .arg(updates)
                        .arg(updated);
    return run;
}

QJsonObject countsJson(const ExecutorCounts &c)
{
    return {{QStringLiteral("done"), c.done},
            {QStringLiteral("retried"), c.retried},
            {QStringLiteral("failed"), c.failed},
            {QStringLiteral("batches"), c.batches}};
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.addHelpOption();
    parser.addOptions(
        {{QStringLiteral("updates"), QStringLiteral("PATCHes with the quota off."), QStringLiteral("N"),
          QStringLiteral("10000")},
         {QStringLiteral("quota-updates"), QStringLiteral("PATCHes with the quota on."), QStringLiteral("N"),
          QStringLiteral("1200")},
         {QStringLiteral("quota"), QStringLiteral("Writes per window."), QStringLiteral("N"), QStringLiteral("300")},
         {QStringLiteral("window"), QStringLiteral("Window seconds."), QStringLiteral("S"), QStringLiteral("15")}});
    parser.process(app);
    const int updates = parser.value(QStringLiteral("updates")).toInt();
    const int quotaUpdates = parser.value(QStringLiteral("quota-updates")).toInt();
    const int quota = parser.value(QStringLiteral("quota")).toInt();
    const int window = parser.value(QStringLiteral("window")).toInt();

    const Run open = drain(updates, {QStringLiteral("--write-quota"), QStringLiteral("0")});
    if (!open.error.isEmpty())
        return BenchSupport::fail(QStringLiteral("quota off: ") + open.error);
    const Run limited = drain(quotaUpdates, {QStringLiteral("--write-quota"), QString::number(quota),
                                             QStringLiteral("--write-window-seconds"), QString::number(window)});
    if (!limited.error.isEmpty())
        return BenchSupport::fail(QStringLiteral("quota on: ") + limited.error);
    const double best = double(std::max(0, quotaUpdates - quota)) / double(quota) * double(window);
    const int accepted = limited.state.value(QStringLiteral("writesAccepted")).toInt();
    const bool ok = open.state.value(QStringLiteral("writesAccepted")).toInt() == updates && accepted == quotaUpdates;
    const QJsonObject result {
        {QStringLiteral("bench"), QStringLiteral("executor")},
        {QStringLiteral("commit"), BenchSupport::commit()},
        {QStringLiteral("dirty"), BenchSupport::sourceTreeDirty()},
        {QStringLiteral("quotaOff"),
         QJsonObject {{QStringLiteral("updates"), updates},
                      {QStringLiteral("wallSeconds"), open.wallSeconds},
                      {QStringLiteral("operationsPerSecond"), double(updates) / open.wallSeconds},
                      {QStringLiteral("clientCpuSeconds"), open.cpuSeconds},
                      {QStringLiteral("clientCpuMsPerOperation"), open.cpuSeconds * 1000.0 / double(updates)},
                      {QStringLiteral("counts"), countsJson(open.counts)},
                      {QStringLiteral("graphsim"), open.state}}},
        {QStringLiteral("quotaOn"),
         QJsonObject {{QStringLiteral("updates"), quotaUpdates},
                      {QStringLiteral("quota"), quota},
                      {QStringLiteral("windowSeconds"), window},
                      {QStringLiteral("wallSeconds"), limited.wallSeconds},
                      {QStringLiteral("bestSeconds"), best},
                      {QStringLiteral("quotaShare"), limited.wallSeconds > 0 ? best / limited.wallSeconds : 0.0},
                      {QStringLiteral("throttled"), limited.state.value(QStringLiteral("throttled")).toInt()},
                      {QStringLiteral("clientCpuSeconds"), limited.cpuSeconds},
                      {QStringLiteral("counts"), countsJson(limited.counts)},
                      {QStringLiteral("graphsim"), limited.state}}},
        {QStringLiteral("ok"), ok}};
    std::printf("%s\n", QJsonDocument(result).toJson(QJsonDocument::Compact).constData());
    return ok ? 0 : 1;
}
