-- Issue 14: the score imports check every row against the period's applications themselves (the join that
-- classifies a staged chunk, docs/benchmarks.md "SKD import without the foreign key"), so the per-row foreign key
-- check skd_score -> application (and skb_score -> application) only repeated it, at 35–45 % of the write path
-- of a first import. What the key also did, and ON DELETE CASCADE hid, is kept by a guard instead: an application
-- that has a score is never deleted (no use case deletes applications; this refuses it from any path), and each
-- import job ends by counting scores whose application is missing (ScoreOrphanCheck, audited).
ALTER TABLE skd_score DROP CONSTRAINT skd_score_application_id_fkey;
ALTER TABLE skb_score DROP CONSTRAINT skb_score_application_id_fkey;

-- The SHARE lock waits for a score import's open chunk (it holds ROW EXCLUSIVE) and keeps the next one out until
-- this transaction ends, so the check below sees every committed score and no chunk can add one to an
-- application deleted meanwhile: the race the foreign key's row lock closed. Deleting applications is rare.
CREATE FUNCTION application_without_scores() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    LOCK TABLE skd_score, skb_score IN SHARE MODE;
    IF EXISTS (SELECT 1 FROM skd_score WHERE application_id = OLD.id)
            OR EXISTS (SELECT 1 FROM skb_score WHERE application_id = OLD.id) THEN
        RAISE EXCEPTION 'application % has scores: it is not deleted', OLD.registration_number
            USING ERRCODE = 'foreign_key_violation';
    END IF;
    RETURN OLD;
END;
$$;

CREATE TRIGGER application_with_scores_kept
    BEFORE DELETE ON application
    FOR EACH ROW EXECUTE FUNCTION application_without_scores();
