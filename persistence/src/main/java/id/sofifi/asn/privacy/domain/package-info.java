/**
 * Pelindungan data pribadi (ASN-RULES §6, UU 27/2022): how a NIK is kept so that a stolen database dump does not
 * reveal it ({@link id.sofifi.asn.privacy.domain.NikKeys}, {@link id.sofifi.asn.privacy.domain.SealedNik}), who read a
 * person's data, and the retention of applicant documents.
 */
package id.sofifi.asn.privacy.domain;
