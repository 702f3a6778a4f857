package id.sofifi.asn.development.domain;

/**
 * Where an enrolment stands: holding a place, waiting for one, cancelled, or completed (with a result). ENROLLED
 * and WAITING are active: they count as the employee's commitment for the training's dates.
 */
public enum EnrolmentStatus {
    ENROLLED, WAITING, CANCELLED, COMPLETED;

    public boolean active() {
        return this == ENROLLED || this == WAITING;
    }
}
