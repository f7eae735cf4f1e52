// graphsim: runs the Microsoft Graph stand-in as its own process for benchmarks and `clouddir --sandbox`.
// Prints the base URL as the first stdout line once listening; errors are one stderr line and exit code 1.
#include "tests/graphsim/GraphSim.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QFile>
#include <QLoggingCategory>
#include <QSocketNotifier>

#include <cstdio>
#include <unistd.h>

using namespace Qt::StringLiterals;

namespace {

int fail(const QString &message)
{
    std::fprintf(stderr, "graphsim: %s\n", qUtf8Printable(message));
    return 1;
}

bool parseProbability(const QCommandLineParser &parser, const QString &name, double *out)
{
    if (!parser.isSet(name))
        return true;
    bool ok = false;
    *out = parser.value(name).toDouble(&ok);
    return ok && *out >= 0.0 && *out <= 1.0;
}

bool parseInt(const QCommandLineParser &parser, const QString &name, int min, int max, int *out)
{
    if (!parser.isSet(name))
        return true;
    bool ok = false;
    *out = parser.value(name).toInt(&ok);
    return ok && *out >= min && *out <= max;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(u"graphsim"_s);
    QCoreApplication::setApplicationVersion(QStringLiteral(CLOUDDIR_VERSION));

    QCommandLineParser parser;
    parser.setApplicationDescription(u"Microsoft Graph v1.0 stand-in on 127.0.0.1 for clouddir tests."_s);
    parser.addHelpOption();
    parser.addVersionOption();
    parser.addOptions({
        {u"port"_s, u"Port to listen on (0 = ephemeral)."_s, u"N"_s, u"0"_s},
        {u"users"_s, u"Generate N users (default 100)."_s, u"N"_s, u"100"_s},
        {u"seed"_s, u"Seed for generated users."_s, u"S"_s, u"1"_s},
        {u"tenant"_s, u"Load users from a {\"users\":[...]} JSON file instead of generating them."_s, u"FILE"_s},
        {u"token"_s, u"Accepted bearer token (repeatable; none = any non-empty token)."_s, u"T"_s},
        {u"tls"_s, u"Serve https with a freshly generated self-signed certificate."_s},
        {u"cert-out"_s, u"Write the TLS certificate (PEM) to FILE."_s, u"FILE"_s},
        {u"p429"_s, u"Probability of a random 429."_s, u"P"_s},
        {u"p503"_s, u"Probability of a random 503."_s, u"P"_s},
        {u"plost"_s, u"Probability that a write is applied but its reply is lost (connection aborted)."_s, u"P"_s},
        {u"pdrop"_s, u"Probability that a write is applied and its reply cut off halfway."_s, u"P"_s},
        {u"write-quota"_s, u"Writes allowed per window (default 3000; 0 = no quota)."_s, u"N"_s},
        {u"write-window-seconds"_s, u"Length of the sliding write window (default 150; 0 = no quota)."_s, u"S"_s},
        {u"replication-lag-ms"_s, u"New users answer 404 by id for this long after creation (default 0)."_s, u"MS"_s},
        {u"retry-after"_s, u"Retry-After seconds on random 429/503 (default 1)."_s, u"S"_s},
        {u"latency"_s, u"Fixed latency per request in milliseconds."_s, u"MS"_s},
        {u"log"_s, u"Append one JSON line per request to FILE."_s, u"FILE"_s},
        {u"exit-on-stdin-eof"_s, u"Quit when stdin closes (the parent's lifeline)."_s},
    });
    parser.process(app);

    GraphSim sim;
    // Nobody reads the in-memory log of a standalone server; --log FILE keeps the full record.
    sim.setRequestLogCapacity(10'000);
    int port = 0;
    int users = 100;
    if (!parseInt(parser, u"port"_s, 0, 65535, &port))
        return fail(u"--port must be 0..65535"_s);
    if (!parseInt(parser, u"users"_s, 0, 10'000'000, &users))
        return fail(u"--users must be a non-negative number"_s);
    bool seedOk = false;
    const quint32 seed = parser.value(u"seed"_s).toUInt(&seedOk);
    if (!seedOk)
        return fail(u"--seed must be an unsigned number"_s);

    if (parser.isSet(u"tenant"_s)) {
        const QString error = sim.loadTenantFile(parser.value(u"tenant"_s));
        if (!error.isEmpty())
            return fail(error);
    } else {
        sim.generateUsers(users, seed);
    }
    sim.setAcceptedTokens(parser.values(u"token"_s));

    GraphSimChaos chaos;
    if (!parseProbability(parser, u"p429"_s, &chaos.p429) || !parseProbability(parser, u"p503"_s, &chaos.p503)
        || !parseProbability(parser, u"plost"_s, &chaos.pLost) || !parseProbability(parser, u"pdrop"_s, &chaos.pDrop))
        return fail(u"--p429, --p503, --plost and --pdrop must be probabilities between 0 and 1"_s);
    if (chaos.p429 + chaos.p503 + chaos.pLost + chaos.pDrop > 1.0)
        return fail(u"--p429 + --p503 + --plost + --pdrop must not exceed 1"_s);
    int writeQuota = 3000;
    int writeWindow = 150;
    int lagMs = 0;
    if (!parseInt(parser, u"write-quota"_s, 0, 100'000'000, &writeQuota)
        || !parseInt(parser, u"write-window-seconds"_s, 0, 86'400, &writeWindow))
        return fail(u"--write-quota must be 0..100000000 and --write-window-seconds 0..86400"_s);
    if (!parseInt(parser, u"replication-lag-ms"_s, 0, 600'000, &lagMs))
        return fail(u"--replication-lag-ms must be 0..600000"_s);
    sim.setWriteQuota(writeQuota, writeWindow);
    sim.setReplicationLagMs(lagMs);
    if (!parseInt(parser, u"retry-after"_s, 0, 3600, &chaos.retryAfterSeconds))
        return fail(u"--retry-after must be 0..3600 seconds"_s);
    if (!parseInt(parser, u"latency"_s, 0, 600'000, &chaos.latencyMs))
        return fail(u"--latency must be 0..600000 ms"_s);
    chaos.seed = seed;
    sim.setChaos(chaos);

    if (parser.isSet(u"log"_s)) {
        sim.setRequestLogFile(parser.value(u"log"_s));
        if (!sim.errorString().isEmpty())
            return fail(sim.errorString());
    }

    const bool tls = parser.isSet(u"tls"_s);
    if (parser.isSet(u"cert-out"_s) && !tls)
        return fail(u"--cert-out needs --tls"_s);
    // QtHttpServer logs its own message (at critical level) when listen() fails; silence it for this call so the
    // contract "errors are one stderr line" holds.
    QLoggingCategory::setFilterRules(u"qt.httpserver=false"_s);
    const quint16 bound = sim.listen(static_cast<quint16>(port), tls);
    QLoggingCategory::setFilterRules(QString());
    if (bound == 0)
        return fail(sim.errorString());

    if (parser.isSet(u"cert-out"_s)) {
        QFile out(parser.value(u"cert-out"_s));
        if (!out.open(QIODevice::WriteOnly | QIODevice::Truncate) || out.write(sim.certificatePem()) < 0)
            return fail(u"cannot write %1: %2"_s.arg(out.fileName(), out.errorString()));
    }

    std::unique_ptr<QSocketNotifier> lifeline;
    if (parser.isSet(u"exit-on-stdin-eof"_s)) {
        // The parent keeps our stdin open; when it dies (even by SIGKILL) the pipe closes and we follow, so no
        // orphaned graphsim keeps a port. Input itself is read and ignored.
        lifeline = std::make_unique<QSocketNotifier>(STDIN_FILENO, QSocketNotifier::Read);
        QObject::connect(lifeline.get(), &QSocketNotifier::activated, &app, [&lifeline] {
            char buffer[4096];
            const ssize_t n = ::read(STDIN_FILENO, buffer, sizeof buffer);
            if (n <= 0) {
                lifeline->setEnabled(false);
                QCoreApplication::quit();
            }
        });
    }

    // The first stdout line is the contract with whoever started us: the base URL, flushed at once.
    std::printf("%s\n", qUtf8Printable(sim.baseUrl().toString()));
    std::fflush(stdout);
    return app.exec();
}
