/**
 * The development part of the external API (API-CONTRACT.md, Workforce and development): training partners,
 * trainings and their enrolments, the import of partners' training records, an employee's development ledger, the
 * JP compliance of a unit's employees and the public certificate check. The ledger is
 * the root resource {@code employees/{nip}/development}, next to workforce's root {@code employees}: JAX-RS picks
 * the root whose path has the most literal characters, so this one answers its path and workforce keeps the rest.
 */
package id.sofifi.asn.development.api;
