/**
 * Pengawasan publik (ASN-RULES §5): complaints (pengaduan), aspirations and information requests with their
 * tracking code, privacy class, status, timeline and the four deadlines counted in working days, and the public
 * holidays (hari libur nasional) that are not working days. The reporter's identity is kept apart from the case.
 * Work units are referred to by id; they belong to recruitment's organisation tree.
 */
package id.sofifi.asn.oversight.domain;
