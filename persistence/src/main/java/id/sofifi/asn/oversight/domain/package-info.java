/**
 * Community oversight (pengawasan masyarakat): complaints and the public forum. The forum part: topics citizens open
 * under a work unit, their posts and supports, the unit's official answers kept in versions, moderation with reasons
 * and its public log, and the posting-rate limit per account.
 */
package id.sofifi.asn.oversight.domain;
