-- What an integration needs to sign in and to show its health (issue 4). Secrets are not here: the refresh token
-- lives only in the OS keychain, the access token only in memory. client_id is the admin's app registration;
-- account is the consenting admin (id token preferred_username); auth_state is what the page shows;
-- token_expires_at (UTC epoch ms) is the last known access-token expiry, for display only.

ALTER TABLE integrations ADD COLUMN client_id TEXT NOT NULL DEFAULT '';
ALTER TABLE integrations ADD COLUMN account TEXT NOT NULL DEFAULT '';
ALTER TABLE integrations ADD COLUMN auth_state TEXT NOT NULL DEFAULT 'unauthorized'
    CHECK (auth_state IN ('unauthorized', 'authorized', 'reauthorize'));
ALTER TABLE integrations ADD COLUMN auth_message TEXT NOT NULL DEFAULT '';
ALTER TABLE integrations ADD COLUMN token_expires_at BIGINT NOT NULL DEFAULT 0;
ALTER TABLE integrations ADD COLUMN authorized_at BIGINT NOT NULL DEFAULT 0;
