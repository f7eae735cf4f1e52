#pragma once

#include "core/common/Result.h"
#include "core/common/Secret.h"

#include <QObject>
#include <QString>

#include <chrono>
#include <functional>
#include <optional>

namespace QKeychain {
class Job;
}

// A password an admin typed for a user, held in the OS keychain until Graph has accepted it (DESIGN.md "Secrets",
// cloud-directories.md §2.1) and nowhere else: QtKeychain, service "clouddir", key
// "<integration-id>/password/<user-id>", value the UTF-8 bytes of the password. The insecure plaintext fallback is
// off on every job, deletes included: without a keychain every call fails and nothing is written anywhere else.
// An unreachable keychain is tried once more after retryDelay() (as TokenStore does).
//
// UserEditor writes the entry and queues an update row whose payload says "password": "keychain"; the executor reads
// it, sends passwordProfile, and removes the entry once Graph confirmed.
//
// Asynchronous calls run `done` once, from the event loop, unless `context` is destroyed first; call them on the
// store's thread. Create the store on the application's main thread: QtKeychain runs every job through one executor
// object that lives there, so jobs started on two threads crash it. The *Now calls may be made from any thread: on
// the store's thread they wait in a local event loop (the command line); from a worker thread (the executor) they
// hand the job to the store's thread, which must be running its event loop, and block until it answers (at most
// two minutes). Never call a *Now function from the GUI thread: it would block the window.
class PasswordStore final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PasswordStore)

public:
    using WriteDone = std::function<void(const Result<void> &result)>;
    // nullopt: nothing stored for this user.
    using ReadDone = std::function<void(const Result<std::optional<Secret>> &result)>;

    explicit PasswordStore(QObject *parent = nullptr);
    ~PasswordStore() override;

    // Tests use their own service name so a developer's real entries are never touched.
    void setServiceName(const QString &service) { m_service = service; }
    QString serviceName() const { return m_service; }
    void setRetryDelay(std::chrono::milliseconds delay) { m_retryDelay = delay; }

    // An empty password is refused (Graph refuses it too).
    void write(const QString &integrationId, const QString &userId, const Secret &password, QObject *context,
               WriteDone done);
    void read(const QString &integrationId, const QString &userId, QObject *context, ReadDone done);
    // Removing an entry that does not exist succeeds.
    void remove(const QString &integrationId, const QString &userId, QObject *context, WriteDone done);

    [[nodiscard]] Result<void> writeNow(const QString &integrationId, const QString &userId, const Secret &password);
    [[nodiscard]] Result<std::optional<Secret>> readNow(const QString &integrationId, const QString &userId);
    [[nodiscard]] Result<void> removeNow(const QString &integrationId, const QString &userId);

    static QString key(const QString &integrationId, const QString &userId);

private:
    void prepare(QKeychain::Job *job, const QString &integrationId, const QString &userId) const;
    // Starts the job `make` builds; retries once when the keychain is unreachable; then hands it to `handle`.
    void run(std::function<QKeychain::Job *()> make, QObject *context, std::function<void(QKeychain::Job *)> handle,
             int attempt = 1);

    QString m_service = QStringLiteral("clouddir");
    std::chrono::milliseconds m_retryDelay {1000};
};
