/**
 * Pengawasan publik (ASN-RULES §5): complaints (pengaduan), aspirations and information requests with their
 * tracking code, privacy class, status, timeline and the four deadlines counted in working days, and the public
 * holidays (hari libur nasional) that are not working days. The reporter's identity is kept apart from the case.
 * A case carries up to three attachments (lampiran), stored by their SHA-256 without the browser's file name.
 * Work units are referred to by id; they belong to recruitment's organisation tree.
 *
 * <p>Community oversight (pengawasan masyarakat): complaints and the public forum. The forum part: topics citizens open
 * under a work unit, their posts and supports, the unit's official answers kept in versions, moderation with reasons
 * and its public log, and the posting-rate limit per account.
 */
package id.sofifi.asn.oversight.domain;
