package id.sofifi.asn.development.application;

import id.sofifi.asn.notification.application.MailDates;
import id.sofifi.asn.audit.application.AuditTrail;
import id.sofifi.asn.development.domain.CertificateNumber;
import id.sofifi.asn.development.domain.Enrolment;
import id.sofifi.asn.development.domain.EnrolmentResult;
import id.sofifi.asn.development.domain.EnrolmentStatus;
import id.sofifi.asn.development.domain.Training;
import id.sofifi.asn.development.domain.TrainingRecord;
import id.sofifi.asn.development.domain.TrainingRecordRepository;
import id.sofifi.asn.development.domain.TrainingRepository;
import id.sofifi.asn.identity.domain.Role;
import id.sofifi.asn.kernel.NotFoundException;
import id.sofifi.asn.kernel.Wit;
import id.sofifi.asn.notification.application.OutboxService;
import id.sofifi.asn.workforce.application.EmployeeDirectory;
import id.sofifi.asn.workforce.application.OwnRecords;
import id.sofifi.asn.workforce.application.EmployeeFacts;
import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Enrolment on trainings (pendaftaran pelatihan): staff enrol anyone, an employee (role EMPLOYEE, caller name =
 * NIP) enrols themself; staff cancel (the first on the waiting list moves up and is mailed) and mark completion with
 * the result, which for a pass writes the training record and issues its certificate number. Every change locks the
 * training's row first, so places are counted one writer at a time.
 */
@Stateless
@RolesAllowed(Role.ADMIN_NAME)
public class EnrolmentService {
    static final String SUBJECT = "Enrolment";
    private static final SecureRandom RANDOM = new SecureRandom();

    @Inject
    TrainingRepository trainings;

    @Inject
    TrainingRecordRepository records;

    @Inject
    EmployeeDirectory employees;

    @Inject
    OutboxService outbox;

    @Inject
    AuditTrail audit;

    @Inject
    Clock clock;

    @Resource
    SessionContext session;

    @Inject
    OwnRecords ownRecords;

    /** The enrolments of a training, in the order they were made, with the employees' names and certificates. */
    public List<EnrolmentView> enrolments(String trainingCode) {
        Training training = load(trainingCode, false);
        Map<String, String> certificates = records.certificatesOf(training.code());
        return training.enrolments().stream().map(e -> EnrolmentView.of(e, name(e.nip()),
                e.status() == EnrolmentStatus.COMPLETED ? certificates.get(e.nip()) : null)).toList();
    }

    /**
     * Enrols the employee; when the training is full it is a conflict unless {@code waitIfFull}, which puts them on
     * the waiting list instead.
     */
    @RolesAllowed({Role.ADMIN_NAME, Role.EMPLOYEE_NAME})
    public EnrolmentView enrol(String trainingCode, String nip, boolean waitIfFull) {
        ownRecords.requireSelf(session, nip, Role.ADMIN_NAME);
        EmployeeFacts employee = employees.get(nip);
        trainings.lockEnrolmentsOf(employee.nip());
        Training training = load(trainingCode, true);
        Enrolment enrolment = training.enrol(employee.nip(), trainings.activeFor(employee.nip()), waitIfFull,
                clock.instant());
        trainings.flush(training, employee.nip());
        EnrolmentView view = EnrolmentView.of(enrolment, employee.fullName(), null);
        audit.record("enrolment.created", SUBJECT, key(enrolment), null, view,
                "NIP " + nip + " " + (view.waitingPosition() == null ? "terdaftar" : "masuk daftar tunggu")
                        + " pada pelatihan " + training.code());
        return view;
    }

    /** Cancels the employee's enrolment; whoever moves up from the waiting list is told by mail. */
    public void cancel(String trainingCode, String nip) {
        Training training = load(trainingCode, true);
        Optional<Enrolment> promoted = training.cancel(nip, clock.instant());
        trainings.flush(training, nip);
        audit.record("enrolment.cancelled", SUBJECT, training.code() + "/" + nip, null, training.code() + "/" + nip,
                "Pendaftaran NIP " + nip + " pada pelatihan " + training.code() + " dibatalkan");
        promoted.ifPresent(this::promoted);
    }

    /**
     * Marks the employee's enrolment completed with its result; a pass writes the training record with a new,
     * unguessable certificate number (answered), a fail none.
     */
    public Optional<String> complete(String trainingCode, String nip, EnrolmentResult result, LocalDate completedOn) {
        Training training = load(trainingCode, true);
        Enrolment enrolment = training.complete(nip, result, completedOn, LocalDate.now(clock.withZone(Wit.ZONE)));
        trainings.flush(training, nip);
        Optional<String> certificate = Optional.empty();
        if (result == EnrolmentResult.PASSED) {
            String number = CertificateNumber.random(RANDOM);
            records.add(TrainingRecord.of(enrolment, number, clock.instant()));
            certificate = Optional.of(number);
        }
        audit.record("enrolment.completed", SUBJECT, key(enrolment), null, enrolment + certificate.orElse(""),
                "NIP " + nip + " menyelesaikan pelatihan " + training.code() + " dengan hasil " + result);
        return certificate;
    }

    private void promoted(Enrolment enrolment) {
        audit.record("enrolment.promoted", SUBJECT, key(enrolment), null, enrolment,
                "NIP " + enrolment.nip() + " naik dari daftar tunggu pelatihan " + enrolment.training().code());
        employees.find(enrolment.nip()).filter(e -> e.email() != null).ifPresent(e -> {
            Training t = enrolment.training();
            outbox.queue(e.email(), "Tempat pelatihan " + t.code() + " untuk Anda",
                    "Yth. " + e.fullName() + ",\n\nSebuah tempat pada pelatihan \"" + t.title() + "\" ("
                            + MailDates.day(t.startsOn()) + " s.d. " + MailDates.day(t.endsOn())
                            + ") telah kosong dan kini menjadi milik Anda, karena Anda pertama di daftar tunggu."
                            + "\n\nBila Anda berhalangan, mohon kabari pengelola pelatihan agar tempat ini dapat"
                            + " diberikan kepada rekan berikutnya.");
        });
    }

    private Training load(String code, boolean lock) {
        return (lock ? trainings.lockByCode(code) : trainings.findByCode(code))
                .orElseThrow(() -> new NotFoundException("training.notFound", code));
    }

    private String name(String nip) {
        return employees.find(nip).map(EmployeeFacts::fullName).orElse(nip);
    }

    private static String key(Enrolment e) {
        return e.training().code() + "/" + e.nip();
    }
}
