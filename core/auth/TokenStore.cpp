#include "core/auth/TokenStore.h"

#include "core/common/Logging.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QPointer>
#include <QTimer>

#include <qt6keychain/keychain.h>

namespace {

OAuthError keychainError(const QKeychain::Job *job)
{
    return OAuthError::make(OAuthError::Kind::Keychain, job->errorString().isEmpty()
                                                            ? QStringLiteral("error %1").arg(int(job->error()))
                                                            : job->errorString());
}

} // namespace

TokenStore::TokenStore(QObject *parent)
    : QObject(parent)
{ }

TokenStore::~TokenStore() = default;

QString TokenStore::key(const QString &integrationId)
{
    return integrationId + QStringLiteral("/refresh-token");
}

void TokenStore::prepare(QKeychain::Job *job, const QString &integrationId) const
{
    // Off for every job, deletes included: a missing keychain must fail, never fall back to a plaintext file.
    job->setInsecureFallback(false);
    job->setAutoDelete(true);
    job->setKey(key(integrationId));
}

void TokenStore::run(std::function<QKeychain::Job *()> make, QObject *context,
                     std::function<void(QKeychain::Job *)> handle, int attempt)
{
    QKeychain::Job *job = make();
    const QPointer<QObject> guard(context);
    connect(job, &QKeychain::Job::finished, context, [this, guard, make, handle, attempt](QKeychain::Job *finished) {
        if (!guard)
            return;
        const QKeychain::Error error = finished->error();
        const bool unreachable = error == QKeychain::NoBackendAvailable || error == QKeychain::OtherError;
        if (unreachable && attempt == 1 && m_retryDelay.count() > 0) {
            qCInfo(lcAuth) << "keychain not reachable; trying once more in" << m_retryDelay.count() << "ms";
            QTimer::singleShot(m_retryDelay, guard.data(),
                               [this, make, context = guard.data(), handle] { run(make, context, handle, 2); });
            return;
        }
        handle(finished);
    });
    job->start();
}

void TokenStore::write(const QString &integrationId, const StoredCredentials &credentials, QObject *context,
                       WriteDone done)
{
    const auto make = [this, integrationId, credentials]() -> QKeychain::Job * {
        auto *job = new QKeychain::WritePasswordJob(m_service, this);
        prepare(job, integrationId);
        QJsonObject value;
        value.insert(QLatin1String("refresh_token"), QString::fromUtf8(credentials.refreshToken.reveal()));
        value.insert(QLatin1String("tenant"), credentials.tenantId);
        value.insert(QLatin1String("account"), credentials.account);
        QByteArray bytes = QJsonDocument(value).toJson(QJsonDocument::Compact);
        job->setBinaryData(bytes);
        bytes.fill('\0');
        return job;
    };
    run(make, context, [done, integrationId](QKeychain::Job *finished) {
        if (finished->error() != QKeychain::NoError) {
            qCWarning(lcAuth) << "keychain write failed for integration" << integrationId << finished->error();
            done(keychainError(finished));
            return;
        }
        qCInfo(lcAuth) << "keychain: stored the sign-in of integration" << integrationId;
        done(OAuthError());
    });
}

void TokenStore::read(const QString &integrationId, QObject *context, ReadDone done)
{
    const auto make = [this, integrationId]() -> QKeychain::Job * {
        auto *job = new QKeychain::ReadPasswordJob(m_service, this);
        prepare(job, integrationId);
        return job;
    };
    run(make, context, [done, integrationId](QKeychain::Job *finished) {
        if (finished->error() == QKeychain::EntryNotFound) {
            done(std::nullopt, OAuthError());
            return;
        }
        if (finished->error() != QKeychain::NoError) {
            qCWarning(lcAuth) << "keychain read failed for integration" << integrationId << finished->error();
            done(std::nullopt, keychainError(finished));
            return;
        }
        const auto *reader = static_cast<QKeychain::ReadPasswordJob *>(finished);
        const QJsonObject value = QJsonDocument::fromJson(reader->binaryData()).object();
        StoredCredentials credentials;
        credentials.refreshToken = Secret(value.value(QLatin1String("refresh_token")).toString().toUtf8());
        credentials.tenantId = value.value(QLatin1String("tenant")).toString();
        credentials.account = value.value(QLatin1String("account")).toString();
        if (credentials.refreshToken.isEmpty()) {
            done(std::nullopt,
                 OAuthError::make(OAuthError::Kind::Keychain, QStringLiteral("the keychain entry is damaged")));
            return;
        }
        done(credentials, OAuthError());
    });
}

void TokenStore::remove(const QString &integrationId, QObject *context, WriteDone done)
{
    const auto make = [this, integrationId]() -> QKeychain::Job * {
        auto *job = new QKeychain::DeletePasswordJob(m_service, this);
        prepare(job, integrationId);
        return job;
    };
    run(make, context, [done, integrationId](QKeychain::Job *finished) {
        if (finished->error() != QKeychain::NoError && finished->error() != QKeychain::EntryNotFound) {
            done(keychainError(finished));
            return;
        }
        qCInfo(lcAuth) << "keychain: removed the sign-in of integration" << integrationId;
        done(OAuthError());
    });
}
