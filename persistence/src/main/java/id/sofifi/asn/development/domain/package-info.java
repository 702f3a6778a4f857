/**
 * Pengembangan kompetensi (ASN-RULES §4): training partners, trainings and their enrolments with the waiting list,
 * attendance per session, the training records that make up an employee's JP ledger (and the rows of their import),
 * the JP value and year, the yearly requirement, the Latsar due date of a CPNS and the reminders due before it.
 * Employees are referred to by NIP only; their facts come from workforce.
 */
package id.sofifi.asn.development.domain;
