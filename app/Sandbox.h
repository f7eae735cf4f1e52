#pragma once

#include "core/common/Result.h"
#include "core/common/Secret.h"

#include <QProcess>
#include <QTemporaryDir>
#include <QUrl>

#include <memory>

// `clouddir --sandbox`: a demo tenant served by a graphsim child process on 127.0.0.1, and a throwaway directory
// database, both gone when the app exits. graphsim quits by itself when our end of its stdin closes, so even a crash
// of clouddir leaves no server behind.
//
// The bearer token is random per run and passed on graphsim's command line: it opens only this demo tenant, never a
// real one.
class Sandbox final
{
public:
    static constexpr int DemoUsers = 2000;

    [[nodiscard]] static Result<std::unique_ptr<Sandbox>> start(int users = DemoUsers);
    ~Sandbox();
    Q_DISABLE_COPY_MOVE(Sandbox)

    QUrl graphUrl() const { return m_graphUrl; }
    const Secret &accessToken() const { return m_token; }
    // The throwaway SQLite directory of this run.
    QString databasePath() const;

private:
    Sandbox() = default;

    QProcess m_process;
    QTemporaryDir m_directory;
    QUrl m_graphUrl;
    Secret m_token;
};
