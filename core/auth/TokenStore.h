#pragma once

#include "core/auth/OAuthError.h"
#include "core/auth/StoredCredentials.h"

#include <QObject>
#include <QString>

#include <chrono>
#include <functional>
#include <optional>

namespace QKeychain {
class Job;
}

// The only place that touches the OS keychain (STYLE §7): QtKeychain, service "clouddir", key
// "<integration-id>/refresh-token", value a small JSON object {refresh_token, tenant, account}. The insecure
// plaintext fallback is switched off on every job, deletes included, and there is no way to turn it on: without a
// keychain every call fails with Kind::Keychain ("keychain unavailable") and nothing is written anywhere else.
//
// When the keychain cannot be reached (no backend, or the Secret Service not up yet right after login) a call is
// tried once more after retryDelay() before it fails (STYLE §7, as Nextcloud's keychainUnavailableRetryLater).
//
// Calls are asynchronous: `done` runs once, from the event loop, unless `context` is destroyed first.
// Thread affinity: the creating thread (QtKeychain talks D-Bus from it).
class TokenStore final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TokenStore)

public:
    using WriteDone = std::function<void(const OAuthError &error)>;
    // nullopt without error: nothing stored for this integration.
    using ReadDone = std::function<void(const std::optional<StoredCredentials> &credentials, const OAuthError &error)>;

    explicit TokenStore(QObject *parent = nullptr);
    ~TokenStore() override;

    // Tests use their own service name so a developer's real entries are never touched.
    void setServiceName(const QString &service) { m_service = service; }
    QString serviceName() const { return m_service; }
    void setRetryDelay(std::chrono::milliseconds delay) { m_retryDelay = delay; }
    std::chrono::milliseconds retryDelay() const { return m_retryDelay; }

    void write(const QString &integrationId, const StoredCredentials &credentials, QObject *context, WriteDone done);
    void read(const QString &integrationId, QObject *context, ReadDone done);
    // Removing an entry that does not exist succeeds.
    void remove(const QString &integrationId, QObject *context, WriteDone done);

    static QString key(const QString &integrationId);

private:
    void prepare(QKeychain::Job *job, const QString &integrationId) const;
    // Starts the job `make` builds; retries once when the keychain is unreachable; then hands it to `handle`.
    void run(std::function<QKeychain::Job *()> make, QObject *context, std::function<void(QKeychain::Job *)> handle,
             int attempt = 1);

    QString m_service = QStringLiteral("clouddir");
    std::chrono::milliseconds m_retryDelay {1000};
};
