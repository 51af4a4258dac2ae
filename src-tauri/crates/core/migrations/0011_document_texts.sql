-- Schema 11: what the vault read in each document, in the background: its text, so that
-- the vault can be searched by what a document says (« licence », « Ouagadougou »), and
-- what the text suggests (the kind, the issue date), shown for the candidate to apply or
-- ignore. A document with no row has not been read yet. Nothing here changes a document:
-- applying a suggestion is an ordinary update of the document.
-- Shipped migrations are never edited.

CREATE TABLE document_texts (
    document_id          INTEGER PRIMARY KEY REFERENCES documents (id) ON DELETE CASCADE,
    -- As read ('' when the file holds no readable text: a photo of a face).
    text                 TEXT NOT NULL,
    -- The same, folded as postulo_core::search::fold, for accent-blind search.
    folded               TEXT NOT NULL,
    -- Mean confidence (0–100) when the text was recognized in a picture; NULL for a
    -- text layer.
    confidence           INTEGER CHECK (confidence IS NULL OR confidence BETWEEN 0 AND 100),
    -- What the text suggests, until the candidate applies or ignores it (then NULL).
    suggested_kind       TEXT CHECK (suggested_kind IS NULL OR suggested_kind IN (
                             'cv', 'cover_letter', 'diploma_copies', 'criminal_record',
                             'work_certificates', 'attestations', 'references',
                             'id_document', 'birth_certificate', 'nationality_certificate',
                             'id_photo', 'medical_certificate', 'other')),
    suggested_issued_on  TEXT,
    read_at              TEXT NOT NULL
);
