package id.sofifi.asn.recruitment.application;

import id.sofifi.asn.recruitment.domain.ApplicationRepository;
import id.sofifi.asn.recruitment.domain.TimelineStep;
import id.sofifi.asn.workforce.domain.EmployeeAppointed;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/**
 * Recruitment's part in the appointment of CPNS, which workforce does: the applicant reads on their timeline
 * (and in a mail) that they were appointed, with their NIP and TMT. Observed in the transaction that stores the
 * employee, so the timeline entry and the employee commit together.
 */
@ApplicationScoped
public class AppointmentTimeline {
    /** The TMT as the applicant reads it; the note is stored once, in Indonesian like the other notes. */
    private static final DateTimeFormatter TMT = DateTimeFormatter.ofPattern("dd MMMM yyyy", new Locale("id", "ID"));

    @Inject
    ApplicationRepository applications;

    @Inject
    ApplicantMail mail;

    @Inject
    Clock clock;

    void appointed(@Observes EmployeeAppointed appointed) {
        applications.findByNumber(appointed.registrationNumber()).ifPresent(application -> {
            String note = "NIP " + appointed.nip() + ", TMT " + TMT.format(appointed.appointedOn());
            application.appointed(note, clock.instant());
            mail.step(application, TimelineStep.APPOINTED, note);
        });
    }
}
