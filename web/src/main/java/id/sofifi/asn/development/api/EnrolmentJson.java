package id.sofifi.asn.development.api;

import id.sofifi.asn.development.application.EnrolmentView;

/**
 * The body of {@code POST /trainings/{code}/enrolments} and its answer. {@code waitingList: true} asks to join
 * the waiting list when the training is full (answer 201 with status {@code WAITING} and its position); without it
 * a full training is 409, as the contract says, so no client lands on a waiting list without asking.
 */
public record EnrolmentJson(String trainingCode, String nip, String name, String status, Integer waitingPosition,
        Boolean waitingList) {
    static EnrolmentJson of(EnrolmentView e) {
        return new EnrolmentJson(e.trainingCode(), e.nip(), e.name(), e.status().name(), e.waitingPosition(), null);
    }
}
