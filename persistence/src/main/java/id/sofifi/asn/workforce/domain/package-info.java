/**
 * Workforce: the province's civil servants (ASN: CPNS, PNS and PPPK) as employees with their NIP, position and
 * work unit, and their appointment from the passed applicants of a selection period. See ASN-RULES.md §4 (NIP).
 */
package id.sofifi.asn.workforce.domain;
