/**
 * Persistence plumbing every context uses: paging and sorting of queries, LIKE patterns, turning the
 * database's own guards (unique keys, versions) into domain refusals, the timestamp converter, the name an
 * uploaded file is shown under, which characters a text from outside may hold, and
 * rows in COPY format for staging an import chunk and planning its statements afresh, a named lock held until
 * the transaction ends.
 */
package id.sofifi.asn.platform.persistence;
