-- Laporan evaluasi berkala (issue 11): a report per quarter or year, optionally limited to a work unit, its unit
-- rows (figures as JSON, one row per report and unit so a restarted job replaces what it computes again), and its
-- rendered files by SHA-256 (the bytes live in the file store). A published report keeps the digest it was frozen with.
CREATE TABLE evaluation_report (
    id               bigserial    PRIMARY KEY,
    period_from      date         NOT NULL,
    period_to        date         NOT NULL,
    work_unit_code   varchar(30),
    scheduled        boolean      NOT NULL DEFAULT false,
    status           varchar(9)   NOT NULL CHECK (status IN ('RUNNING', 'READY', 'PUBLISHED', 'FAILED')),
    requested_by     varchar(60)  NOT NULL,
    requested_at     timestamptz  NOT NULL,
    job_execution_id bigint,
    pdf_sha256       varchar(64),
    pdf_size         bigint,
    xlsx_sha256      varchar(64),
    xlsx_size        bigint,
    ready_at         timestamptz,
    published_at     timestamptz,
    published_by     varchar(60),
    sha256           varchar(64),
    version          bigint       NOT NULL DEFAULT 0,
    CONSTRAINT evaluation_report_period_ck CHECK (period_to >= period_from),
    CONSTRAINT evaluation_report_published_ck CHECK (status <> 'PUBLISHED' OR sha256 IS NOT NULL)
);

-- The quarterly timer starts a period's report once across the whole system: a second node, or the timer firing
-- again, hits this index and does nothing. Reports operators start are not limited: a re-run makes a new report.
CREATE UNIQUE INDEX evaluation_report_scheduled_uk ON evaluation_report (period_from, period_to,
    COALESCE(work_unit_code, '')) WHERE scheduled;

CREATE TABLE evaluation_report_unit (
    id             bigserial   PRIMARY KEY,
    report_id      bigint      NOT NULL REFERENCES evaluation_report (id) ON DELETE CASCADE,
    position       integer     NOT NULL,
    work_unit_code varchar(30) NOT NULL,
    figures        text        NOT NULL,
    CONSTRAINT evaluation_report_unit_uk UNIQUE (report_id, work_unit_code)
);
