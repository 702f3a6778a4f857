-- Oversight (issue 12, forum): a moderator or the unit's official closes a topic that is settled or off the
-- forum's purpose, with the reason shown on its page; who and when stay on the topic (and in the audit chain).
ALTER TABLE forum_topic
    ADD COLUMN closed_reason varchar(500),
    ADD COLUMN closed_by     varchar(60),
    ADD COLUMN closed_at     timestamptz,
    ADD CONSTRAINT forum_topic_closed_ck CHECK ((status = 'CLOSED') = (closed_at IS NOT NULL));
