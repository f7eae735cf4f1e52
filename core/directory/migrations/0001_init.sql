-- The first directory schema. Shared by SQLite and PostgreSQL: TEXT/INTEGER/BIGINT only, app-generated UUID text
-- keys, UTC epoch-ms timestamps, lowercased *_norm columns for case-insensitive lookups.
-- Statements end with ';' at the end of a line; keep semicolons out of literals (see Migrator).

CREATE TABLE users (
    id TEXT NOT NULL PRIMARY KEY,
    username TEXT NOT NULL,
    username_norm TEXT NOT NULL,
    email TEXT NOT NULL DEFAULT '',
    email_norm TEXT NOT NULL DEFAULT '',
    firstname TEXT NOT NULL DEFAULT '',
    lastname TEXT NOT NULL DEFAULT '',
    alternate_email TEXT NOT NULL DEFAULT '',
    department TEXT NOT NULL DEFAULT '',
    job_title TEXT NOT NULL DEFAULT '',
    location TEXT NOT NULL DEFAULT '',
    manager_id TEXT REFERENCES users (id) ON DELETE SET NULL DEFERRABLE INITIALLY DEFERRED,
    work_street_address TEXT NOT NULL DEFAULT '',
    work_locality TEXT NOT NULL DEFAULT '',
    work_region TEXT NOT NULL DEFAULT '',
    work_postal_code TEXT NOT NULL DEFAULT '',
    work_country TEXT NOT NULL DEFAULT '',
    work_phone TEXT NOT NULL DEFAULT '',
    mobile_phone TEXT NOT NULL DEFAULT '',
    state TEXT NOT NULL DEFAULT 'active' CHECK (state IN ('active', 'suspended')),
    created_at BIGINT NOT NULL,
    updated_at BIGINT NOT NULL
);
CREATE UNIQUE INDEX users_username_norm ON users (username_norm);
CREATE INDEX users_email_norm ON users (email_norm);
CREATE INDEX users_manager_id ON users (manager_id);

-- Custom attributes: kind 'string' holds the text, kind 'list' a JSON array of strings.
CREATE TABLE user_attributes (
    user_id TEXT NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    name TEXT NOT NULL,
    kind TEXT NOT NULL CHECK (kind IN ('string', 'list')),
    value TEXT NOT NULL,
    PRIMARY KEY (user_id, name)
);

CREATE TABLE integrations (
    id TEXT NOT NULL PRIMARY KEY,
    name TEXT NOT NULL,
    name_norm TEXT NOT NULL,
    cloud TEXT NOT NULL CHECK (cloud IN ('global', 'usgov', 'dod', 'china')),
    tenant_id TEXT NOT NULL DEFAULT '',
    graph_url TEXT NOT NULL DEFAULT '',
    login_url TEXT NOT NULL DEFAULT '',
    created_at BIGINT NOT NULL
);
CREATE UNIQUE INDEX integrations_name_norm ON integrations (name_norm);

CREATE TABLE bindings (
    integration_id TEXT NOT NULL REFERENCES integrations (id) ON DELETE CASCADE,
    user_id TEXT NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    m365_id TEXT NOT NULL,
    created_at BIGINT NOT NULL,
    PRIMARY KEY (integration_id, user_id)
);
CREATE INDEX bindings_integration_m365 ON bindings (integration_id, m365_id);
CREATE INDEX bindings_user ON bindings (user_id);

CREATE TABLE groups (
    id TEXT NOT NULL PRIMARY KEY,
    name TEXT NOT NULL,
    name_norm TEXT NOT NULL,
    description TEXT NOT NULL DEFAULT '',
    created_at BIGINT NOT NULL,
    updated_at BIGINT NOT NULL
);
CREATE UNIQUE INDEX groups_name_norm ON groups (name_norm);

CREATE TABLE group_members (
    group_id TEXT NOT NULL REFERENCES groups (id) ON DELETE CASCADE,
    user_id TEXT NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    PRIMARY KEY (group_id, user_id)
);
CREATE INDEX group_members_user ON group_members (user_id);
