#pragma once

#include "core/sync/OutboxPasswords.h"

class PasswordStore;

// OutboxPasswords over the OS keychain (core/auth/PasswordStore: service "clouddir", key
// "<integration-id>/password/<user-id>"). Not owning; the store must outlive it. Same thread rules as PasswordStore.
class OutboxKeychain final : public OutboxPasswords
{
public:
    explicit OutboxKeychain(PasswordStore *store)
        : m_store(store)
    { }

    void read(const QString &integrationId, const QString &userId, QObject *context, ReadDone done) override;
    void remove(const QString &integrationId, const QString &userId, QObject *context, RemoveDone done) override;

private:
    PasswordStore *m_store;
};
