-- Performance (ASN-RULES §2): SKP plans and assessments. Employees and their evaluating officials by NIP; an
-- employee with a plan or an assessment cannot be deleted (RESTRICT), and nobody evaluates themself.
CREATE TABLE skp_plan (
    id                     bigserial     PRIMARY KEY,
    nip                    char(18)      NOT NULL REFERENCES employee (nip) ON DELETE RESTRICT,
    plan_year              integer       NOT NULL,
    evaluator_nip          char(18)      NOT NULL REFERENCES employee (nip) ON DELETE RESTRICT,
    behaviour_expectations varchar(2000) NOT NULL,
    set_at                 timestamptz   NOT NULL,
    acknowledged_at        timestamptz,
    version                bigint        NOT NULL DEFAULT 0,
    CONSTRAINT skp_plan_uk UNIQUE (nip, plan_year),
    CONSTRAINT skp_plan_not_self_ck CHECK (evaluator_nip <> nip)
);

CREATE TABLE skp_indicator (
    plan_id     bigint       NOT NULL REFERENCES skp_plan (id) ON DELETE CASCADE,
    position    integer      NOT NULL,
    description varchar(300) NOT NULL,
    target      varchar(100) NOT NULL,
    PRIMARY KEY (plan_id, position)
);

-- One assessment per employee, year and period; the import upserts on this key. The predicate is stored for the
-- unit's distribution and the reports; the code always derives it from the two ratings by the §2 matrix.
CREATE TABLE skp_assessment (
    id              bigserial     PRIMARY KEY,
    nip             char(18)      NOT NULL REFERENCES employee (nip) ON DELETE RESTRICT,
    assessment_year integer       NOT NULL,
    period          varchar(6)    NOT NULL CHECK (period IN ('Q1', 'Q2', 'Q3', 'Q4', 'ANNUAL')),
    evaluator_nip   char(18)      NOT NULL REFERENCES employee (nip) ON DELETE RESTRICT,
    results         varchar(11)   NOT NULL CHECK (results IN ('ABOVE', 'AS_EXPECTED', 'BELOW')),
    behaviour       varchar(11)   NOT NULL CHECK (behaviour IN ('ABOVE', 'AS_EXPECTED', 'BELOW')),
    predicate       varchar(15)   NOT NULL
        CHECK (predicate IN ('SANGAT_BAIK', 'BAIK', 'BUTUH_PERBAIKAN', 'KURANG', 'SANGAT_KURANG')),
    feedback        varchar(4000),
    source          varchar(8)    NOT NULL CHECK (source IN ('RATED', 'IMPORTED')),
    assessed_at     timestamptz   NOT NULL,
    version         bigint        NOT NULL DEFAULT 0,
    CONSTRAINT skp_assessment_uk UNIQUE (nip, assessment_year, period),
    CONSTRAINT skp_assessment_not_self_ck CHECK (evaluator_nip <> nip)
);

-- A unit's curve reads the predicates of a year's period for the unit's employees.
CREATE INDEX skp_assessment_year_ix ON skp_assessment (assessment_year, period) INCLUDE (nip, predicate);

-- The official's note on each BerAKHLAK value, where they wrote one.
CREATE TABLE skp_behaviour_note (
    assessment_id bigint        NOT NULL REFERENCES skp_assessment (id) ON DELETE CASCADE,
    core_value    varchar(22)   NOT NULL CHECK (core_value IN ('BERORIENTASI_PELAYANAN', 'AKUNTABEL', 'KOMPETEN',
        'HARMONIS', 'LOYAL', 'ADAPTIF', 'KOLABORATIF')),
    note          varchar(1000) NOT NULL,
    PRIMARY KEY (assessment_id, core_value)
);
