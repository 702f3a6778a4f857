/**
 * The selection part of the external API (API-CONTRACT.md, Selection): score imports, ranking jobs and
 * their results, and the hash-chained result announcements with their public verification. The paths under
 * {@code /periods/{code}} and {@code /jobs/{id}} are served through the one root of each (a sub-resource and
 * a {@code JobControl}); the announcements have their own root.
 */
package id.sofifi.asn.selection.api;
