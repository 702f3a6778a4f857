/**
 * The performance part of the external API (API-CONTRACT.md, Performance and service quality): an employee's
 * assessments, {@code /employees/{nip}/assessments}, a sub-resource that workforce's {@code EmployeeResource} (the
 * one root of {@code /employees}) hands on; and the import from another appraisal system, {@code POST /skp-imports},
 * whose job is followed at {@code /jobs/{id}}; the periodic evaluation report (laporan evaluasi berkala),
 * {@code /evaluation-reports}: started as a job (stopped and restarted through {@code /jobs/{id}}), read, downloaded
 * as PDF and XLSX, and published.
 */
package id.sofifi.asn.performance.api;
