/**
 * The selection part of the external API (API-CONTRACT.md, Selection): score imports, ranking jobs and
 * their results, and the hash-chained result announcements with their public verification.
 */
package id.sofifi.asn.selection.api;
