-- The audit log (cloud-directories.md §2.8): who did what to which user and attribute, old -> new, when, and what
-- Graph answered. PostgreSQL variant; the SQLite one differs only in the id column. Rows are only ever appended.
-- id orders rows appended in the same millisecond. integration_id and user_id have no foreign keys: the record of
-- what happened outlives the integration and the user. search_norm is the lower-cased text the search matches
-- (username, property, values, request id, detail, actor), computed by AuditTable so that both engines fold case the
-- same way (SQLite's lower() knows only ASCII).
CREATE TABLE audit_log (
    id BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    at BIGINT NOT NULL,
    actor TEXT NOT NULL DEFAULT '',
    integration_id TEXT NOT NULL DEFAULT '',
    action TEXT NOT NULL,
    user_id TEXT NOT NULL DEFAULT '',
    username TEXT NOT NULL DEFAULT '',
    property TEXT NOT NULL DEFAULT '',
    old_value TEXT NOT NULL DEFAULT '',
    new_value TEXT NOT NULL DEFAULT '',
    request_id TEXT NOT NULL DEFAULT '',
    result TEXT NOT NULL DEFAULT '',
    detail TEXT NOT NULL DEFAULT '',
    search_norm TEXT NOT NULL DEFAULT ''
);
CREATE INDEX audit_log_at ON audit_log (at, id);
CREATE INDEX audit_log_integration ON audit_log (integration_id, at, id);
CREATE INDEX audit_log_user ON audit_log (user_id, at);
CREATE INDEX audit_log_request ON audit_log (request_id);
