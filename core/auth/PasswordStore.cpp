#include "core/auth/PasswordStore.h"

#include "core/common/Logging.h"

#include <QCoreApplication>
#include <QEventLoop>
#include <QPointer>
#include <QSemaphore>
#include <QThread>
#include <QTimer>

#include <qt6keychain/keychain.h>

#include <memory>

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("PasswordStore", text);
}

QString reasonOf(const QKeychain::Job *job)
{
    return job->errorString().isEmpty() ? QStringLiteral("error %1").arg(int(job->error())) : job->errorString();
}

Error keychainError(const QKeychain::Job *job, const QString &what)
{
    return makeError(tr("The OS keychain could not %1: %2. clouddir keeps passwords only in the keychain; unlock it "
                        "(or start a Secret Service such as gnome-keyring) and try again.")
                         .arg(what, reasonOf(job)));
}

// How long a call from another thread waits for the keychain before it gives up.
constexpr std::chrono::minutes CrossThreadWait {2};

// Runs `start` on owner's thread and waits for its report: in a local event loop when called on that thread, else
// blocking the caller while owner's thread (which must run its event loop) does the work.
template <typename T, typename Start>
T waitFor(QObject *owner, Start start)
{
    if (QThread::currentThread() == owner->thread()) {
        std::optional<T> result;
        QEventLoop loop;
        start(owner, [&](const T &value) {
            result = value;
            loop.quit();
        });
        if (!result)
            loop.exec();
        return *result;
    }
    struct State
    {
        QSemaphore done;
        std::optional<T> result;
    };
    auto state = std::make_shared<State>();
    QMetaObject::invokeMethod(
        owner,
        [owner, start, state] {
            start(owner, [state](const T &value) {
                state->result = value;
                state->done.release();
            });
        },
        Qt::QueuedConnection);
    if (!state->done.tryAcquire(1, int(std::chrono::milliseconds(CrossThreadWait).count())))
        return T(makeError(tr("The OS keychain did not answer within two minutes. Unlock it and try again.")));
    return *state->result;
}

} // namespace

PasswordStore::PasswordStore(QObject *parent)
    : QObject(parent)
{ }

PasswordStore::~PasswordStore() = default;

QString PasswordStore::key(const QString &integrationId, const QString &userId)
{
    return integrationId + QStringLiteral("/password/") + userId;
}

void PasswordStore::prepare(QKeychain::Job *job, const QString &integrationId, const QString &userId) const
{
    // Off for every job, deletes included: a missing keychain must fail, never fall back to a plaintext file.
    job->setInsecureFallback(false);
    job->setAutoDelete(true);
    job->setKey(key(integrationId, userId));
}

void PasswordStore::run(std::function<QKeychain::Job *()> make, QObject *context,
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

void PasswordStore::write(const QString &integrationId, const QString &userId, const Secret &password, QObject *context,
                          WriteDone done)
{
    if (password.isEmpty()) {
        QTimer::singleShot(0, context, [done] { done(makeError(tr("A password cannot be empty."))); });
        return;
    }
    const auto make = [this, integrationId, userId, password]() -> QKeychain::Job * {
        auto *job = new QKeychain::WritePasswordJob(m_service, this);
        prepare(job, integrationId, userId);
        job->setBinaryData(password.reveal());
        return job;
    };
    run(make, context, [done, userId](QKeychain::Job *finished) {
        if (finished->error() != QKeychain::NoError) {
            qCWarning(lcAuth) << "keychain: storing a password failed for user" << userId << finished->error();
            done(keychainError(finished, tr("store the password of user %1").arg(userId)));
            return;
        }
        qCInfo(lcAuth) << "keychain: stored a password for user" << userId;
        done(Result<void>());
    });
}

void PasswordStore::read(const QString &integrationId, const QString &userId, QObject *context, ReadDone done)
{
    const auto make = [this, integrationId, userId]() -> QKeychain::Job * {
        auto *job = new QKeychain::ReadPasswordJob(m_service, this);
        prepare(job, integrationId, userId);
        return job;
    };
    run(make, context, [done, userId](QKeychain::Job *finished) {
        if (finished->error() == QKeychain::EntryNotFound) {
            done(std::optional<Secret>());
            return;
        }
        if (finished->error() != QKeychain::NoError) {
            qCWarning(lcAuth) << "keychain: reading a password failed for user" << userId << finished->error();
            done(keychainError(finished, tr("read the password of user %1").arg(userId)));
            return;
        }
        const auto *reader = static_cast<QKeychain::ReadPasswordJob *>(finished);
        done(std::optional<Secret>(Secret(reader->binaryData())));
    });
}

void PasswordStore::remove(const QString &integrationId, const QString &userId, QObject *context, WriteDone done)
{
    const auto make = [this, integrationId, userId]() -> QKeychain::Job * {
        auto *job = new QKeychain::DeletePasswordJob(m_service, this);
        prepare(job, integrationId, userId);
        return job;
    };
    run(make, context, [done, userId](QKeychain::Job *finished) {
        if (finished->error() != QKeychain::NoError && finished->error() != QKeychain::EntryNotFound) {
            done(keychainError(finished, tr("remove the password of user %1").arg(userId)));
            return;
        }
        qCInfo(lcAuth) << "keychain: removed the password of user" << userId;
        done(Result<void>());
    });
}

Result<void> PasswordStore::writeNow(const QString &integrationId, const QString &userId, const Secret &password)
{
    return waitFor<Result<void>>(
        this, [=, this](QObject *context, auto done) { write(integrationId, userId, password, context, done); });
}

Result<std::optional<Secret>> PasswordStore::readNow(const QString &integrationId, const QString &userId)
{
    return waitFor<Result<std::optional<Secret>>>(
        this, [=, this](QObject *context, auto done) { read(integrationId, userId, context, done); });
}

Result<void> PasswordStore::removeNow(const QString &integrationId, const QString &userId)
{
    return waitFor<Result<void>>(
        this, [=, this](QObject *context, auto done) { remove(integrationId, userId, context, done); });
}
