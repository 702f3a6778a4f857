package id.sofifi.asn.oversight.domain;

import id.sofifi.asn.kernel.ConflictException;
import id.sofifi.asn.kernel.Violations;
import id.sofifi.asn.kernel.Wit;
import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.PrimaryKeyJoinColumn;
import jakarta.persistence.SecondaryTable;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * Laporan (ASN-RULES §5): a complaint, aspiration or information request with its tracking code, privacy class,
 * the responsible work unit, its status and timeline. Status moves RECEIVED → ROUTED → FOLLOWED_UP → CLOSED; a
 * reporter's reply sends a followed-up case back to the unit; a received or routed case may be refused (REJECTED)
 * with a reason; a closed case may be reopened within the closing window. Any other move is a conflict.
 *
 * <p>Longer than our 300-line mark on purpose: every move of a case (route, refuse, merge, follow up, reply, rate,
 * close, close without reply, reopen, escalate) guards the same status and writes the same timeline, and the guard
 * must sit beside each move; split into several classes the status rules would be read in pieces.
 */
@Entity
@Table(name = "complaint")
@SecondaryTable(name = Complaint.REPORTER_TABLE, pkJoinColumns = @PrimaryKeyJoinColumn(name = "complaint_id"))
public class Complaint {
    static final String REPORTER_TABLE = "complaint_reporter";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "tracking_code", nullable = false, unique = true, length = 20)
    private String trackingCode;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private ComplaintKind kind;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 12)
    private Privacy privacy;

    @Column(nullable = false, length = 200)
    private String title;

    @Column(nullable = false, length = 5000)
    private String body;

    @Column(name = "work_unit_id", nullable = false)
    private Long workUnitId;

    @Column(name = "service_unit_code", length = 30)
    private String serviceUnitCode;

    @Embedded
    private Reporter reporter;

    @Column(name = "secret_hash", nullable = false, length = 64)
    private String secretHash;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 12)
    private ComplaintStatus status;

    @Column(name = "received_at", nullable = false)
    private Instant receivedAt;

    @Column(name = "routed_on")
    private LocalDate routedOn;

    @Column(name = "followed_up_on")
    private LocalDate followedUpOn;

    @Column(name = "closed_on")
    private LocalDate closedOn;

    @Column(name = "merged_into_id")
    private Long mergedIntoId;

    @Column(name = "answer_rating")
    private Integer answerRating;

    @OneToMany(mappedBy = "complaint", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("at, id")
    private List<ComplaintEvent> timeline = new ArrayList<>();

    @Version
    private long version;

    protected Complaint() {
    }

    /** A report as filed; its fields are checked all at once and named as the contract names them. */
    public Complaint(Filing filing, long workUnitId, String trackingCode, String secretHash, Instant receivedAt) {
        filing.check().throwIfAny();
        this.trackingCode = trackingCode;
        this.kind = filing.kind();
        this.privacy = filing.privacy();
        this.title = filing.title().strip();
        this.body = filing.body().strip();
        this.workUnitId = workUnitId;
        this.serviceUnitCode = filing.serviceUnitCode();
        this.reporter = filing.reporter();
        this.secretHash = secretHash;
        this.receivedAt = receivedAt;
        this.status = ComplaintStatus.RECEIVED;
        record(receivedAt, EventKind.FILED, null);
    }

    /** Diteruskan: the case goes to the unit that must answer it. */
    public void route(long unitId, Instant at) {
        requireStatus(ComplaintStatus.RECEIVED);
        this.workUnitId = unitId;
        this.routedOn = localDate(at);
        this.status = ComplaintStatus.ROUTED;
        record(at, EventKind.ROUTED, null);
    }

    /** Ditolak: not the province's authority, or spam; the reason is shown with the case. */
    public void refuse(String reason, Instant at) {
        String why = requireNote(reason, "reason");
        requireStatus(ComplaintStatus.RECEIVED, ComplaintStatus.ROUTED);
        this.status = ComplaintStatus.REJECTED;
        this.closedOn = localDate(at);
        record(at, EventKind.REFUSED, why);
    }

    /**
     * Digabung (§5 refusal "duplicate of another case"): this received or routed case ends, pointing at the case it
     * duplicates, and both timelines say so, so each reporter follows the surviving case from their own page.
     */
    public void mergeInto(Complaint survivor, Instant at) {
        requireStatus(ComplaintStatus.RECEIVED, ComplaintStatus.ROUTED);
        if (survivor == this || survivor.status == ComplaintStatus.REJECTED) {
            throw new ConflictException("complaint.mergeTarget", survivor.trackingCode, trackingCode);
        }
        this.status = ComplaintStatus.REJECTED;
        this.closedOn = localDate(at);
        this.mergedIntoId = survivor.id;
        record(at, EventKind.MERGED_INTO, survivor.trackingCode);
        survivor.record(at, EventKind.DUPLICATE_JOINED, trackingCode);
    }

    /** Tindak lanjut: the unit's answer, public with the case (unless the case is confidential). */
    public void followUp(String answer, Instant at) {
        String text = requireNote(answer, "answer");
        requireStatus(ComplaintStatus.ROUTED);
        this.followedUpOn = localDate(at);
        this.status = ComplaintStatus.FOLLOWED_UP;
        record(at, EventKind.FOLLOWED_UP, text);
    }

    /**
     * Tanggapan pelapor: the reporter is not satisfied, so the case goes back to the unit as if routed that day
     * (a new follow-up is due {@code followUpDays} working days later) and the closing count starts again after it.
     */
    public void reply(String text, Instant at) {
        String note = requireNote(text, "text");
        requireStatus(ComplaintStatus.FOLLOWED_UP);
        this.routedOn = localDate(at);
        this.followedUpOn = null;
        this.status = ComplaintStatus.ROUTED;
        record(at, EventKind.REPLIED, note);
    }

    /**
     * Penilaian pelapor: the reporter is content enough to rate the unit's answer, 1 (not satisfied) to 4 (very
     * satisfied); the case closes, as it would when the closing window passes without a reply.
     */
    public void rateAnswer(Integer rating, Instant at) {
        new Violations().check(rating != null && rating >= 1 && rating <= 4, "rating", "complaint.ratingRange")
                .throwIfAny();
        requireStatus(ComplaintStatus.FOLLOWED_UP);
        this.answerRating = rating;
        this.status = ComplaintStatus.CLOSED;
        this.closedOn = localDate(at);
        record(at, EventKind.RATED, String.valueOf(rating));
    }

    /** Selesai: after a follow-up, when the reporter is content or the closing window passed without a reply. */
    public void close(Instant at) {
        requireStatus(ComplaintStatus.FOLLOWED_UP);
        this.status = ComplaintStatus.CLOSED;
        this.closedOn = localDate(at);
        record(at, EventKind.CLOSED, null);
    }

    /**
     * Dibuka kembali: a closed case goes back to the unit, allowed until the {@code closeDays}-th working day after
     * the day it closed (the same window the reporter had to reply); later it is a conflict.
     */
    public void reopen(String reason, Instant at, WorkingCalendar calendar, DeadlineRules rules) {
        String why = requireNote(reason, "reason");
        requireStatus(ComplaintStatus.CLOSED);
        LocalDate today = localDate(at);
        LocalDate lastDay = calendar.workingDaysAfter(closedOn, rules.closeDays());
        if (today.isAfter(lastDay)) {
            throw new ConflictException("complaint.reopenWindowOver", trackingCode, lastDay);
        }
        this.routedOn = today;
        this.followedUpOn = null;
        this.closedOn = null;
        this.status = ComplaintStatus.ROUTED;
        record(at, EventKind.REOPENED, why);
    }

    /**
     * Ditutup otomatis (§5): a followed-up case whose reporter has not answered by the end of the closing day
     * closes by itself; true when it did.
     */
    public boolean closeWithoutReply(Instant now, WorkingCalendar calendar, DeadlineRules rules) {
        if (status != ComplaintStatus.FOLLOWED_UP || !localDate(now).isAfter(deadlines(calendar, rules).closeAfter())) {
            return false;
        }
        this.status = ComplaintStatus.CLOSED;
        this.closedOn = localDate(now);
        record(now, EventKind.CLOSED_WITHOUT_REPLY, null);
        return true;
    }

    /** Puts on the case's timeline that its missed {@code step} went to {@code level}, for the public to see. */
    public void escalated(Step step, EscalationLevel level, Instant at) {
        record(at, level == EscalationLevel.HEAD ? EventKind.ESCALATED_TO_HEAD : EventKind.ESCALATED_TO_INSPECTORATE,
                step.name());
    }

    public Deadlines deadlines(WorkingCalendar calendar, DeadlineRules rules) {
        return dates().deadlines(calendar, rules);
    }

    /**
     * The steps whose deadline day has ended in WIT while the step is not done (§5); a finished case misses nothing.
     */
    public List<Step> overdue(Instant now, WorkingCalendar calendar, DeadlineRules rules) {
        return dates().overdue(localDate(now), calendar, rules);
    }

    private CaseDates dates() {
        return new CaseDates(status, localDate(receivedAt), routedOn, followedUpOn);
    }

    /** Whether the given secret is this case's reporter secret. */
    public boolean heldBy(String secret) {
        return secret != null && ReporterSecret.hashOf(secret).equals(secretHash);
    }

    private void requireStatus(ComplaintStatus... allowed) {
        if (!Arrays.asList(allowed).contains(status)) {
            throw new ConflictException("complaint.wrongStatus", trackingCode, status);
        }
    }

    private static String requireNote(String text, String field) {
        new Violations().text(text, field, 3, 5000).throwIfAny();
        return text.strip();
    }

    private void record(Instant at, EventKind event, String note) {
        timeline.add(new ComplaintEvent(this, at, event, status, note));
    }

    static LocalDate localDate(Instant at) {
        return at.atZone(Wit.ZONE).toLocalDate();
    }

    /** The case this one was merged into, if it was a duplicate. */
    public Optional<Long> mergedIntoId() {
        return Optional.ofNullable(mergedIntoId);
    }

    public Long id() {
        return id;
    }

    public String trackingCode() {
        return trackingCode;
    }

    public ComplaintKind kind() {
        return kind;
    }

    public Privacy privacy() {
        return privacy;
    }

    public String title() {
        return title;
    }

    public String body() {
        return body;
    }

    public long workUnitId() {
        return workUnitId;
    }

    public String serviceUnitCode() {
        return serviceUnitCode;
    }

    public Reporter reporter() {
        return reporter == null ? new Reporter(null, null, null) : reporter;
    }

    public ComplaintStatus status() {
        return status;
    }

    public Instant receivedAt() {
        return receivedAt;
    }

    public List<ComplaintEvent> timeline() {
        return List.copyOf(timeline);
    }
}
