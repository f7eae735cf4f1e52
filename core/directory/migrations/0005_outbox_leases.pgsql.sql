-- Outbox leases and results for the executor (issue 7). Keep in step with 0005_outbox_leases.sqlite.sql, which
-- documents the columns (SQLite has to rebuild the table; PostgreSQL alters it in place).
ALTER TABLE outbox ADD COLUMN lease_owner TEXT NOT NULL DEFAULT '';
ALTER TABLE outbox ADD COLUMN lease_until BIGINT NOT NULL DEFAULT 0;
ALTER TABLE outbox ADD COLUMN finished_at BIGINT NOT NULL DEFAULT 0;
ALTER TABLE outbox ADD COLUMN http_status INTEGER NOT NULL DEFAULT 0;
ALTER TABLE outbox ADD COLUMN graph_code TEXT NOT NULL DEFAULT '';
UPDATE outbox SET finished_at = updated_at WHERE state IN ('done', 'failed');
ALTER TABLE outbox DROP CONSTRAINT outbox_state_check;
ALTER TABLE outbox ADD CONSTRAINT outbox_state_check
    CHECK (state IN ('pending', 'retrying', 'done', 'failed', 'dismissed'));
-- Claims walk the open rows in sending order and stop at their limit, however many rows are done already.
DROP INDEX outbox_due;
CREATE INDEX outbox_open ON outbox (integration_id, created_at, plan_id, seq) WHERE state IN ('pending', 'retrying');
CREATE INDEX outbox_user ON outbox (integration_id, user_id, state);
CREATE INDEX outbox_finished ON outbox (integration_id, finished_at);
