/**
 * Audit: an append-only record of every decision, each event chained to the previous one by SHA-256
 * so that a changed, removed or inserted row is detected when the chain is recomputed.
 */
package id.sofifi.asn.audit.domain;
