-- Schema 5: an application's milestones (sent, first answer, last change, last follow-up)
-- kept on its row, so that statistics over 10,000 applications and 100,000 status changes
-- read one row each instead of searching the timeline (see store/stats.rs).
-- Shipped migrations are never edited: add a new numbered file instead.

ALTER TABLE applications ADD COLUMN sent_at TEXT;
ALTER TABLE applications ADD COLUMN first_answer_at TEXT;
ALTER TABLE applications ADD COLUMN last_status_at TEXT;
ALTER TABLE applications ADD COLUMN last_follow_up_at TEXT;
ALTER TABLE applications ADD COLUMN reached_interview INTEGER NOT NULL DEFAULT 0
    CHECK (reached_interview IN (0, 1));

-- The rule, in one place: whatever writes the timeline (the app, postulo-cli, a restore),
-- these triggers recompute the application's milestones from it. An application moved
-- straight past « Envoyée » (to « Entretien », say) was sent by then at the latest.
CREATE TRIGGER milestones_after_step_added AFTER INSERT ON status_events
BEGIN
    UPDATE applications SET
        sent_at = (SELECT min(e.at) FROM status_events e WHERE e.application_id = NEW.application_id
            AND e.to_status IN ('sent', 'shortlisted', 'interview', 'offer', 'accepted', 'rejected')),
        first_answer_at = (SELECT min(e.at) FROM status_events e WHERE e.application_id = NEW.application_id
            AND e.to_status IN ('shortlisted', 'interview', 'offer', 'accepted', 'rejected')),
        last_status_at = (SELECT max(e.at) FROM status_events e WHERE e.application_id = NEW.application_id),
        reached_interview = EXISTS (SELECT 1 FROM status_events e
            WHERE e.application_id = NEW.application_id AND e.to_status = 'interview')
    WHERE id = NEW.application_id;
END;

-- A step dated afterwards moves the creation back (store/applications.rs): the same again.
CREATE TRIGGER milestones_after_step_moved AFTER UPDATE OF at, to_status ON status_events
BEGIN
    UPDATE applications SET
        sent_at = (SELECT min(e.at) FROM status_events e WHERE e.application_id = NEW.application_id
            AND e.to_status IN ('sent', 'shortlisted', 'interview', 'offer', 'accepted', 'rejected')),
        first_answer_at = (SELECT min(e.at) FROM status_events e WHERE e.application_id = NEW.application_id
            AND e.to_status IN ('shortlisted', 'interview', 'offer', 'accepted', 'rejected')),
        last_status_at = (SELECT max(e.at) FROM status_events e WHERE e.application_id = NEW.application_id),
        reached_interview = EXISTS (SELECT 1 FROM status_events e
            WHERE e.application_id = NEW.application_id AND e.to_status = 'interview')
    WHERE id = NEW.application_id;
END;

CREATE TRIGGER milestones_after_follow_up_added AFTER INSERT ON follow_ups
BEGIN
    UPDATE applications SET last_follow_up_at =
        (SELECT max(f.at) FROM follow_ups f WHERE f.application_id = NEW.application_id)
    WHERE id = NEW.application_id;
END;

CREATE TRIGGER milestones_after_follow_up_removed AFTER DELETE ON follow_ups
BEGIN
    UPDATE applications SET last_follow_up_at =
        (SELECT max(f.at) FROM follow_ups f WHERE f.application_id = OLD.application_id)
    WHERE id = OLD.application_id;
END;

-- Every application already there, from its timeline (schema 4's view, the same rule).
UPDATE applications SET
    sent_at = (SELECT m.sent_at FROM application_milestones m WHERE m.application_id = applications.id),
    first_answer_at = (SELECT m.first_answer_at FROM application_milestones m
        WHERE m.application_id = applications.id),
    last_status_at = (SELECT m.last_status_at FROM application_milestones m
        WHERE m.application_id = applications.id),
    last_follow_up_at = (SELECT m.last_follow_up_at FROM application_milestones m
        WHERE m.application_id = applications.id),
    reached_interview = EXISTS (SELECT 1 FROM status_events e
        WHERE e.application_id = applications.id AND e.to_status = 'interview');

-- The view keeps its name and columns for every reader, now from the kept columns.
DROP VIEW application_milestones;
CREATE VIEW application_milestones AS
SELECT id AS application_id, sent_at, first_answer_at, last_status_at, last_follow_up_at
FROM applications;
