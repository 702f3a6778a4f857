/**
 * Kualitas pelayanan publik (ASN-RULES §3): service units (unit layanan) under the work units of recruitment, the
 * citizens' satisfaction survey (survei kepuasan masyarakat) with its nine elements, the respondents' facts, the
 * one-time receipt codes a counter prints, the limit on submissions per address, kiosk tablets paired with a unit,
 * the burst rule that flags responses for the BKD and its exclusions (counted apart), paper forms of the import, the
 * index (IKM) with its grade and minimum sample, and the rule that a respondent group is shown only from five. Work units are referred to by id only; their facts come from recruitment.
 */
package id.sofifi.asn.servicequality.domain;
