-- A bound directory user's binding outlives the user (cloud-directories.md §2.3: "Deleting a bound directory user
-- suspends the M365 account too"): bindings.user_id loses its ON DELETE CASCADE foreign key, so the link to the M365
-- account stays and the next plan suspends the account ("deleted"). Keep in step with the .sqlite.sql variant.
ALTER TABLE bindings DROP CONSTRAINT IF EXISTS bindings_user_id_fkey;
