/**
 * Recruitment: selection periods (periode seleksi), work units (OPD, organisasi perangkat daerah) and
 * formations (formasi) with their SKD thresholds and SKB weights; applicants, their applications and
 * documents, the administrative verification (MS/TMS) and objections (sanggah), with the rules that keep
 * them consistent and the repositories that store them. See ASN-RULES.md §1.
 */
package id.sofifi.asn.recruitment.domain;
