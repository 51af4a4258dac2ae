-- Schema 2: the document vault, checklists, contacts, interviews, the candidate's profile,
-- and accent-folded keys for searching and sorting applications.
-- Shipped migrations are never edited: add a new numbered file instead.
-- postulo_fold() is registered by Postulo on the connection before migrating (search.rs).

-- Folded copies of the text the list searches and sorts on, written by the program on
-- every save; existing rows are folded here.
ALTER TABLE applications ADD COLUMN search_text TEXT NOT NULL DEFAULT '';
ALTER TABLE applications ADD COLUMN title_key TEXT NOT NULL DEFAULT '';
ALTER TABLE applications ADD COLUMN organization_key TEXT NOT NULL DEFAULT '';

UPDATE applications SET
    search_text = postulo_fold(title || char(10) || organization || char(10)
        || coalesce(reference, '') || char(10) || coalesce(location, '') || char(10)
        || coalesce(contract, '')),
    title_key = postulo_fold(title),
    organization_key = postulo_fold(organization);

CREATE INDEX applications_by_created ON applications (created_at);
CREATE INDEX applications_by_title ON applications (title_key);
CREATE INDEX applications_by_organization ON applications (organization_key);

-- The vault: one row per document as the candidate names it. The file is stored once per
-- content (stored_file is derived from sha256), so two rows may share a file.
CREATE TABLE documents (
    id             INTEGER PRIMARY KEY,
    kind           TEXT NOT NULL CHECK (kind IN (
                       'cv', 'cover_letter', 'diploma_copies', 'criminal_record',
                       'work_certificates', 'attestations', 'references', 'id_document',
                       'birth_certificate', 'nationality_certificate', 'id_photo',
                       'medical_certificate', 'other')),
    title          TEXT NOT NULL CHECK (length(trim(title)) > 0),
    original_name  TEXT NOT NULL,
    stored_file    TEXT NOT NULL,
    size_bytes     INTEGER NOT NULL CHECK (size_bytes > 0),
    sha256         TEXT NOT NULL CHECK (length(sha256) = 64),
    mime           TEXT NOT NULL,
    page_count     INTEGER CHECK (page_count IS NULL OR page_count >= 0),
    issued_on      TEXT,
    valid_until    TEXT,
    has_thumbnail  INTEGER NOT NULL DEFAULT 0 CHECK (has_thumbnail IN (0, 1)),
    created_at     TEXT NOT NULL
);

-- The same content added again under the same kind is the same document; under another
-- kind (one scan holding two pieces) it is a second row sharing the file.
CREATE UNIQUE INDEX documents_by_content ON documents (sha256, kind);

CREATE TABLE checklist_items (
    id              INTEGER PRIMARY KEY,
    application_id  INTEGER NOT NULL REFERENCES applications (id) ON DELETE CASCADE,
    kind            TEXT NOT NULL CHECK (kind IN (
                        'cv', 'cover_letter', 'diploma_copies', 'criminal_record',
                        'work_certificates', 'attestations', 'references', 'id_document',
                        'birth_certificate', 'nationality_certificate', 'id_photo',
                        'medical_certificate', 'other')),
    label           TEXT CHECK (label IS NULL OR length(trim(label)) > 0),
    stage           TEXT NOT NULL DEFAULT 'now' CHECK (stage IN ('now', 'if_shortlisted')),
    state           TEXT NOT NULL DEFAULT 'missing'
                        CHECK (state IN ('missing', 'ready', 'waived')),
    -- The exact file version this application uses. Deleting the document leaves the item
    -- missing, never pointing to nothing (see the trigger below).
    document_id     INTEGER REFERENCES documents (id) ON DELETE SET NULL,
    position        INTEGER NOT NULL CHECK (position >= 0),
    CHECK (kind <> 'other' OR label IS NOT NULL),
    CHECK (document_id IS NULL OR state = 'ready')
);

CREATE INDEX checklist_items_by_application ON checklist_items (application_id, position);
CREATE INDEX checklist_items_by_document ON checklist_items (document_id)
    WHERE document_id IS NOT NULL;

-- Whatever removes the document (the program, or ON DELETE SET NULL), the item it
-- fulfilled goes back to missing.
CREATE TRIGGER checklist_items_missing_when_detached
AFTER UPDATE OF document_id ON checklist_items
WHEN NEW.document_id IS NULL AND OLD.document_id IS NOT NULL AND NEW.state = 'ready'
BEGIN
    UPDATE checklist_items SET state = 'missing' WHERE id = NEW.id;
END;

-- Applications still being prepared get the two pieces every application needs, as new
-- ones do; those already sent or closed are left as they were.
INSERT INTO checklist_items (application_id, kind, stage, state, position)
    SELECT id, 'cv', 'now', 'missing', 0 FROM applications
    WHERE status IN ('to_prepare', 'ready');
INSERT INTO checklist_items (application_id, kind, stage, state, position)
    SELECT id, 'cover_letter', 'now', 'missing', 1 FROM applications
    WHERE status IN ('to_prepare', 'ready');

CREATE TABLE contacts (
    id              INTEGER PRIMARY KEY,
    application_id  INTEGER NOT NULL REFERENCES applications (id) ON DELETE CASCADE,
    name            TEXT NOT NULL CHECK (length(trim(name)) > 0),
    role            TEXT,
    email           TEXT,
    phone           TEXT,
    created_at      TEXT NOT NULL
);

CREATE INDEX contacts_by_application ON contacts (application_id);

CREATE TABLE interviews (
    id              INTEGER PRIMARY KEY,
    application_id  INTEGER NOT NULL REFERENCES applications (id) ON DELETE CASCADE,
    -- Local date and HH:MM in the IANA zone, as the invitation states them, and the
    -- instant they stand for.
    date            TEXT NOT NULL,
    time            TEXT NOT NULL,
    timezone        TEXT NOT NULL,
    starts_at_utc   TEXT NOT NULL,
    place           TEXT,
    notes           TEXT,
    created_at      TEXT NOT NULL
);

CREATE INDEX interviews_by_application ON interviews (application_id, starts_at_utc);
CREATE INDEX interviews_by_start ON interviews (starts_at_utc);

-- The candidate: a single row.
CREATE TABLE profile (
    id              INTEGER PRIMARY KEY CHECK (id = 1),
    first_name      TEXT NOT NULL DEFAULT '',
    last_name       TEXT NOT NULL DEFAULT '',
    email           TEXT,
    phone           TEXT,
    postal_address  TEXT,
    updated_at      TEXT NOT NULL
);
