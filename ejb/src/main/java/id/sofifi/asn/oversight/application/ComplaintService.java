package id.sofifi.asn.oversight.application;

import id.sofifi.asn.audit.application.AuditTrail;
import id.sofifi.asn.identity.domain.Role;
import id.sofifi.asn.kernel.NotFoundException;
import id.sofifi.asn.kernel.ValidationFailure;
import id.sofifi.asn.kernel.Violations;
import id.sofifi.asn.kernel.Wit;
import id.sofifi.asn.oversight.domain.Complaint;
import id.sofifi.asn.oversight.domain.ComplaintRepository;
import id.sofifi.asn.oversight.domain.ComplaintStatus;
import id.sofifi.asn.oversight.domain.DeadlineRules;
import id.sofifi.asn.oversight.domain.Filing;
import id.sofifi.asn.oversight.domain.Privacy;
import id.sofifi.asn.oversight.domain.PublicHolidayRepository;
import id.sofifi.asn.oversight.domain.ReporterSecret;
import id.sofifi.asn.oversight.domain.TrackingCode;
import id.sofifi.asn.oversight.domain.WorkingCalendar;
import id.sofifi.asn.platform.documents.InspectedDocument;
import id.sofifi.asn.platform.persistence.Page;
import id.sofifi.asn.platform.persistence.PageRequest;
import id.sofifi.asn.recruitment.domain.WorkUnit;
import id.sofifi.asn.recruitment.domain.WorkUnitRepository;
import id.sofifi.asn.workforce.application.EmployeeDirectory;
import id.sofifi.asn.workforce.application.OwnRecords;
import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * Laporan masyarakat (ASN-RULES §5): anyone files and follows a report; administrators route, refuse, answer, close
 * and reopen it. Follow-ups are the administrator's for now, until unit officials get their own role.
 */
@Stateless
@RolesAllowed(Role.ADMIN_NAME)
public class ComplaintService {
    static final String SUBJECT = "Complaint";

    @Inject
    ComplaintRepository complaints;

    @Inject
    PublicHolidayRepository holidays;

    @Inject
    WorkUnitRepository workUnits;

    @Inject
    DeadlineRules rules;

    @Inject
    AuditTrail audit;

    @Inject
    CaseFiles files;

    @Inject
    Clock clock;

    @Inject
    EmployeeDirectory employees;

    @Inject
    OwnRecords ownRecords;

    @Resource
    SessionContext session;

    /**
     * The cases filed about or routed to the work unit received in [{@code from}, {@code to}] (dates in WIT), oldest
     * first, as {@link ComplaintDigest}s: read-only, for staff, agencies and employees (an evaluating official sees them
     * beside an SKP rating as evidence, issue 11). An unknown unit has none.
     */
    @RolesAllowed({Role.ADMIN_NAME, Role.AGENCY_NAME, Role.EMPLOYEE_NAME})
    public List<ComplaintDigest> aboutUnit(String workUnitCode, LocalDate from, LocalDate to) {
        return workUnits.findByCode(workUnitCode == null ? "" : workUnitCode.strip())
                .map(unit -> complaints.ofUnit(unit.id(), from.atStartOfDay(Wit.ZONE).toInstant(),
                        to.plusDays(1).atStartOfDay(Wit.ZONE).toInstant()))
                .orElse(List.of()).stream().map(ComplaintDigest::of).toList();
    }

    /**
     * Files a report: the tracking code and the secret come back once. The audit names the case, its class and
     * privacy, never the reporter.
     */
    @PermitAll
    public FiledComplaint file(Filing filing) {
        return file(filing, List.of());
    }

