-- One model for the administrative result: the snapshots that recruitment published on its own
-- (administration_announcement, one row per revision) become hash-chained ADMINISTRATION announcements,
-- each revision a correction of the one before, and the objection window they opened moves to
-- recruitment's own table. The old tables are dropped.

-- Masa sanggah: opened by the publication of a period's first ADMINISTRATION announcement.
CREATE TABLE objection_window (
    period_id       bigint      PRIMARY KEY REFERENCES selection_period (id) ON DELETE RESTRICT,
    announcement_id bigint      NOT NULL REFERENCES announcement (id) ON DELETE RESTRICT,
    opened_at       timestamptz NOT NULL,
    closes_at       timestamptz NOT NULL
);

-- Entries are ordered as a new ADMINISTRATION announcement orders them (formation code, then
-- registration number) and hashed exactly as AnnouncementChain.hash does: SHA-256 (hex) of the UTF-8
-- text "seq, registration number, name, formation code, code, previous hash" joined by U+001F, the
-- first entry chained to 64 zeros; so the public verification recomputes the same head. The old
-- snapshots were published by one account, so approved_by stays empty (the two-person check allows it).
-- A period that also has an ADMINISTRATION announcement published the new way keeps both chains; the
-- one published last stands.
DO $$
DECLARE
    old        record;
    e          record;
    migrated   bigint;
    previous   bigint;
    old_period bigint;
    head       text;
    n          integer;
BEGIN
    FOR old IN SELECT * FROM administration_announcement ORDER BY period_id, revision LOOP
        IF old.period_id IS DISTINCT FROM old_period THEN
            previous := NULL;
        END IF;
        INSERT INTO announcement (period_id, stage, status, corrects_id, prepared_by, prepared_at)
        VALUES (old.period_id, 'ADMINISTRATION', 'DRAFT', previous, old.published_by, old.published_at)
        RETURNING id INTO migrated;
        head := repeat('0', 64);
        n := 0;
        FOR e IN
            SELECT x.registration_number, x.full_name, f.code AS formation_code, x.result
            FROM administration_announcement_entry x
                 JOIN application a ON a.registration_number = x.registration_number
                 JOIN formation f ON f.id = a.formation_id
            WHERE x.announcement_id = old.id
            ORDER BY f.code, x.registration_number
        LOOP
            n := n + 1;
            INSERT INTO announcement_entry (announcement_id, seq, registration_number, full_name, formation_code,
                                            code, previous_hash, entry_hash)
            VALUES (migrated, n, e.registration_number, e.full_name, e.formation_code, e.result, head,
                    encode(sha256(convert_to(concat_ws(chr(31), n::text, e.registration_number, e.full_name,
                                                       e.formation_code, e.result, head), 'UTF8')), 'hex'))
            RETURNING entry_hash INTO head;
        END LOOP;
        IF n <> (SELECT count(*) FROM administration_announcement_entry WHERE announcement_id = old.id) THEN
            RAISE EXCEPTION 'administration announcement % lists an application that no longer exists', old.id;
        END IF;
        UPDATE announcement
        SET status = 'PUBLISHED', published_at = old.published_at, entry_count = n, head_hash = head
        WHERE id = migrated;
        IF previous IS NULL THEN
            INSERT INTO objection_window (period_id, announcement_id, opened_at, closes_at)
            VALUES (old.period_id, migrated, old.published_at, old.objection_closes);
        END IF;
        previous := migrated;
        old_period := old.period_id;
    END LOOP;
END;
$$;

DROP TABLE administration_announcement_entry;
DROP TABLE administration_announcement;
