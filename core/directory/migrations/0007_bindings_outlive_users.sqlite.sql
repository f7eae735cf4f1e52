-- A bound directory user's binding outlives the user (cloud-directories.md §2.3: "Deleting a bound directory user
-- suspends the M365 account too"): bindings.user_id loses its ON DELETE CASCADE foreign key, so the link to the M365
-- account stays and the next plan suspends the account ("deleted"). SQLite cannot drop a foreign key: the table is
-- rebuilt (create, copy, drop, rename, indexes again). Keep in step with the .pgsql.sql variant.
CREATE TABLE bindings_new (
    integration_id TEXT NOT NULL REFERENCES integrations (id) ON DELETE CASCADE,
    user_id TEXT NOT NULL,
    m365_id TEXT NOT NULL,
    created_at BIGINT NOT NULL,
    direct INTEGER NOT NULL DEFAULT 1,
    upn TEXT NOT NULL DEFAULT '',
    suspended INTEGER NOT NULL DEFAULT 0,
    PRIMARY KEY (integration_id, user_id)
);
INSERT INTO bindings_new (integration_id, user_id, m365_id, created_at, direct, upn, suspended)
    SELECT integration_id, user_id, m365_id, created_at, direct, upn, suspended FROM bindings;
DROP TABLE bindings;
ALTER TABLE bindings_new RENAME TO bindings;
CREATE INDEX bindings_integration_m365 ON bindings (integration_id, m365_id);
CREATE INDEX bindings_user ON bindings (user_id);
