/**
 * Use cases of the selection context: starting score imports and the ranking jobs (with stop, restart
 * and progress for the operator screen), reading and explaining results, the SKB weights of a
 * formation, and the hash-chained result announcements (prepare, approve by a second account, public
 * reading, verification, CSV and PDF). One published entry is looked up from memory ({@link
 * id.sofifi.asn.selection.application.AnnouncementLookup}), without a transaction. The rules are in
 * {@code id.sofifi.asn.selection.domain}; the bulk work in the batch module.
 */
package id.sofifi.asn.selection.application;
