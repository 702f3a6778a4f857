/**
 * Use cases of selection: preparing, approving and publishing the hash-chained result announcements,
 * and reading them publicly (list, entries, verification, CSV and PDF).
 */
package id.sofifi.asn.selection.application;
