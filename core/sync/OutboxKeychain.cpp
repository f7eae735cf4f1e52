#include "core/sync/OutboxKeychain.h"

#include "core/auth/PasswordStore.h"

void OutboxKeychain::read(const QString &integrationId, const QString &userId, QObject *context, ReadDone done)
{
    m_store->read(integrationId, userId, context, [done = std::move(done)](const Result<std::optional<Secret>> &r) {
        if (r)
            done(*r, QString());
        else
            done(std::nullopt, r.error().message);
    });
}

void OutboxKeychain::remove(const QString &integrationId, const QString &userId, QObject *context, RemoveDone done)
{
    m_store->remove(integrationId, userId, context,
                    [done = std::move(done)](const Result<void> &r) { done(r ? QString() : r.error().message); });
}
