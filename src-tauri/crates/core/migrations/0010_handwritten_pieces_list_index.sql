-- Schema 10: a piece the posting asks written by hand (« une demande manuscrite adressée à
-- Monsieur le Médecin-Chef », « lettre de motivation manuscrite »). The candidate writes it,
-- then scans or photographs it; Postulo will not attach a typed letter to it.
-- Shipped migrations are never edited.

ALTER TABLE checklist_items ADD COLUMN handwritten INTEGER NOT NULL DEFAULT 0
    CHECK (handwritten IN (0, 1));

-- The list by organization, A to Z or Z to A, each organization's nearest deadline first
-- (undated last): one index per direction gives that order as it is, so a page of 10,000
-- applications reads 60 entries instead of sorting every row. They start with
-- organization_key, so they also serve the filter by organization.
DROP INDEX applications_by_organization;
CREATE INDEX applications_by_organization_deadline
    ON applications (organization_key, deadline_utc IS NULL, deadline_utc, id);
CREATE INDEX applications_by_organization_desc_deadline
    ON applications (organization_key DESC, deadline_utc IS NULL, deadline_utc, id);
