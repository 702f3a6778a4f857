-- Oversight's forum: the daily digest of followed topics goes to each account once a day; the key is what keeps a
-- second server (or a second run) from sending it again.
CREATE TABLE forum_digest_sent (
    account varchar(60) NOT NULL,
    day     date        NOT NULL,
    sent_at timestamptz NOT NULL,
    PRIMARY KEY (account, day)
);
