-- Schema 10: a piece the posting asks written by hand (« une demande manuscrite adressée à
-- Monsieur le Médecin-Chef », « lettre de motivation manuscrite »). The candidate writes it,
-- then scans or photographs it; Postulo will not attach a typed letter to it.
-- Shipped migrations are never edited.

ALTER TABLE checklist_items ADD COLUMN handwritten INTEGER NOT NULL DEFAULT 0
    CHECK (handwritten IN (0, 1));
