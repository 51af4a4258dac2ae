-- Schema 9: how an application's files must be sent (« un seul fichier PDF », « chaque
-- pièce en PDF séparé, 2 Mo maximum », « format JPEG »), read from the posting or set by
-- the candidate. No row: nothing stated, one PDF without a limit.
-- Shipped migrations are never edited.

CREATE TABLE sending_rules (
    application_id INTEGER PRIMARY KEY REFERENCES applications (id) ON DELETE CASCADE,
    layout TEXT NOT NULL CHECK (layout IN ('one_file', 'per_piece')),
    format TEXT NOT NULL CHECK (format IN ('pdf', 'jpeg')),
    -- Bytes; NULL: no limit.
    per_piece_bytes INTEGER CHECK (per_piece_bytes > 0),
    total_bytes INTEGER CHECK (total_bytes > 0),
    -- Where the rules came from: 'posting' (read by the import) or 'candidate'.
    source TEXT NOT NULL CHECK (source IN ('posting', 'candidate'))
);
