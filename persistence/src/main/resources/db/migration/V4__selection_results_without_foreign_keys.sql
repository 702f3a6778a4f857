-- The ranking results are derived data: the jobs rewrite them formation by formation from application,
-- skd_score and skb_score, and an application is never deleted (its formation and its applicant
-- restrict that). Their foreign keys cost more than the ranking itself (docs/benchmarks.md, issue 4,
-- benchmark 1): a million result rows insert in 1.7 s into a bare table, 11 s with the primary key and
-- index, 49 s with the three foreign keys. The keys that remain still make every result unique per
-- application and fast to read per formation.
ALTER TABLE skd_result
    DROP CONSTRAINT skd_result_application_id_fkey,
    DROP CONSTRAINT skd_result_period_id_fkey,
    DROP CONSTRAINT skd_result_formation_id_fkey;
ALTER TABLE final_result
    DROP CONSTRAINT final_result_application_id_fkey,
    DROP CONSTRAINT final_result_period_id_fkey,
    DROP CONSTRAINT final_result_formation_id_fkey,
    DROP CONSTRAINT final_result_placed_formation_id_fkey;
