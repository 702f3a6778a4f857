package id.sofifi.asn.performance.domain;

/**
 * Where an assessment comes from: rated here by the plan's official, or imported from another appraisal system. A
 * re-import updates what it imported, never what an official rated here.
 */
public enum AssessmentSource {
    RATED, IMPORTED
}
