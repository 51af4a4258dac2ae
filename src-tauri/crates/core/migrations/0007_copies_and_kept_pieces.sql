-- Schema 7: the addresses a posting asks to put in copy (« en copie », « cc »), and vault
-- documents kept for the applications they were sent with.
-- Shipped migrations are never edited.

-- Addresses in copy, separated by ", " (each checked by the program); NULL when none.
ALTER TABLE applications ADD COLUMN apply_cc TEXT;

-- A document the candidate removed from the vault while a sent application still holds it:
-- the row and its file stay for that application (what was sent stays what was sent), but
-- the vault no longer lists it. NULL for a document in the vault.
ALTER TABLE documents ADD COLUMN archived_at TEXT;
-- The newer version that « Renouveler » added in its place; NULL for the current version.
ALTER TABLE documents ADD COLUMN replaced_by INTEGER REFERENCES documents (id) ON DELETE SET NULL;
