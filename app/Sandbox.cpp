#include "app/Sandbox.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QRandomGenerator>

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("Sandbox", text);
}

QString graphsimProgram()
{
    const QString beside = QDir(QCoreApplication::applicationDirPath()).filePath(QStringLiteral("graphsim"));
    return QFileInfo::exists(beside) ? beside : QString();
}

QByteArray randomToken()
{
    QByteArray bytes(32, Qt::Uninitialized);
    QRandomGenerator::system()->generate(bytes.begin(), bytes.end());
    return bytes.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals);
}

} // namespace

Result<std::unique_ptr<Sandbox>> Sandbox::start(int users)
{
    const QString program = graphsimProgram();
    if (program.isEmpty())
        return makeError(tr("The sandbox needs graphsim next to clouddir in %1; build it with ./run.sh --sandbox.")
                             .arg(QCoreApplication::applicationDirPath()));

    std::unique_ptr<Sandbox> sandbox(new Sandbox);
    if (!sandbox->m_directory.isValid())
        return makeError(tr("Cannot create a temporary folder for the sandbox directory: %1")
                             .arg(sandbox->m_directory.errorString()));
    sandbox->m_token = Secret(randomToken());

    // Some latency makes the demo page in like a real tenant; a fixed seed gives every run the same people.
    const QStringList arguments {QStringLiteral("--port"),
                                 QStringLiteral("0"),
                                 QStringLiteral("--users"),
                                 QString::number(users),
                                 QStringLiteral("--seed"),
                                 QStringLiteral("2026"),
                                 QStringLiteral("--latency"),
                                 QStringLiteral("150"),
                                 QStringLiteral("--token"),
                                 QString::fromLatin1(sandbox->m_token.reveal()),
                                 QStringLiteral("--exit-on-stdin-eof")};
    QProcess &process = sandbox->m_process;
    process.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    process.start(program, arguments);
    if (!process.waitForStarted(5000))
        return makeError(tr("Cannot start graphsim (%1): %2").arg(program, process.errorString()));
    // Startup only: the window is not shown yet, so this short wait blocks nothing the admin sees.
    while (!process.canReadLine()) {
        if (!process.waitForReadyRead(10000))
            return makeError(tr("graphsim did not report its address within 10 s (%1).").arg(process.errorString()));
    }
    const QString line = QString::fromUtf8(process.readLine()).trimmed();
    sandbox->m_graphUrl = QUrl(line, QUrl::StrictMode);
    if (!sandbox->m_graphUrl.isValid() || sandbox->m_graphUrl.host() != u"127.0.0.1")
        return makeError(tr("graphsim printed an unexpected address: %1").arg(line));
    return sandbox;
}

Sandbox::~Sandbox()
{
    if (m_process.state() == QProcess::NotRunning)
        return;
    m_process.closeWriteChannel(); // the lifeline: graphsim exits on stdin EOF
    if (!m_process.waitForFinished(2000)) {
        m_process.terminate();
        if (!m_process.waitForFinished(2000))
            m_process.kill();
    }
}

QString Sandbox::databasePath() const
{
    return m_directory.filePath(QStringLiteral("directory.sqlite"));
}
