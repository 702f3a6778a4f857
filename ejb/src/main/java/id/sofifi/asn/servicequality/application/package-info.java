/**
 * Service quality use cases: keeping the service units of the work units, issuing receipt codes for a counter,
 * taking a citizen's survey response (checked, receipt code used once, limited per address and hour for phones,
 * exempt for a paired kiosk, flagged when part of a burst), pairing and revoking kiosk tablets, the BKD's exclusion
 * of flagged responses, the import of paper forms, the unit's A4 poster, the index of a unit over a period
 * (ASN-RULES §3) with its trend by quarter and breakdowns by respondent group, and the demo units with their
 * responses. Work units are found
 * through recruitment's WorkUnitRepository by code, never by reading its tables.
 */
package id.sofifi.asn.servicequality.application;
