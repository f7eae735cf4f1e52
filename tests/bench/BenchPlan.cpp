// Plan for 100,000 bound users against graphsim (a child process): reading M365 state must cost at most one request
// per 999 users, planning itself at most 1 s CPU, and the process at most 400 MB peak RSS. Prints one JSON object.
// Directory: 100,000 users bound directly, manager export on; tenant: 90,000 of them exist (takeover, a third with
// a changed job title), 10,000 are new (create), every user's manager is the previous user.
#include "BenchSupport.h"

#include "core/graph/GraphClient.h"
#include "core/graph/StaticTokenProvider.h"
#include "core/mapping/BuiltInMappings.h"
#include "core/sync/M365StateReader.h"
#include "core/sync/Planner.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QTemporaryDir>

#include <ctime>

namespace {

double cpuSeconds()
{
    timespec ts {};
    clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &ts);
    return double(ts.tv_sec) + double(ts.tv_nsec) / 1e9;
}

qint64 peakRssKb()
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray &line : status.readAll().split('\n')) {
        if (line.startsWith("VmHWM:"))
            return line.mid(6).trimmed().split(' ').value(0).toLongLong();
    }
    return -1;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const int users = argc > 1 ? QByteArray(argv[1]).toInt() : 100000;
    const int existing = users - users / 10;
    QTemporaryDir dir;
    QJsonArray tenant;
    QList<User> directory;
    directory.reserve(users);
    PlanInput input;
    input.integrationId = QStringLiteral("bench");
    input.integrationName = QStringLiteral("Bench");
    input.settings.domains = {QStringLiteral("northwind-labs.com")};
    input.settings.exportManager = true;
    input.verifiedDomains = QStringList {QStringLiteral("northwind-labs.com")};
    QList<Mapping> stored;
    for (const Mapping &m : BuiltInMappings::optional(input.integrationId)) {
        if (m.builtIn == u"user_job_title" || m.builtIn == u"user_department")
            stored.append(m);
    }
    input.mappings = BuiltInMappings::withDefaults(input.integrationId, stored);
    for (int i = 0; i < users; ++i) {
        User u;
        u.id = QStringLiteral("u%1").arg(i);
        u.username = QStringLiteral("user%1").arg(i);
        u.email = QStringLiteral("user%1@northwind-labs.com").arg(i);
        u.firstname = QStringLiteral("First%1").arg(i);
        u.lastname = QStringLiteral("Last");
        u.jobTitle = QStringLiteral("Engineer");
        u.department = QStringLiteral("R&D");
        u.managerId = i > 0 ? QStringLiteral("u%1").arg(i - 1) : QString();
        input.bound.insert(u.id);
        if (i < existing) {
            QJsonObject a {{QStringLiteral("id"), QStringLiteral("m%1").arg(i)},
                           {QStringLiteral("userPrincipalName"), u.email},
                           {QStringLiteral("accountEnabled"), true},
                           {QStringLiteral("givenName"), u.firstname},
                           {QStringLiteral("surname"), u.lastname},
                           {QStringLiteral("displayName"), u.firstname + QStringLiteral(" Last")},
                           {QStringLiteral("jobTitle"), i % 3 == 0 ? QStringLiteral("Intern") : u.jobTitle},
                           {QStringLiteral("department"), u.department}};
            if (i > 0)
                a.insert(QStringLiteral("managerId"), QStringLiteral("m%1").arg(i - 1));
            tenant.append(a);
        }
        directory.append(u);
    }
    input.users = directory;
    const QString tenantFile = dir.filePath(QStringLiteral("tenant.json"));
    const QString logFile = dir.filePath(QStringLiteral("graphsim.log"));
    {
        QFile f(tenantFile);
        if (!f.open(QIODevice::WriteOnly))
            return BenchSupport::fail(QStringLiteral("cannot write the tenant file"));
        f.write(QJsonDocument(QJsonObject {{QStringLiteral("users"), tenant}}).toJson(QJsonDocument::Compact));
    }
    tenant = QJsonArray();
    directory.clear();

    BenchSupport::GraphSimProcess graphsim;
    if (const QString error =
            graphsim.start(0, 1, QStringLiteral("bench-token"),
                           {QStringLiteral("--tenant"), tenantFile, QStringLiteral("--log"), logFile});
        !error.isEmpty())
        return BenchSupport::fail(error);

    QNetworkAccessManager network;
    StaticTokenProvider tokens(Secret(QByteArrayLiteral("bench-token")));
    GraphClient client(&network, &tokens);
    client.setBaseUrl(QUrl(graphsim.baseUrl()));
    QElapsedTimer wall;
    wall.start();
    const double cpuStart = cpuSeconds();
    M365StateReader reader(&client, Planner::exportedProperties(input.mappings));
    QEventLoop loop;
    QObject::connect(&reader, &M365StateReader::finished, &loop, &QEventLoop::quit);
    reader.start();
    loop.exec();
    if (!reader.error().isEmpty())
        return BenchSupport::fail(reader.error());
    const double readSeconds = double(wall.elapsed()) / 1000.0;
    const double readCpu = cpuSeconds() - cpuStart;

    const double planCpuStart = cpuSeconds();
    QElapsedTimer planWall;
    planWall.start();
    auto plan = Planner::plan(input, reader.state());
    const double planCpu = cpuSeconds() - planCpuStart;
    const double planSeconds = double(planWall.elapsed()) / 1000.0;
    if (!plan)
        return BenchSupport::fail(plan.error().message);
    graphsim.stop();

    int requests = 0;
    QFile log(logFile);
    if (log.open(QIODevice::ReadOnly))
        requests = int(log.readAll().count('\n'));
    const QMap<QString, int> counts = plan->counts();
    QJsonObject countObject;
    for (auto it = counts.cbegin(); it != counts.cend(); ++it)
        countObject.insert(it.key(), it.value());
    const int maxRequests = (users + 998) / 999;
    const bool ok = counts.value(QStringLiteral("create")) == users - existing
                    && counts.value(QStringLiteral("takeover")) == existing && requests <= maxRequests
                    && reader.state().size() == existing;
    const QJsonObject result {{QStringLiteral("bench"), QStringLiteral("plan")},
                              {QStringLiteral("commit"), BenchSupport::commit()},
                              {QStringLiteral("users"), users},
                              {QStringLiteral("accounts"), reader.state().size()},
                              {QStringLiteral("requests"), requests},
                              {QStringLiteral("requestsAllowed"), maxRequests},
                              {QStringLiteral("readWallSeconds"), readSeconds},
                              {QStringLiteral("readCpuSeconds"), readCpu},
                              {QStringLiteral("planWallSeconds"), planSeconds},
                              {QStringLiteral("planCpuSeconds"), planCpu},
                              {QStringLiteral("peakRssMB"), double(peakRssKb()) / 1024.0},
                              {QStringLiteral("counts"), countObject},
                              {QStringLiteral("ok"), ok}};
    std::printf("%s\n", QJsonDocument(result).toJson(QJsonDocument::Compact).constData());
    return ok ? 0 : 1;
}
