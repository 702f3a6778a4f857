/**
 * Pengawasan publik use cases (ASN-RULES §5): filing a report (public), reading it as the public, the reporter or
 * staff (privacy classes applied here), staff routing, refusing, following up, closing and reopening, the reporter's
 * reply, and keeping the public holidays. Every change is audited, never with the reporter's identity.
 */
package id.sofifi.asn.oversight.application;
