package id.sofifi.asn.development.web;

import id.sofifi.asn.development.application.EnrolmentService;
import id.sofifi.asn.development.application.EnrolmentView;
import id.sofifi.asn.development.application.TrainingService;
import id.sofifi.asn.development.application.TrainingView;
import id.sofifi.asn.development.domain.EnrolmentResult;
import id.sofifi.asn.kernel.NotFoundException;
import id.sofifi.asn.platform.web.FacesMessages;
import id.sofifi.asn.platform.web.UseCase;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;

/**
 * Staff screen of one training ({@code ?code=}): its facts and enrolments; enrol an employee by NIP (optionally on
 * the waiting list), cancel an enrolment, mark one completed with its result; and the attendance section
 * ({@link TrainingAttendanceView}).
 */
@Named
@ViewScoped
public class TrainingPageView implements Serializable {
    private static final long serialVersionUID = 1L;

    @EJB
    TrainingService trainings;

    @EJB
    EnrolmentService enrolments;

    /** The Presensi section, reloaded with the enrolments, since its attendees are the enrolled. */
    @Inject
    TrainingAttendanceView attendance;

    private String code;
    private TrainingView training;
    private List<EnrolmentView> list = List.of();
    private String nip;
    private boolean waitingList;
    private EnrolmentView completing;
    private EnrolmentResult result;
    private LocalDate completedOn;

    /** The view action: loads the training named in the address, or says it does not exist. */
    public void load() {
        try {
            training = trainings.find(code);
            list = enrolments.enrolments(code);
            attendance.load();
        } catch (NotFoundException e) {
            training = null;
            FacesMessages.refused(e);
        }
    }

    public void enrol() {
        if (UseCase.run(() -> enrolments.enrol(code, nip == null ? null : nip.strip(), waitingList), "enrolment.saved",
                nip)) {
            nip = null;
            waitingList = false;
        }
        load();
    }

    public void cancel(EnrolmentView enrolment) {
        UseCase.run(() -> enrolments.cancel(code, enrolment.nip()), "enrolment.cancelled", enrolment.nip());
        load();
    }

    public void startCompletion(EnrolmentView enrolment) {
        completing = enrolment;
        result = EnrolmentResult.PASSED;
        completedOn = training.endsOn();
    }

    public void complete() {
        UseCase.run(() -> enrolments.complete(code, completing.nip(), result, completedOn), "enrolment.completed",
                completing.nip());
        load();
    }

    public EnrolmentResult[] getResults() { return EnrolmentResult.values(); }

    public String getCode() { return code; }

    public void setCode(String code) { this.code = code; }

    public TrainingView getTraining() { return training; }

    public List<EnrolmentView> getEnrolments() { return list; }

    public String getNip() { return nip; }

    public void setNip(String nip) { this.nip = nip; }

    public boolean isWaitingList() { return waitingList; }

    public void setWaitingList(boolean waitingList) { this.waitingList = waitingList; }

    public EnrolmentView getCompleting() { return completing; }

    public EnrolmentResult getResult() { return result; }

    public void setResult(EnrolmentResult result) { this.result = result; }

    public LocalDate getCompletedOn() { return completedOn; }

    public void setCompletedOn(LocalDate completedOn) { this.completedOn = completedOn; }
}
