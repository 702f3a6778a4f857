/**
 * Persistence plumbing every context uses: paging and sorting of queries, LIKE patterns, turning the
 * database's own guards (unique keys, versions) into domain refusals, the timestamp converter, and the name an
 * uploaded file is shown under.
 */
package id.sofifi.asn.platform.persistence;
