-- Schema 3: reminders (deadline, follow-up, interview, custom) and each application's own
-- deadline reminder offsets.
-- Shipped migrations are never edited: add a new numbered file instead.

-- Every reminder belongs to an application (an interview reminder to one of its interviews
-- too): deleting either deletes its reminders.
CREATE TABLE reminders (
    id              INTEGER PRIMARY KEY,
    application_id  INTEGER NOT NULL REFERENCES applications (id) ON DELETE CASCADE,
    interview_id    INTEGER REFERENCES interviews (id) ON DELETE CASCADE,
    kind            TEXT NOT NULL
                        CHECK (kind IN ('deadline', 'follow_up', 'interview', 'custom')),
    -- RFC 3339 UTC with a `Z` and whole seconds, so that text order is time order.
    due_at_utc      TEXT NOT NULL,
    -- Minutes before the deadline or the interview; NULL for follow-up and custom ones.
    offset_minutes  INTEGER CHECK (offset_minutes IS NULL OR offset_minutes > 0),
    note            TEXT,
    -- Set once, atomically, by whichever process shows it first: never shown twice.
    shown_at        TEXT,
    dismissed_at    TEXT,
    created_at      TEXT NOT NULL,
    CHECK ((kind = 'interview') = (interview_id IS NOT NULL)),
    CHECK ((kind = 'custom') = (note IS NOT NULL)),
    CHECK ((kind IN ('deadline', 'interview')) = (offset_minutes IS NOT NULL))
);

-- An automatic reminder is identified by what it is for and when it falls due: two
-- processes scheduling the same one insert it once, and a moved deadline makes a new one.
CREATE UNIQUE INDEX reminders_automatic ON reminders (
    application_id, kind, coalesce(interview_id, 0), coalesce(offset_minutes, 0), due_at_utc
) WHERE kind <> 'custom';

-- What the background task asks: the next pending one.
CREATE INDEX reminders_pending ON reminders (due_at_utc)
    WHERE shown_at IS NULL AND dismissed_at IS NULL;

CREATE INDEX reminders_by_application ON reminders (application_id, due_at_utc);
CREATE INDEX reminders_by_interview ON reminders (interview_id) WHERE interview_id IS NOT NULL;

-- An application's own deadline offsets, overriding the settings; an empty list (`[]`)
-- means no deadline reminder for it.
CREATE TABLE reminder_offsets (
    application_id  INTEGER PRIMARY KEY REFERENCES applications (id) ON DELETE CASCADE,
    -- JSON array of minutes before the deadline, largest first.
    minutes         TEXT NOT NULL CHECK (json_valid(minutes) AND json_type(minutes) = 'array')
);
