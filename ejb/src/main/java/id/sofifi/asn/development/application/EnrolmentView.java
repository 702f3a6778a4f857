package id.sofifi.asn.development.application;

import java.io.Serializable;
import id.sofifi.asn.development.domain.Enrolment;
import id.sofifi.asn.development.domain.EnrolmentResult;
import id.sofifi.asn.development.domain.EnrolmentStatus;
import java.time.LocalDate;

/**
 * One enrolment on a training, with the employee's name as workforce knows it and, once passed, the certificate's
 * number.
 */
public record EnrolmentView(String trainingCode, String nip, String name, EnrolmentStatus status,
        Integer waitingPosition, EnrolmentResult result, LocalDate completedOn,
        String certificateNumber) implements Serializable {

    static EnrolmentView of(Enrolment e, String name, String certificateNumber) {
        return new EnrolmentView(e.training().code(), e.nip(), name, e.status(),
                e.status() == EnrolmentStatus.WAITING ? e.waitingPosition() : null, e.result(), e.completedOn(),
                certificateNumber);
    }
}
