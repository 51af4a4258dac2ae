-- Schema 8: the receipt (« récépissé », « accusé de réception ») an office gives for a
-- paper file handed in: the day, the place, its number, and its photo in the vault.
-- Shipped migrations are never edited.

CREATE TABLE receipts (
    application_id INTEGER PRIMARY KEY REFERENCES applications (id) ON DELETE CASCADE,
    -- The day the file was handed in, YYYY-MM-DD (the candidate's calendar day).
    handed_in_on TEXT NOT NULL,
    place TEXT,
    number TEXT,
    -- The photo of the receipt; the receipt stays when the photo is removed from the vault.
    document_id INTEGER REFERENCES documents (id) ON DELETE SET NULL,
    recorded_at TEXT NOT NULL
);
