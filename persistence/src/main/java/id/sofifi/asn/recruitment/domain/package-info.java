/**
 * Recruitment: selection periods (periode seleksi), work units (OPD, organisasi perangkat daerah) and
 * formations (formasi), with the rules that keep them consistent. See ASN-RULES.md §1.
 */
package id.sofifi.asn.recruitment.domain;
