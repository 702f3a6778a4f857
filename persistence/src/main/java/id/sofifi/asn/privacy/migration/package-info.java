/**
 * Schema migrations that need more than SQL: sealing the stored NIKs needs the key file, which the database never
 * sees. Flyway runs them in version order with the SQL migrations of {@code db/migration}.
 */
package id.sofifi.asn.privacy.migration;
