-- Development: training records imported from partners (API-CONTRACT training-record-imports).
-- A Latsar held elsewhere is reported with competence LATSAR: it is recorded as a Latsar without one of the three
-- competence areas, so competence may be empty on a Latsar record only.
ALTER TABLE training_record ALTER COLUMN competence DROP NOT NULL;
ALTER TABLE training_record ADD CONSTRAINT training_record_competence_ck CHECK (competence IS NOT NULL OR latsar);
-- Re-sending the same completion is idempotent: one record per (NIP, training, completion date) for a training
-- held here, per (NIP, title, completion date) for one held elsewhere. The import upserts on these keys.
CREATE UNIQUE INDEX training_record_training_uk ON training_record (nip, training_code, completed_on)
    WHERE training_code IS NOT NULL;
CREATE UNIQUE INDEX training_record_external_uk ON training_record (nip, title, completed_on)
    WHERE training_code IS NULL;
-- The compliance report sums a JP year of every employee at once.
CREATE INDEX training_record_completed_ix ON training_record (completed_on) INCLUDE (nip, jp);
