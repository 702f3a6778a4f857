package id.sofifi.asn.servicequality.domain;

/** Kelompok umur of a respondent: a band, never the age itself, so that an answer stays hard to trace. */
public enum AgeBand {
    UNDER_20, AGE_20_29, AGE_30_39, AGE_40_49, AGE_50_59, AGE_60_PLUS
}
