/**
 * Pengembangan kompetensi (ASN-RULES §4): training partners, trainings and their enrolments with the waiting list,
 * the training records that make up an employee's JP ledger (and the rows of their import), the JP value and year, the yearly requirement and the
 * Latsar due date of a CPNS. Employees are referred to by NIP only; their facts come from workforce.
 */
package id.sofifi.asn.development.domain;
