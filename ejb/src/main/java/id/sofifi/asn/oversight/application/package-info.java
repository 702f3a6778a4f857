/**
 * Pengawasan publik use cases (ASN-RULES §5): filing a report (public), reading it as the public, the reporter or
 * staff (privacy classes applied here), staff routing, refusing, following up, closing and reopening, the reporter's
 * reply, and keeping the public holidays. Every change is audited, never with the reporter's identity.
 *
 * <p>Community oversight (pengawasan masyarakat): complaints and the public forum. The forum's use cases: public reading
 * of topics, answers and the moderation log; citizens' sign-up, topics, posts, supports and abuse reports; the
 * official answer and moderation by staff, every change audited.
 */
package id.sofifi.asn.oversight.application;
