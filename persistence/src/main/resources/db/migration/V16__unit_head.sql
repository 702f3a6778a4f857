-- Workforce: the head of a work unit (kepala unit kerja), one employee per unit and at most one unit per employee.
-- The unit is recruitment's; deleting a unit ends its head's appointment with it (a unit with employees cannot be
-- deleted, and the head is normally one of them).
CREATE TABLE unit_head (
    work_unit_id bigint       NOT NULL PRIMARY KEY REFERENCES work_unit (id) ON DELETE CASCADE,
    nip          char(18)     NOT NULL REFERENCES employee (nip) ON DELETE RESTRICT,
    appointed_at timestamptz  NOT NULL,
    version      bigint       NOT NULL DEFAULT 0,
    CONSTRAINT unit_head_nip_uk UNIQUE (nip)
);

-- Development: a reminder now goes to the employee and a copy to their head; each copy is sent once.
ALTER TABLE reminder_sent ADD COLUMN recipient varchar(8) NOT NULL DEFAULT 'EMPLOYEE'
    CHECK (recipient IN ('EMPLOYEE', 'HEAD'));
ALTER TABLE reminder_sent DROP CONSTRAINT reminder_sent_pk;
ALTER TABLE reminder_sent ADD CONSTRAINT reminder_sent_pk PRIMARY KEY (nip, kind, due_key, recipient);
