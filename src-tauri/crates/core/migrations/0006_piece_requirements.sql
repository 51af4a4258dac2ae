-- Schema 6: what a posting asks of each piece beyond its kind — its form (« copie certifiée
-- conforme »…), how many copies, and how old it may be at the deadline (« de moins de
-- 3 mois ») — and the day a vault document (a certified or legalized copy) was certified.
-- NULL everywhere means "the posting does not say". Shipped migrations are never edited.

ALTER TABLE checklist_items ADD COLUMN form TEXT CHECK (form IS NULL OR form IN (
    'original', 'simple_copy', 'certified_copy', 'legalized_copy', 'certified_translation'));
ALTER TABLE checklist_items ADD COLUMN copies INTEGER
    CHECK (copies IS NULL OR copies BETWEEN 1 AND 20);
-- « de moins de 3 mois »: a count and its unit, both or neither.
ALTER TABLE checklist_items ADD COLUMN max_age_count INTEGER
    CHECK (max_age_count IS NULL OR max_age_count BETWEEN 1 AND 999);
ALTER TABLE checklist_items ADD COLUMN max_age_unit TEXT
    CHECK (max_age_unit IS NULL OR max_age_unit IN ('days', 'months'));
-- SQLite cannot add a table CHECK with ALTER TABLE: the pairing is kept by the program and by
-- these two triggers, which refuse a half-given age whoever writes it.
CREATE TRIGGER checklist_items_max_age_paired_insert
BEFORE INSERT ON checklist_items
WHEN (NEW.max_age_count IS NULL) <> (NEW.max_age_unit IS NULL)
BEGIN
    SELECT RAISE(ABORT, 'max_age_count and max_age_unit go together');
END;
CREATE TRIGGER checklist_items_max_age_paired_update
BEFORE UPDATE OF max_age_count, max_age_unit ON checklist_items
WHEN (NEW.max_age_count IS NULL) <> (NEW.max_age_unit IS NULL)
BEGIN
    SELECT RAISE(ABORT, 'max_age_count and max_age_unit go together');
END;

ALTER TABLE documents ADD COLUMN certified_on TEXT;
