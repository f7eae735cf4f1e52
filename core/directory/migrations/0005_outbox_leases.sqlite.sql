-- Outbox leases and results for the executor (issue 7). SQLite cannot alter a CHECK constraint, so the outbox is
-- rebuilt: create the new table, copy, drop the old one, rename, recreate the indexes. Nothing references outbox.
-- Keep in step with 0005_outbox_leases.pgsql.sql.
--
-- lease_owner / lease_until: the executor process that claimed the row and until when (UTC epoch ms). A row whose
-- lease ran out (its owner died) is due again; results are recorded only by the owner that still holds the lease.
-- finished_at: when the row became done, failed or dismissed (0 while open), for the Activity page's throughput.
-- http_status / graph_code: Graph's answer of the last attempt (0 / '' when none), kept with last_error (the message)
-- and request_id. state 'dismissed': a failed row an admin dismissed, kept for the record.
CREATE TABLE outbox_new (
    id TEXT NOT NULL PRIMARY KEY,
    integration_id TEXT NOT NULL REFERENCES integrations (id) ON DELETE CASCADE,
    plan_id TEXT NOT NULL,
    seq INTEGER NOT NULL,
    user_id TEXT NOT NULL DEFAULT '',
    op TEXT NOT NULL CHECK (op IN ('create', 'takeover', 'update', 'rename', 'manager', 'suspend')),
    m365_id TEXT NOT NULL DEFAULT '',
    upn TEXT NOT NULL DEFAULT '',
    payload TEXT NOT NULL,
    state TEXT NOT NULL DEFAULT 'pending' CHECK (state IN ('pending', 'retrying', 'done', 'failed', 'dismissed')),
    attempt INTEGER NOT NULL DEFAULT 0,
    next_at BIGINT NOT NULL,
    last_error TEXT NOT NULL DEFAULT '',
    request_id TEXT NOT NULL DEFAULT '',
    created_at BIGINT NOT NULL,
    updated_at BIGINT NOT NULL,
    lease_owner TEXT NOT NULL DEFAULT '',
    lease_until BIGINT NOT NULL DEFAULT 0,
    finished_at BIGINT NOT NULL DEFAULT 0,
    http_status INTEGER NOT NULL DEFAULT 0,
    graph_code TEXT NOT NULL DEFAULT ''
);
INSERT INTO outbox_new (id, integration_id, plan_id, seq, user_id, op, m365_id, upn, payload, state, attempt, next_at,
                        last_error, request_id, created_at, updated_at, finished_at)
    SELECT id, integration_id, plan_id, seq, user_id, op, m365_id, upn, payload, state, attempt, next_at, last_error,
           request_id, created_at, updated_at,
           CASE WHEN state IN ('done', 'failed') THEN updated_at ELSE 0 END
    FROM outbox;
DROP TABLE outbox;
ALTER TABLE outbox_new RENAME TO outbox;
-- Claims walk the open rows in sending order and stop at their limit, however many rows are done already.
CREATE INDEX outbox_open ON outbox (integration_id, created_at, plan_id, seq) WHERE state IN ('pending', 'retrying');
CREATE INDEX outbox_integration ON outbox (integration_id, created_at, seq);
CREATE INDEX outbox_user ON outbox (integration_id, user_id, state);
CREATE INDEX outbox_finished ON outbox (integration_id, finished_at);
