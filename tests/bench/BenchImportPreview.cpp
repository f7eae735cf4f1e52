// bench_import_preview: `clouddir import-preview` against the way an admin would do the same job without clouddir
// (tests/bench/peer: the Graph JS SDK's PageIterator + csv-stringify), both against one graphsim --tls child.
// Prints one JSON object; exits 1 when a run fails or the row counts are wrong, 2 when the peer is not installed.
// See tests/bench/README.md.

#include "tests/bench/BenchSupport.h"
#include "tests/bench/ChildSpawner.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QStandardPaths>
#include <QTemporaryDir>

#include <algorithm>
#include <cerrno>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <ctime>
#include <fcntl.h>
#include <sys/resource.h>
#include <sys/wait.h>
#include <unistd.h>

#include <vector>

extern char **environ;

using BenchSupport::fail;

namespace {

constexpr quint32 Seed = 1;

struct ChildRun
{
    QString error; // empty when the child ran and exited 0
    double cpuSeconds = 0.0;
    double wallSeconds = 0.0;
    double peakRssMb = 0.0;
    double rssFloorMb = 0.0; // the spawn helper's own peak, below which no child's peak can be reported
    QByteArray out;
};

double seconds(const timeval &time)
{
    return double(time.tv_sec) + double(time.tv_usec) / 1e6;
}

QByteArray readAll(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

// Runs one client to completion through the helper and returns its own resource use.
ChildRun runChild(const QString &program, const QStringList &arguments, const QStringList &extraEnvironment,
                  const QString &logBase)
{
    ChildRun run;
    const QString outPath = logBase + QStringLiteral(".out");
    const QString errPath = logBase + QStringLiteral(".err");
    QByteArrayList fields {QFile::encodeName(outPath), QFile::encodeName(errPath),
                           QByteArray::number(arguments.size() + 1), QFile::encodeName(program)};
    for (const QString &argument : arguments)
        fields.append(argument.toLocal8Bit());
    // An inherited variable of the same name must go, not just be followed by ours: getenv() returns the first
    // match, and NODE_EXTRA_CA_CERTS (one file only) is often already set to the system bundle.
    for (char **entry = environ; *entry; ++entry) {
        const QByteArray inherited(*entry);
        const QByteArray name = inherited.left(inherited.indexOf('=') + 1);
        const bool overridden =
            std::any_of(extraEnvironment.cbegin(), extraEnvironment.cend(),
                        [&name](const QString &extra) { return extra.toLocal8Bit().startsWith(name); });
        if (!overridden)
            fields.append(inherited);
    }
    for (const QString &entry : extraEnvironment)
        fields.append(entry.toLocal8Bit());

    Spawner::Reply reply;
    if (!Spawner::run(fields, &reply)) {
        run.error = QStringLiteral("the spawn helper is gone");
        return run;
    }
    if (reply.spawnErrno != 0) {
        run.error =
            QStringLiteral("cannot run %1: %2").arg(program, QString::fromLocal8Bit(strerror(reply.spawnErrno)));
        return run;
    }
    run.wallSeconds = reply.wallSeconds;
    run.cpuSeconds = seconds(reply.usage.ru_utime) + seconds(reply.usage.ru_stime);
    run.peakRssMb = double(reply.usage.ru_maxrss) / 1024.0; // Linux reports kilobytes
    run.rssFloorMb = double(reply.helperMaxRssKb) / 1024.0;
    run.out = readAll(outPath);
    const int status = reply.status;
    if (!WIFEXITED(status) || WEXITSTATUS(status) != 0) {
        const QString why = WIFEXITED(status) ? QStringLiteral("exit code %1").arg(WEXITSTATUS(status))
                                              : QStringLiteral("signal %1").arg(WTERMSIG(status));
        run.error = QStringLiteral("%1 failed (%2): %3")
                        .arg(QFileInfo(program).fileName(), why, QString::fromLocal8Bit(readAll(errPath)).trimmed());
    }
    return run;
}

// Data records of an RFC 4180 file (header excluded): line breaks inside quoted cells do not end a record.
qsizetype csvDataRows(const QByteArray &csv)
{
    qsizetype records = 0;
    bool quoted = false;
    for (const char c : csv) {
        if (c == '"')
            quoted = !quoted; // an escaped "" toggles twice, which is the same as not at all
        else if (c == '\n' && !quoted)
            ++records;
    }
    if (!csv.isEmpty() && !csv.endsWith('\n'))
        ++records;
    return records > 0 ? records - 1 : 0;
}

struct ClientSummary
{
    QList<double> cpu;
    QList<double> wall;
    QList<double> rss;
    double rssFloor = 0.0;
    int rows = -1;

    QJsonObject toJson() const
    {
        QJsonArray cpuRuns;
        for (const double value : cpu)
            cpuRuns.append(value);
        return {{QStringLiteral("cpuSeconds"), BenchSupport::median(cpu)},
                {QStringLiteral("wallSeconds"), BenchSupport::median(wall)},
                {QStringLiteral("peakRssMb"), BenchSupport::median(rss)},
                {QStringLiteral("rssFloorMb"), rssFloor},
                {QStringLiteral("cpuSecondsRuns"), cpuRuns}};
    }
};

QString packageVersion(const QString &packageJson)
{
    return QJsonDocument::fromJson(readAll(packageJson)).object().value(QStringLiteral("version")).toString();
}

} // namespace

int main(int argc, char *argv[])
{
    // Before anything grows this process (see Spawner).
    if (!Spawner::startHelper()) {
        std::perror("bench_import_preview: cannot start the spawn helper");
        return 1;
    }
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("bench_import_preview"));
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral(
        "Times clouddir import-preview against the Graph JS SDK + csv-stringify peer on one graphsim --tls."));
    parser.addHelpOption();
    parser.addOption({QStringLiteral("users"), QStringLiteral("Users in the tenant (default 100000)."),
                      QStringLiteral("N"), QStringLiteral("100000")});
    parser.addOption({QStringLiteral("repeat"), QStringLiteral("Runs per client; medians are reported (default 3)."),
                      QStringLiteral("K"), QStringLiteral("3")});
    parser.process(app);
    bool ok = false;
    const int users = parser.value(QStringLiteral("users")).toInt(&ok);
    if (!ok || users < 1)
        return fail(QStringLiteral("--users must be a positive number"));
    const int repeat = parser.value(QStringLiteral("repeat")).toInt(&ok);
    if (!ok || repeat < 1)
        return fail(QStringLiteral("--repeat must be a positive number"));

    const QString binDir = QCoreApplication::applicationDirPath();
    const QString clouddir = binDir + QStringLiteral("/clouddir");
    if (!QFileInfo::exists(clouddir))
        return fail(QStringLiteral("clouddir not found at %1; build the clouddir target").arg(clouddir));
    const QString peerDir = QStringLiteral(CLOUDDIR_SOURCE_DIR "/tests/bench/peer");
    const QString peerScript = peerDir + QStringLiteral("/import-preview.mjs");
    const QString node = QStandardPaths::findExecutable(QStringLiteral("node"));
    const QString sdkPackage = peerDir + QStringLiteral("/node_modules/@microsoft/microsoft-graph-client/package.json");
    const QString csvPackage = peerDir + QStringLiteral("/node_modules/csv-stringify/package.json");
    if (node.isEmpty() || !QFileInfo::exists(sdkPackage) || !QFileInfo::exists(csvPackage)) {
        return fail(QStringLiteral("the peer is not installed (%1); install Node.js 18+ and run "
                                   "`npm ci --prefix tests/bench/peer` in %2")
                        .arg(node.isEmpty() ? QStringLiteral("node is not on PATH")
                                            : QStringLiteral("tests/bench/peer/node_modules is missing"),
                             QStringLiteral(CLOUDDIR_SOURCE_DIR)),
                    2);
    }

    QTemporaryDir dir;
    if (!dir.isValid())
        return fail(QStringLiteral("no temporary directory: ") + dir.errorString());
    const QString token = QStringLiteral("bench-token");
    const QString tokenFile = dir.filePath(QStringLiteral("token.txt"));
    {
        QFile file(tokenFile);
        if (!file.open(QIODevice::WriteOnly) || file.write(token.toUtf8()) < 0)
            return fail(QStringLiteral("cannot write ") + tokenFile);
    }
    const QString cert = dir.filePath(QStringLiteral("graphsim-cert.pem"));

    const int expected = BenchSupport::expectedEnabledUsers(users, Seed);
    BenchSupport::GraphSimProcess graphsim;
    if (const QString error =
            graphsim.start(users, Seed, token, {QStringLiteral("--tls"), QStringLiteral("--cert-out"), cert});
        !error.isEmpty())
        return fail(error);
    const QString url = graphsim.baseUrl();

    ClientSummary clouddirRuns;
    ClientSummary peerRuns;
    const QString clouddirCsv = dir.filePath(QStringLiteral("clouddir.csv"));
    const QString peerCsv = dir.filePath(QStringLiteral("peer.csv"));
    // Interleaved (clouddir, peer, clouddir, ...) so drift in machine load hits both clients alike.
    for (int i = 0; i < repeat; ++i) {
        const ChildRun ours = runChild(clouddir,
                                       {QStringLiteral("import-preview"), QStringLiteral("--graph-url"), url,
                                        QStringLiteral("--access-token-file"), tokenFile, QStringLiteral("--out"),
                                        clouddirCsv, QStringLiteral("--ca-file"), cert, QStringLiteral("--json")},
                                       {}, dir.filePath(QStringLiteral("clouddir")));
        if (!ours.error.isEmpty())
            return fail(ours.error);
        const ChildRun theirs =
            runChild(node, {peerScript, url, tokenFile, peerCsv}, {QStringLiteral("NODE_EXTRA_CA_CERTS=") + cert},
                     dir.filePath(QStringLiteral("peer")));
        if (!theirs.error.isEmpty())
            return fail(theirs.error);
        for (auto [run, summary] : {std::pair {&ours, &clouddirRuns}, std::pair {&theirs, &peerRuns}}) {
            summary->cpu.append(run->cpuSeconds);
            summary->wall.append(run->wallSeconds);
            summary->rss.append(run->peakRssMb);
            summary->rssFloor = std::max(summary->rssFloor, run->rssFloorMb);
            const int reported = QJsonDocument::fromJson(run->out).object().value(QStringLiteral("rows")).toInt(-1);
            if (summary->rows >= 0 && summary->rows != reported)
                return fail(QStringLiteral("a client reported %1 rows, then %2").arg(summary->rows).arg(reported));
            summary->rows = reported;
        }
    }
    graphsim.stop();

    const QByteArray ourBytes = readAll(clouddirCsv);
    const QByteArray theirBytes = readAll(peerCsv);
    const qsizetype ourRows = csvDataRows(ourBytes);
    const qsizetype theirRows = csvDataRows(theirBytes);

    const double ourCpu = BenchSupport::median(clouddirRuns.cpu);
    const double theirCpu = BenchSupport::median(peerRuns.cpu);
    QJsonObject clouddirJson = clouddirRuns.toJson();
    QJsonObject peerJson = peerRuns.toJson();
    peerJson.insert(QStringLiteral("graphClient"), packageVersion(sdkPackage));
    peerJson.insert(QStringLiteral("csvStringify"), packageVersion(csvPackage));
    const QJsonObject result {
        {QStringLiteral("n"), users},
        {QStringLiteral("rows"), qint64(ourRows)},
        {QStringLiteral("expectedRows"), expected},
        {QStringLiteral("repeat"), repeat},
        {QStringLiteral("clouddir"), clouddirJson},
        {QStringLiteral("peer"), peerJson},
        {QStringLiteral("cpuRatio"), theirCpu > 0 ? ourCpu / theirCpu : 0.0},
        {QStringLiteral("wallRatio"),
         BenchSupport::median(peerRuns.wall) > 0
             ? BenchSupport::median(clouddirRuns.wall) / BenchSupport::median(peerRuns.wall)
             : 0.0},
        {QStringLiteral("sameCsvBytes"), ourBytes == theirBytes},
        {QStringLiteral("commit"), BenchSupport::commit()},
        {QStringLiteral("dirty"), BenchSupport::sourceTreeDirty()},
    };
    std::printf("%s\n", QJsonDocument(result).toJson(QJsonDocument::Compact).constData());
    std::fflush(stdout);

    if (ourRows != expected || theirRows != expected || clouddirRuns.rows != expected || peerRuns.rows != expected) {
        return fail(QStringLiteral("wrong row counts: expected %1 enabled users; clouddir CSV %2 (reported %3), "
                                   "peer CSV %4 (reported %5)")
                        .arg(expected)
                        .arg(ourRows)
                        .arg(clouddirRuns.rows)
                        .arg(theirRows)
                        .arg(peerRuns.rows));
    }
    return 0;
}
