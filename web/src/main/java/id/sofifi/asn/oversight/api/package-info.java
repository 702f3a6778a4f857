/**
 * Pengawasan publik over HTTP (API contract, "Oversight"): filing and reading complaints, the staff's case actions
 * and the public holidays. Thin: the use cases decide who reads what.
 */
package id.sofifi.asn.oversight.api;
