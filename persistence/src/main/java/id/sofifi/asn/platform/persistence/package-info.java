/**
 * Persistence plumbing every context uses: paging and sorting of queries, LIKE patterns, turning the
 * database's own guards (unique keys, versions) into domain refusals, and the timestamp converter.
 */
package id.sofifi.asn.platform.persistence;
