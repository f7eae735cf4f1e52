#pragma once

#include <QString>

#include <functional>

class OutboxPasswords;

// How an Executor sends the outbox. Defaults are the product's; tests shorten the waits (timeScale, leaseMs) and fix
// the clock so every decision is reproducible.
struct ExecutorOptions
{
    int concurrency = 4;          // $batch requests in flight at most
    int batchSize = 20;           // requests per $batch (Graph's maximum is 20)
    qint64 leaseMs = 300'000;     // how long a claimed row stays ours; must exceed one round (timeout + lookups)
    int debounceMs = 500;         // wake() coalesces calls within this window
    int pollMs = 5'000;           // start(): how often to look for rows another process queued or released
    int maxAttempts = 8;          // sends of one row before a retryable failure (not a 429) becomes final
    qint64 backoffBaseMs = 2'000; // backoff without Retry-After: base·2^(attempt-1), jittered in [d/2, d]
    qint64 backoffMaxMs = 300'000;
    qint64 replicationLagMs = 60'000;     // a 404 this soon after the account was created is retried, not failed
    double timeScale = 1.0;               // multiplies every wait (Retry-After, backoff, polling); tests use 0.001
    QString owner;                        // lease owner id; empty = "<host>/<pid>/<uuid>"
    QString actor;                        // who the audit log names: the signed-in admin (window); empty = "os:<login>"
    std::function<qint64()> clock;        // UTC epoch ms; empty = the wall clock
    OutboxPasswords *passwords = nullptr; // admin-set passwords (keychain); nullptr = none: creates get a random one
};
