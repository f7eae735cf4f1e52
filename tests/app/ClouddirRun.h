#pragma once

#include <QProcess>
#include <QSignalSpy>
#include <QString>
#include <QStringList>

// What one run of the built clouddir binary printed and returned (CLOUDDIR_BINARY is defined per test target).
struct ClouddirRun
{
    int exitCode = -1; // -1 when it crashed or was killed
    QString out;
    QString err;
};

// Runs `clouddir arguments…` as an admin or a script would. Waits while spinning this thread's event loop, so an
// in-process graphsim keeps answering; kills the process after timeoutMs.
inline ClouddirRun runClouddir(const QStringList &arguments, int timeoutMs = 60000)
{
    QProcess process;
    process.setProgram(QStringLiteral(CLOUDDIR_BINARY));
    process.setArguments(arguments);
    QSignalSpy finished(&process, &QProcess::finished);
    process.start();
    if (!finished.wait(timeoutMs)) {
        process.kill();
        process.waitForFinished();
    }
    ClouddirRun result;
    result.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    result.out = QString::fromUtf8(process.readAllStandardOutput());
    result.err = QString::fromUtf8(process.readAllStandardError());
    return result;
}
