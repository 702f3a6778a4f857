-- Oversight (§5, issue 12 "the reporter replies or rates the answer"): the reporter's rating of the unit's answer,
-- 1 (not satisfied) to 4 (very satisfied) as the survey's faces; giving it closes the case.
ALTER TABLE complaint ADD COLUMN answer_rating smallint CHECK (answer_rating BETWEEN 1 AND 4);
