package id.sofifi.asn.servicequality.domain;

/** Pendidikan terakhir of a respondent, as the survey form of PermenPANRB 14/2017 asks it. */
public enum Education {
    SD, SMP, SMA, DIPLOMA, S1, S2, S3
}
