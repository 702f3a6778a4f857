/**
 * Kualitas pelayanan publik (ASN-RULES §3): service units (unit layanan) under the work units of recruitment, the
 * citizens' satisfaction survey (survei kepuasan masyarakat) with its nine elements, the respondents' facts, the
 * one-time receipt codes a counter prints, the limit on submissions per address, and the index (IKM) with its grade
 * and minimum sample. Work units are referred to by id only; their facts come from recruitment.
 */
package id.sofifi.asn.servicequality.domain;
