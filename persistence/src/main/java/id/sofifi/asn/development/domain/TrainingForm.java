package id.sofifi.asn.development.domain;

/** Bentuk: classical (class, e-learning) or non-classical (coaching, mentoring, secondment, job shadowing). */
public enum TrainingForm {
    CLASSICAL, NON_CLASSICAL
}
