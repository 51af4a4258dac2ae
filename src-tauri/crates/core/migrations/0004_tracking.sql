-- Schema 4: what trackers have: the kind of employer (for statistics), follow-ups
-- (« Relancée »), and one definition of when an application was sent and first answered.
-- Shipped migrations are never edited: add a new numbered file instead.

-- ONG, Nations unies, public, privé: filled by the import when the posting says so, or by
-- the candidate; NULL when nobody knows.
ALTER TABLE applications ADD COLUMN organization_type TEXT
    CHECK (organization_type IS NULL OR organization_type IN ('ngo', 'un', 'public', 'private'));

-- Each follow-up the candidate made on a sent application (an e-mail, a call, a visit).
-- A follow-up restarts the « Sans réponse » count; it is not a status.
CREATE TABLE follow_ups (
    id              INTEGER PRIMARY KEY,
    application_id  INTEGER NOT NULL REFERENCES applications (id) ON DELETE CASCADE,
    -- RFC 3339 UTC, like status_events.at; may be in the past (entered afterwards).
    at              TEXT NOT NULL,
    note            TEXT
);

CREATE INDEX follow_ups_by_application ON follow_ups (application_id, at);

-- The one place that says when an application was sent and when it got its first answer:
-- statistics, exports, the report and « Sans réponse » all read it. An application moved
-- straight past « Envoyée » (to « Entretien », say) was sent by then at the latest.
CREATE VIEW application_milestones AS
SELECT
    a.id AS application_id,
    (SELECT min(e.at) FROM status_events e
        WHERE e.application_id = a.id
          AND e.to_status IN ('sent', 'shortlisted', 'interview', 'offer', 'accepted', 'rejected'))
        AS sent_at,
    (SELECT min(e.at) FROM status_events e
        WHERE e.application_id = a.id
          AND e.to_status IN ('shortlisted', 'interview', 'offer', 'accepted', 'rejected'))
        AS first_answer_at,
    (SELECT max(e.at) FROM status_events e WHERE e.application_id = a.id) AS last_status_at,
    (SELECT max(f.at) FROM follow_ups f WHERE f.application_id = a.id) AS last_follow_up_at
FROM applications a;
