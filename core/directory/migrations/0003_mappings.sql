-- Attribute mappings (cloud-directories.md §2.5): per integration, at most one mapping per Graph user property.
-- source_type: direct (source = a directory attribute), constant (source = the text), expression (source = the
-- expression text). default_value is NULL when none is set. apply_mode: always, or create (only during creation).
-- built_in names the export-selection rule a row came from (user_city, …), '' for a custom mapping.
-- Shared by SQLite and PostgreSQL.

CREATE TABLE mappings (
    id TEXT NOT NULL PRIMARY KEY,
    integration_id TEXT NOT NULL REFERENCES integrations (id) ON DELETE CASCADE,
    target_property TEXT NOT NULL,
    source_type TEXT NOT NULL CHECK (source_type IN ('direct', 'constant', 'expression')),
    source TEXT NOT NULL,
    default_value TEXT,
    apply_mode TEXT NOT NULL CHECK (apply_mode IN ('always', 'create')),
    built_in TEXT NOT NULL DEFAULT '',
    created_at BIGINT NOT NULL,
    updated_at BIGINT NOT NULL
);
CREATE UNIQUE INDEX mappings_integration_target ON mappings (integration_id, target_property);
