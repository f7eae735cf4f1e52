#include "tests/bench/BenchSupport.h"

#include <QCoreApplication>
#include <QElapsedTimer>

#include "tests/graphsim/GraphSimUserGenerator.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QJsonObject>

#include <algorithm>
#include <cstdio>

namespace BenchSupport {

GraphSimProcess::~GraphSimProcess()
{
    stop();
}

QString GraphSimProcess::start(int users, quint32 seed, const QString &token, const QStringList &extraArguments)
{
    const QString program = QCoreApplication::applicationDirPath() + QStringLiteral("/graphsim");
    if (!QFileInfo::exists(program))
        return QStringLiteral("graphsim not found at %1; build the graphsim target").arg(program);
    QStringList arguments {QStringLiteral("--port"),
                           QStringLiteral("0"),
                           QStringLiteral("--users"),
                           QString::number(users),
                           QStringLiteral("--seed"),
                           QString::number(seed),
                           QStringLiteral("--token"),
                           token,
                           QStringLiteral("--exit-on-stdin-eof")};
    arguments += extraArguments;
    m_process.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    m_process.start(program, arguments);
    if (!m_process.waitForStarted(10'000))
        return QStringLiteral("cannot start graphsim: ") + m_process.errorString();
    // Generating 100k users takes a few seconds before the URL line; under load it can take much longer.
    while (!m_process.canReadLine()) {
        if (m_process.state() == QProcess::NotRunning || !m_process.waitForReadyRead(120'000))
            return QStringLiteral("graphsim printed no base URL (exit code %1)").arg(m_process.exitCode());
    }
    m_baseUrl = QString::fromUtf8(m_process.readLine()).trimmed();
    if (!m_baseUrl.startsWith(QLatin1String("http")))
        return QStringLiteral("graphsim printed '%1' instead of a base URL").arg(m_baseUrl);
    return {};
}

void GraphSimProcess::stop()
{
    if (m_process.state() == QProcess::NotRunning)
        return;
    m_process.closeWriteChannel(); // the lifeline: graphsim exits on stdin EOF
    if (!m_process.waitForFinished(10'000)) {
        m_process.kill();
        m_process.waitForFinished(5'000);
    }
}

int expectedEnabledUsers(int users, quint32 seed)
{
    const QList<QJsonObject> generated = GraphSimUserGenerator::generate(users, seed);
    return int(std::count_if(generated.cbegin(), generated.cend(), [](const QJsonObject &user) {
        return user.value(QStringLiteral("accountEnabled")).toBool();
    }));
}

namespace {

// Runs git in the source tree; an empty string when git or the tree is not there (a copied build, say).
QString git(const QStringList &arguments)
{
    QProcess process;
    process.setWorkingDirectory(QStringLiteral(CLOUDDIR_SOURCE_DIR));
    process.start(QStringLiteral("git"), arguments);
    if (!process.waitForFinished(10'000) || process.exitStatus() != QProcess::NormalExit || process.exitCode() != 0)
        return {};
    return QString::fromUtf8(process.readAllStandardOutput()).trimmed();
}

} // namespace

QString commit()
{
    const QString head = git({QStringLiteral("rev-parse"), QStringLiteral("--short"), QStringLiteral("HEAD")});
    return head.isEmpty() ? QStringLiteral(CLOUDDIR_CONFIGURE_COMMIT) : head;
}

bool sourceTreeDirty()
{
    return !git({QStringLiteral("status"), QStringLiteral("--porcelain"), QStringLiteral("--untracked-files=no")})
                .isEmpty();
}

double median(QList<double> values)
{
    if (values.isEmpty())
        return 0.0;
    std::sort(values.begin(), values.end());
    const qsizetype middle = values.size() / 2;
    return values.size() % 2 == 1 ? values.at(middle) : (values.at(middle - 1) + values.at(middle)) / 2.0;
}

int fail(const QString &message, int code)
{
    std::fprintf(stderr, "%s: %s\n", qPrintable(QCoreApplication::applicationName()), qPrintable(message));
    return code;
}

void settle()
{
    QCoreApplication::sendPostedEvents();
    QCoreApplication::processEvents(QEventLoop::AllEvents);
}

double timeMs(const std::function<void()> &fn)
{
    QElapsedTimer clock;
    clock.start();
    fn();
    settle();
    return double(clock.nsecsElapsed()) / 1e6;
}

} // namespace BenchSupport
