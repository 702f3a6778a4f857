/**
 * Community oversight (pengawasan masyarakat): complaints and the public forum. The forum's use cases: public reading
 * of topics, answers and the moderation log; citizens' sign-up, topics, posts, supports and abuse reports; the
 * official answer and moderation by staff, every change audited.
 */
package id.sofifi.asn.oversight.application;
