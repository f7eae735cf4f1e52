-- Binding users and groups to M365, integration settings, the outbox and snapshots (issue 6).
-- Shared by SQLite and PostgreSQL. Statements end with ';' at the end of a line; keep semicolons out of literals.

-- Per integration: the accepted domains (comma-separated, as typed; empty = all, config 1 of
-- cloud-directories.md §1.7), the default domain ('' = none) and whether the manager relationship is exported
-- (user_manager: a relationship, not a mapping). The other export ticks are the built-in rows of `mappings`.
CREATE TABLE integration_settings (
    integration_id TEXT NOT NULL PRIMARY KEY REFERENCES integrations (id) ON DELETE CASCADE,
    domains TEXT NOT NULL DEFAULT '',
    default_domain TEXT NOT NULL DEFAULT '',
    export_manager INTEGER NOT NULL DEFAULT 0,
    updated_at BIGINT NOT NULL
);

-- A bindings row is clouddir's link to one M365 account. direct = 1: the admin bound the user; 0: the row stays
-- only as the link of a user bound through a group or of one unbound (so a later plan suspends it once, and a
-- re-bind reactivates the same account instead of taking over a disabled one). upn is the last UPN queued for the
-- account (rename detection), suspended whether clouddir queued its suspension. m365_id stays '' until known.
ALTER TABLE bindings ADD COLUMN direct INTEGER NOT NULL DEFAULT 1;
ALTER TABLE bindings ADD COLUMN upn TEXT NOT NULL DEFAULT '';
ALTER TABLE bindings ADD COLUMN suspended INTEGER NOT NULL DEFAULT 0;

-- Binding a group binds its members: the effective bound set is direct bindings plus members of bound groups.
CREATE TABLE group_bindings (
    integration_id TEXT NOT NULL REFERENCES integrations (id) ON DELETE CASCADE,
    group_id TEXT NOT NULL REFERENCES groups (id) ON DELETE CASCADE,
    created_at BIGINT NOT NULL,
    PRIMARY KEY (integration_id, group_id)
);
CREATE INDEX group_bindings_group ON group_bindings (group_id);

-- One row per planned Graph operation (DESIGN.md "Data flow of a change"). The executor takes rows with state
-- pending or retrying and next_at <= now, ordered by (created_at, seq); records attempt, last_error (Graph's code
-- and message), request_id; and never deletes a row before Graph confirmed it. user_id has no foreign key: the
-- suspension of a deleted directory user must survive the user. upn lets a create that may have reached M365 be
-- found by its userPrincipalName instead of being sent twice. payload is JSON (see core/sync/PlanOperation.h).
CREATE TABLE outbox (
    id TEXT NOT NULL PRIMARY KEY,
    integration_id TEXT NOT NULL REFERENCES integrations (id) ON DELETE CASCADE,
    plan_id TEXT NOT NULL,
    seq INTEGER NOT NULL,
    user_id TEXT NOT NULL DEFAULT '',
    op TEXT NOT NULL CHECK (op IN ('create', 'takeover', 'update', 'rename', 'manager', 'suspend')),
    m365_id TEXT NOT NULL DEFAULT '',
    upn TEXT NOT NULL DEFAULT '',
    payload TEXT NOT NULL,
    state TEXT NOT NULL DEFAULT 'pending' CHECK (state IN ('pending', 'retrying', 'done', 'failed')),
    attempt INTEGER NOT NULL DEFAULT 0,
    next_at BIGINT NOT NULL,
    last_error TEXT NOT NULL DEFAULT '',
    request_id TEXT NOT NULL DEFAULT '',
    created_at BIGINT NOT NULL,
    updated_at BIGINT NOT NULL
);
CREATE INDEX outbox_due ON outbox (state, next_at);
CREATE INDEX outbox_integration ON outbox (integration_id, created_at, seq);

-- The M365 value of every attribute a confirmed plan overwrites, for a later restore (cloud-directories.md §2.3).
-- old_value is the JSON text of the value (a string, an array), NULL when M365 had none.
CREATE TABLE snapshots (
    id TEXT NOT NULL PRIMARY KEY,
    integration_id TEXT NOT NULL REFERENCES integrations (id) ON DELETE CASCADE,
    user_id TEXT NOT NULL,
    m365_id TEXT NOT NULL DEFAULT '',
    property TEXT NOT NULL,
    old_value TEXT,
    operation TEXT NOT NULL,
    outbox_id TEXT NOT NULL,
    taken_at BIGINT NOT NULL
);
CREATE INDEX snapshots_user ON snapshots (integration_id, user_id, taken_at);