    /**
     * Files a report with up to three files ({@link ComplaintAttachments}): a refused file refuses the whole report,
     * by that file's field together with any other refusal, and nothing is stored.
     */
    @PermitAll
    public FiledComplaint file(Filing filing, List<AttachmentUpload> uploads) {
        Violations v = filing.check();
        Optional<WorkUnit> unit = filing.workUnitCode() == null
                ? Optional.empty()
                : workUnits.findByCode(filing.workUnitCode());
        v.check(filing.workUnitCode() == null || unit.isPresent(), "workUnitCode", "complaint.unknownWorkUnit",
                filing.workUnitCode());
        List<InspectedDocument> documents = List.of();
        try {
            documents = files.inspect(0, uploads);
        } catch (ValidationFailure e) {
            v.addAll(e.violations());
        }
        v.throwIfAny();
        Instant now = clock.instant();
        ReporterSecret secret = ReporterSecret.create();
        Complaint complaint = new Complaint(filing, unit.orElseThrow().id(), freeCode(now), secret.hash(), now);
        complaints.add(complaint);
        ComplaintView filed = view(complaint, false);
        audit.record("complaint.filed", SUBJECT, complaint.trackingCode(), null, filed.withoutReporter(), "Laporan "
                + complaint.trackingCode() + " diterima (" + complaint.kind() + ", " + complaint.privacy() + ")");
        files.attach(complaint, 0, documents);
        return new FiledComplaint(filed, secret.text());
    }

    /**
     * A case as the caller may read it: staff see everything; anyone else sees a public or anonymous case without
     * the reporter, and a confidential one only with its secret — otherwise it is unknown, so that its existence
     * does not leak.
     */
    @PermitAll
    public ComplaintView read(String trackingCode, String secret) {
        boolean staff = session.isCallerInRole(Role.ADMIN_NAME);
        Complaint complaint = find(trackingCode);
        if (complaint.privacy() == Privacy.CONFIDENTIAL && !staff && !complaint.heldBy(secret)) {
            throw unknown(trackingCode);
        }
        return staff ? revealed(complaint) : view(complaint, false);
    }

    /** Staff's list of cases, filtered by status (null: all) and by text in the tracking code or title; no reporter. */
    public Page<ComplaintView> search(ComplaintStatus status, String text, PageRequest request) {
        return complaints.search(status, text, request).map(c -> view(c, false));
    }

    public ComplaintView route(String trackingCode, String workUnitCode) {
        Violations v = new Violations();
        Optional<WorkUnit> unit = v.require(workUnitCode, "workUnitCode")
                ? workUnits.findByCode(workUnitCode)
                : Optional.empty();
        v.check(unit.isPresent(), "workUnitCode", "complaint.unknownWorkUnit", workUnitCode);
        v.throwIfAny();
        return change(trackingCode, "complaint.routed", "diteruskan ke " + unit.orElseThrow().code(),
                c -> c.route(unit.orElseThrow().id(), clock.instant()));
    }

    public ComplaintView refuse(String trackingCode, String reason) {
        return change(trackingCode, "complaint.refused", "ditolak", c -> c.refuse(reason, clock.instant()));
    }

    /**
     * Tindak lanjut: the unit's answer, given by an administrator or by the head of the case's unit (or of a unit
     * above it), signed in as an employee; anyone else is refused (403).
     */
    @RolesAllowed({Role.ADMIN_NAME, Role.EMPLOYEE_NAME})
    public ComplaintView followUp(String trackingCode, String answer) {
        Complaint complaint = find(trackingCode);
        ownRecords.requireUnit(session, workUnits.find(complaint.workUnitId()).map(WorkUnit::code).orElse(null),
                Role.ADMIN_NAME);
        return change(complaint, "complaint.followedUp", "ditindaklanjuti", c -> c.followUp(answer, clock.instant()));
    }

    /**
     * Laporan untuk unit saya: for an employee who heads a unit, the cases routed to it that await or carry its
     * follow-up, without the reporter (§5: the unit never sees who reported an anonymous case, nor any reporter).
     */
    @RolesAllowed(Role.EMPLOYEE_NAME)
    public List<ComplaintView> forMyUnit() {
        return employees.unitHeadedBy(session.getCallerPrincipal().getName()).flatMap(workUnits::findByCode)
                .map(unit -> complaints.routedTo(unit.id()).stream().map(c -> view(c, false)).toList())
                .orElse(List.of());
    }

    public ComplaintView close(String trackingCode) {
        return change(trackingCode, "complaint.closed", "ditutup", c -> c.close(clock.instant()));
    }

    public ComplaintView reopen(String trackingCode, String reason) {
        return change(trackingCode, "complaint.reopened", "dibuka kembali",
                c -> c.reopen(reason, clock.instant(), calendarOf(c), rules));
    }

