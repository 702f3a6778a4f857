/**
 * Use cases of the selection context: starting score imports and the ranking jobs (with stop, restart
 * and progress for the operator screen), reading and explaining results, and the SKB weights of a
 * formation. The rules are in {@code id.sofifi.asn.selection.domain}; the bulk work in the batch module.
 */
package id.sofifi.asn.selection.application;
