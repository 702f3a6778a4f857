-- Performance (ASN-RULES §2, issue 11): the evaluating official an administrator assigns instead of the unit head,
-- the organisation's own rating of a unit per year (the curve's bound), and the evidence an official attaches to an
-- assessment.

-- At most one assigned official per employee; without a row the employee's unit head evaluates them. Never themself.
CREATE TABLE skp_evaluator (
    nip           char(18)    PRIMARY KEY REFERENCES employee (nip) ON DELETE CASCADE,
    evaluator_nip char(18)    NOT NULL REFERENCES employee (nip) ON DELETE RESTRICT,
    assigned_at   timestamptz NOT NULL,
    version       bigint      NOT NULL DEFAULT 0,
    CONSTRAINT skp_evaluator_not_self_ck CHECK (evaluator_nip <> nip)
);
CREATE INDEX skp_evaluator_evaluator_ix ON skp_evaluator (evaluator_nip);

-- Predikat kinerja organisasi: the BKD records a unit's own rating of a year; its staff's annual predicates are
-- checked against the curve of that rating.
CREATE TABLE skp_unit_rating (
    id             bigserial   PRIMARY KEY,
    work_unit_code varchar(20) NOT NULL,
    rating_year    integer     NOT NULL,
    rating         varchar(15) NOT NULL
        CHECK (rating IN ('SANGAT_BAIK', 'BAIK', 'BUTUH_PERBAIKAN', 'KURANG', 'SANGAT_KURANG')),
    set_at         timestamptz NOT NULL,
    version        bigint      NOT NULL DEFAULT 0,
    CONSTRAINT skp_unit_rating_uk UNIQUE (work_unit_code, rating_year)
);

-- Evidence files are stored once by their SHA-256 in the data directory's document store (as registration's).
CREATE TABLE skp_evidence (
    id            bigserial    PRIMARY KEY,
    assessment_id bigint       NOT NULL REFERENCES skp_assessment (id) ON DELETE CASCADE,
    file_name     varchar(200) NOT NULL,
    media_type    varchar(40)  NOT NULL,
    size_bytes    bigint       NOT NULL,
    sha256        char(64)     NOT NULL,
    uploaded_by   varchar(100) NOT NULL,
    uploaded_at   timestamptz  NOT NULL
);
CREATE INDEX skp_evidence_assessment_ix ON skp_evidence (assessment_id);