    /** Tanggapan pelapor: the reporter, holding the secret, says the answer is not enough. */
    @PermitAll
    public ComplaintView reply(String trackingCode, String secret, String text) {
        return change(heldByReporter(trackingCode, secret), "complaint.replied", "ditanggapi pelapor",
                c -> c.reply(text, clock.instant()));
    }

    /** Penilaian pelapor: the reporter, holding the secret, rates the unit's answer and so closes the case. */
    @PermitAll
    public ComplaintView rate(String trackingCode, String secret, Integer rating) {
        return change(heldByReporter(trackingCode, secret), "complaint.rated", "dinilai pelapor",
                c -> c.rateAnswer(rating, clock.instant()));
    }

    /**
     * The case when {@code secret} is its reporter's. A wrong secret is refused by its field, except on a
     * confidential case, which stays unknown to anyone but staff, as on reading it: a 400 would tell a stranger
     * trying codes that the case exists.
     */
    private Complaint heldByReporter(String trackingCode, String secret) {
        Complaint complaint = find(trackingCode);
        if (!complaint.heldBy(secret)) {
            if (complaint.privacy() == Privacy.CONFIDENTIAL && !session.isCallerInRole(Role.ADMIN_NAME)) {
                throw unknown(trackingCode);
            }
            new Violations().check(false, "secret", "complaint.wrongSecret").throwIfAny();
        }
        return complaint;
    }

    private ComplaintView change(String trackingCode, String action, String what, Consumer<Complaint> move) {
        return change(find(trackingCode), action, what, move);
    }

    private ComplaintView change(Complaint complaint, String action, String what, Consumer<Complaint> move) {
        ComplaintView before = view(complaint, false);
        move.accept(complaint);
        ComplaintView after = view(complaint, false);
        audit.record(action, SUBJECT, complaint.trackingCode(), before, after,
                "Laporan " + complaint.trackingCode() + " " + what);
        return session.isCallerInRole(Role.ADMIN_NAME) ? revealed(complaint) : view(complaint, false);
    }

    private String freeCode(Instant now) {
        int year = now.atZone(Wit.ZONE).getYear();
        String code = TrackingCode.next(year);
        while (complaints.codeTaken(code)) {
            code = TrackingCode.next(year);
        }
        return code;
    }

    private Complaint find(String trackingCode) {
        return complaints.findByTrackingCode(trackingCode).orElseThrow(() -> unknown(trackingCode));
    }

    private static NotFoundException unknown(String trackingCode) {
        return new NotFoundException("complaint.notFound", trackingCode);
    }

    private WorkingCalendar calendarOf(Complaint complaint) {
        return holidays.calendarFrom(complaint.receivedAt().atZone(Wit.ZONE).toLocalDate());
    }

    /**
     * The case with its reporter, for the verifying administrators only (§5): each such reveal of a reporter who gave
     * anything is audited, without the identity itself in the audit text.
     */
    private ComplaintView revealed(Complaint c) {
        ComplaintView view = view(c, true);
        if (!view.reporter().summary().isEmpty()) {
            audit.record("complaint.reporterRevealed", SUBJECT, c.trackingCode(), null, null,
                    "Identitas pelapor laporan " + c.trackingCode() + " dibuka");
        }
        return view;
    }

    private ComplaintView view(Complaint c, boolean withReporter) {
        WorkingCalendar calendar = calendarOf(c);
        Optional<WorkUnit> unit = workUnits.find(c.workUnitId());
        return new ComplaintView(c.trackingCode(), c.kind(), c.privacy(), c.title(), c.body(), c.status(),
                unit.map(WorkUnit::code).orElse(null), unit.map(WorkUnit::name).orElse(null), c.serviceUnitCode(),
                c.receivedAt(), c.deadlines(calendar, rules), c.overdue(clock.instant(), calendar, rules),
                c.timeline().stream().map(e -> new ComplaintView.Event(e.at(), e.kind().name(), e.status(), e.note()))
                        .toList(),
                withReporter
                        ? new ComplaintView.ReporterView(c.reporter().name(), c.reporter().email(),
                                c.reporter().phone())
                        : null);
    }
}
