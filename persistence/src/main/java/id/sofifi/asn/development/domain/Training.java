package id.sofifi.asn.development.domain;

import id.sofifi.asn.kernel.ConflictException;
import id.sofifi.asn.kernel.DomainException;
import id.sofifi.asn.kernel.NotFoundException;
import id.sofifi.asn.kernel.Violations;
import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Pelatihan: one training held by a partner on fixed dates, worth a number of JP, with a number of places. It owns
 * its enrolments: an employee enrols while places are left, or joins the waiting list (daftar tunggu) when asked
 * to; a cancellation of a held place gives it to the first on the waiting list; staff mark each enrolment completed
 * with its result. Use cases lock the training's row before they change its enrolments, so two employees racing
 * for the last place cannot both get it.
 */
@Entity
@Table(name = "training")
public class Training {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false, unique = true, length = 30)
    private String code;

    @Column(nullable = false, length = 200)
    private String title;

    @ManyToOne(optional = false, fetch = FetchType.EAGER)
    @JoinColumn(name = "partner_id", nullable = false)
    private TrainingPartner partner;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 15)
    private Competence competence;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 13)
    private TrainingForm form;

    @Column(nullable = false)
    private boolean latsar;

    @Column(name = "starts_on", nullable = false)
    private LocalDate startsOn;

    @Column(name = "ends_on", nullable = false)
    private LocalDate endsOn;

    @Column(nullable = false, precision = 5, scale = 2)
    private BigDecimal jp;

    @Column(nullable = false)
    private int capacity;

    @OneToMany(mappedBy = "training", cascade = CascadeType.PERSIST)
    @OrderBy("id")
    private List<Enrolment> enrolments = new ArrayList<>();

    @Version
    private long version;

    protected Training() {
    }

    /** A new training of {@code partner}; the details must have been validated (its code names this partner). */
    public Training(TrainingDetails details, TrainingPartner partner) {
        Violations v = new Violations();
        details.validate(v);
        v.throwIfAny();
        this.code = details.code();
        this.title = details.title();
        this.partner = partner;
        this.competence = details.competence();
        this.form = details.form();
        this.latsar = details.latsar();
        this.startsOn = details.startsOn();
        this.endsOn = details.endsOn();
        this.jp = details.jp().value();
        this.capacity = details.capacity();
    }

    /**
     * Enrols the employee with NIP {@code nip}. Refused when they already have an enrolment here that is not
     * cancelled, when the dates overlap another training they are active in ({@code activeElsewhere}), and when
     * no place is left unless {@code waitIfFull}: then they join the end of the waiting list.
     */
    public Enrolment enrol(String nip, Collection<Training> activeElsewhere, boolean waitIfFull, Instant now) {
        if (enrolments.stream().anyMatch(e -> e.nip().equals(nip) && e.status() != EnrolmentStatus.CANCELLED)) {
            throw new ConflictException("enrolment.duplicate", nip, code);
        }
        Optional<Training> clash = activeElsewhere.stream().filter(t -> t != this && overlaps(t)).findFirst();
        if (clash.isPresent()) {
            throw new ConflictException("enrolment.overlap", nip, clash.get().code());
        }
        Enrolment enrolment;
        if (placesLeft() > 0) {
            enrolment = Enrolment.enrolled(this, nip, now);
        } else if (waitIfFull) {
            enrolment = Enrolment.waiting(this, nip, lastWaitingPosition() + 1, now);
        } else {
            throw new ConflictException("training.full", code);
        }
        enrolments.add(enrolment);
        return enrolment;
    }

    /**
     * Cancels the employee's active enrolment. When it held a place, the first on the waiting list takes it; that
     * promoted enrolment is answered so that its employee can be told.
     */
    public Optional<Enrolment> cancel(String nip, Instant now) {
        Enrolment enrolment = active(nip);
        boolean heldPlace = enrolment.status() == EnrolmentStatus.ENROLLED;
        enrolment.cancel(now);
        if (!heldPlace) {
            return Optional.empty();
        }
        Optional<Enrolment> first = waitingList().stream().findFirst();
        first.ifPresent(Enrolment::promote);
        return first;
    }

    /**
     * Marks the employee's enrolment (holding a place) completed with its result on {@code completedOn}, which
     * lies between the training's start and {@code today}.
     */
    public Enrolment complete(String nip, EnrolmentResult result, LocalDate completedOn, LocalDate today) {
        Violations v = new Violations();
        v.require(result, "result");
        if (v.require(completedOn, "completedOn")) {
            v.check(!completedOn.isBefore(startsOn), "completedOn", "enrolment.completedBeforeStart");
            v.check(!completedOn.isAfter(today), "completedOn", "enrolment.completedInFuture");
        }
        v.throwIfAny();
        Enrolment enrolment = active(nip);
        if (enrolment.status() != EnrolmentStatus.ENROLLED) {
            throw new DomainException("enrolment.notHoldingPlace", nip, code);
        }
        enrolment.complete(result, completedOn);
        return enrolment;
    }

    /**
     * The sessions (sesi) at which attendance is taken: the training's days, from start to end. A non-classical
     * training is counted by its days as well, as there is no separate schedule of sessions yet.
     */
    public List<LocalDate> sessions() {
        return startsOn.datesUntil(endsOn.plusDays(1)).toList();
    }

    /** The NIPs whose attendance is taken: those holding a place or having completed, in enrolment order. */
    public List<String> attendees() {
        return enrolments.stream()
                .filter(e -> e.status() == EnrolmentStatus.ENROLLED || e.status() == EnrolmentStatus.COMPLETED)
                .map(Enrolment::nip).toList();
    }

    /**
     * Checks a register of attendance (presensi) for one session before it is saved: the session is a day of this
     * training and not after {@code today}, at least one employee is marked, each marked employee is an attendee
     * (enrolled or completed, not waiting or cancelled) and each mark says present or absent. All refusals at once.
     */
    public void checkAttendance(LocalDate sessionOn, Map<String, Boolean> presence, LocalDate today) {
        Violations v = new Violations();
        if (v.require(sessionOn, "sessionOn")) {
            v.check(!sessionOn.isBefore(startsOn) && !sessionOn.isAfter(endsOn), "sessionOn",
                    "attendance.sessionOutside", code);
            v.check(!sessionOn.isAfter(today), "sessionOn", "attendance.sessionInFuture");
        }
        v.check(!presence.isEmpty(), "attendees", "attendance.nobody");
        List<String> attendees = attendees();
        presence.forEach((nip, present) -> {
            v.check(attendees.contains(nip), "nip", "attendance.notAttendee", nip, code);
            v.require(present, "present");
        });
        v.throwIfAny();
    }

    public boolean overlaps(Training other) {
        return !startsOn.isAfter(other.endsOn) && !other.startsOn.isAfter(endsOn);
    }

    public int placesLeft() {
        long taken = enrolments.stream()
                .filter(e -> e.status() == EnrolmentStatus.ENROLLED || e.status() == EnrolmentStatus.COMPLETED).count();
        return (int) Math.max(0, capacity - taken);
    }

    /** Those waiting for a place, first in line first. */
    public List<Enrolment> waitingList() {
        return enrolments.stream().filter(e -> e.status() == EnrolmentStatus.WAITING)
                .sorted(Comparator.comparingInt(Enrolment::waitingPosition)).toList();
    }

    private int lastWaitingPosition() {
        return enrolments.stream().filter(e -> e.waitingPosition() != null).mapToInt(Enrolment::waitingPosition).max()
                .orElse(0);
    }

    private Enrolment active(String nip) {
        return enrolments.stream().filter(e -> e.nip().equals(nip) && e.status().active()).findFirst()
                .orElseThrow(() -> new NotFoundException("enrolment.notFound", nip, code));
    }

    public Long id() {
        return id;
    }

    public String code() {
        return code;
    }

    public String title() {
        return title;
    }

    public TrainingPartner partner() {
        return partner;
    }

    public Competence competence() {
        return competence;
    }

    public TrainingForm form() {
        return form;
    }

    public boolean latsar() {
        return latsar;
    }

    public LocalDate startsOn() {
        return startsOn;
    }

    public LocalDate endsOn() {
        return endsOn;
    }

    public Jp jp() {
        return new Jp(jp);
    }

    public int capacity() {
        return capacity;
    }

    public List<Enrolment> enrolments() {
        return List.copyOf(enrolments);
    }
}
