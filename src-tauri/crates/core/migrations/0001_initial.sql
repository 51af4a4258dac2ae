-- Schema 1: applications, their status timeline, and the user's settings.
-- Shipped migrations are never edited: add a new numbered file instead.

CREATE TABLE applications (
    id             INTEGER PRIMARY KEY,
    title          TEXT NOT NULL CHECK (length(trim(title)) > 0),
    organization   TEXT NOT NULL CHECK (length(trim(organization)) > 0),
    reference      TEXT,
    location       TEXT,
    contract       TEXT,
    source_url     TEXT,
    apply_method   TEXT CHECK (apply_method IN ('email', 'portal', 'in_person', 'post')),
    apply_email    TEXT,
    apply_subject  TEXT,
    apply_url      TEXT,
    apply_address  TEXT,
    -- The deadline as the posting states it (local date, optional HH:MM, IANA zone) and,
    -- derived from it, the instant in UTC that sorting and reminders compare.
    deadline_date  TEXT,
    deadline_time  TEXT,
    deadline_tz    TEXT,
    deadline_utc   TEXT,
    status         TEXT NOT NULL DEFAULT 'to_prepare' CHECK (status IN (
                       'to_prepare', 'ready', 'sent', 'shortlisted', 'interview', 'offer',
                       'accepted', 'rejected', 'withdrawn', 'expired')),
    notes          TEXT,
    posting_text   TEXT,
    archived       INTEGER NOT NULL DEFAULT 0 CHECK (archived IN (0, 1)),
    created_at     TEXT NOT NULL,
    updated_at     TEXT NOT NULL,
    CHECK ((deadline_date IS NULL) = (deadline_tz IS NULL))
);

CREATE INDEX applications_by_deadline ON applications (deadline_utc);
CREATE INDEX applications_by_status ON applications (status);

CREATE TABLE status_events (
    id              INTEGER PRIMARY KEY,
    application_id  INTEGER NOT NULL REFERENCES applications (id) ON DELETE CASCADE,
    at              TEXT NOT NULL,
    from_status     TEXT,
    to_status       TEXT NOT NULL,
    note            TEXT
);

CREATE INDEX status_events_by_application ON status_events (application_id, at);

CREATE TABLE settings (
    key    TEXT PRIMARY KEY,
    value  TEXT NOT NULL
) WITHOUT ROWID;
