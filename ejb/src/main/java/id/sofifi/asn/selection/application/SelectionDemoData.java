package id.sofifi.asn.selection.application;

import id.sofifi.asn.audit.application.AuditTrail;
import id.sofifi.asn.kernel.Wit;
import id.sofifi.asn.platform.application.DemoDataRequested;
import id.sofifi.asn.recruitment.application.FinishedPeriodDemoData;
import id.sofifi.asn.recruitment.domain.Application;
import id.sofifi.asn.recruitment.domain.ApplicationRepository;
import id.sofifi.asn.recruitment.domain.ApplicationStatus;
import id.sofifi.asn.recruitment.domain.Formation;
import id.sofifi.asn.recruitment.domain.SelectionPeriod;
import id.sofifi.asn.recruitment.domain.SelectionPeriodRepository;
import id.sofifi.asn.selection.domain.Announcement;
import id.sofifi.asn.selection.domain.AnnouncementPreparing;
import id.sofifi.asn.selection.domain.AnnouncementPublished;
import id.sofifi.asn.selection.domain.AnnouncementRepository;
import id.sofifi.asn.selection.domain.AnnouncementStage;
import id.sofifi.asn.selection.domain.Attendance;
import id.sofifi.asn.selection.domain.FinalCandidate;
import id.sofifi.asn.selection.domain.FinalOutcome;
import id.sofifi.asn.selection.domain.FinalRanking;
import id.sofifi.asn.selection.domain.FinalScore;
import id.sofifi.asn.selection.domain.FinalStatus;
import id.sofifi.asn.selection.domain.ScoreRepository;
import id.sofifi.asn.selection.domain.SelectionResultRepository;
import id.sofifi.asn.selection.domain.SkbScore;
import id.sofifi.asn.selection.domain.SkdCandidate;
import id.sofifi.asn.selection.domain.SkdCode;
import id.sofifi.asn.selection.domain.SkdOutcome;
import id.sofifi.asn.selection.domain.SkdRanking;
import id.sofifi.asn.selection.domain.SkdScore;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.interceptor.Interceptor;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.stream.Collectors;
import javax.sql.DataSource;

/**
 * Selection's part of the demo installation: for recruitment's finished period ({@link FinishedPeriodDemoData}) the
 * SKD and SKB scores of its MS applicants, their SKD and final results ranked by the same rules the skd-ranking and
 * final-ranking jobs apply ({@link SkdRanking}, {@link FinalRanking}, {@link FinalScore}), and the ADMINISTRATION,
 * SKD and FINAL announcements, each prepared by {@value #PREPARER} and approved by {@value #APPROVER} so that their
 * chains verify. Nobody is appointed: the newcomer runs the appointment (README).
 */
@ApplicationScoped
public class SelectionDemoData {
    /** After recruitment's demo data (default priority), whose finished period it scores and announces. */
    static final int AFTER_RECRUITMENT = Interceptor.Priority.APPLICATION + 550;
    static final String PREPARER = "admin";
    static final String APPROVER = "supervisor";

    /**
     * SKD subtests (TWK, TIU, TKP) of the MS applicants in registration-number order; the fifth misses the general
     * TKP threshold of 166 (§1.4), so one applicant is TL.
     */
    private static final int[][] SKD = {{95, 115, 182}, {105, 120, 186}, {80, 95, 174}, {100, 110, 190}, {85, 100, 160},
            {90, 105, 178}, {110, 130, 195}, {75, 90, 171}};
    /** SKB CAT scores out of {@link #SKB_MAX} in the same order; taken only by those who proceeded (P/L). */
    private static final int[] SKB = {410, 385, 440, 395, 400, 420, 372, 405};
    private static final BigDecimal SKB_MAX = BigDecimal.valueOf(500);

    @Inject
    SelectionPeriodRepository periods;

    @Inject
    ApplicationRepository applications;

    @Inject
    ScoreRepository scores;

    @Inject
    AnnouncementRepository announcements;

    @Inject
    Event<AnnouncementPreparing> preparing;

    @Inject
    Event<AnnouncementPublished> publications;

    @Inject
    DataSource dataSource;

    @Inject
    AuditTrail audit;

    @Inject
    Clock clock;

    /**
     * Seeds only a finished period without any announcement whose applications are all decided, so a restart never
     * seeds twice and a period of the same code that is not the demo's is left alone.
     */
    void seed(@Observes @Priority(AFTER_RECRUITMENT) DemoDataRequested request) {
        Optional<SelectionPeriod> found = periods
                .findByCode(FinishedPeriodDemoData.code(LocalDate.now(clock.withZone(Wit.ZONE))));
        if (found.isEmpty() || !announcements.ofPeriod(found.get().id(), true).isEmpty()
                || applications.countUndecided(found.get()) > 0) {
            return;
        }
        SelectionPeriod period = found.get();
        List<Application> eligible = applications.decided(period).stream()
                .filter(a -> a.status() == ApplicationStatus.MS).toList();
        if (eligible.isEmpty()) {
            return;
        }
        Map<Long, SkdScore> skd = scoreSkd(eligible);
        Map<Formation, List<Application>> byFormation = eligible.stream()
                .collect(Collectors.groupingBy(Application::formation,
                        () -> new TreeMap<>(Comparator.comparing(Formation::code)), Collectors.toList()));
        Results<SkdOutcome> skdResults = new Results<>();
        byFormation.forEach((f, apps) -> skdResults.add(f, SkdRanking.rank(f.category(), f.quota(), period.thresholds(),
                apps.stream().map(a -> skdCandidate(a, skd.get(a.id()))).toList())));
        Results<FinalOutcome> finalResults = new Results<>();
        byFormation.forEach((f, apps) -> finalResults.add(f,
                FinalRanking.rank(f.quota(), scoreSkb(f, proceeded(apps, skdResults), skd, eligible))));
        String digests = write(period, skdResults, finalResults);
        int year = period.year();
        List<Long> published = List.of(announce(period, AnnouncementStage.ADMINISTRATION, on(year, 4, 21)),
                announce(period, AnnouncementStage.SKD, on(year, 7, 14)),
                announce(period, AnnouncementStage.FINAL, on(year, 9, 15)));
        audit.recordAs("system", "demo.seeded", "Installation", period.code() + "/selection", null, digests,
                "Data demo seleksi " + period.code() + ": " + eligible.size() + " nilai SKD, " + finalResults.size()
                        + " hasil akhir, pengumuman " + published + " disiapkan " + PREPARER + " dan disetujui "
                        + APPROVER);
    }

    /** Stores the SKD scores of the MS applicants, handed out in their order; answers them by application id. */
    private Map<Long, SkdScore> scoreSkd(List<Application> eligible) {
        Map<Long, SkdScore> skd = new HashMap<>();
        for (int i = 0; i < eligible.size(); i++) {
            int[] s = SKD[i % SKD.length];
            SkdScore score = new SkdScore(s[0], s[1], s[2]);
            scores.addSkd(eligible.get(i).id(), score);
            skd.put(eligible.get(i).id(), score);
        }
        return skd;
    }

    /**
     * Stores the SKB scores of a formation's applicants who proceeded, by their place among the MS applicants;
     * answers them as candidates of the final ranking, SKB converted by the formation's weights (§1.6).
     */
    private List<FinalCandidate> scoreSkb(Formation f, List<Application> proceeded, Map<Long, SkdScore> skd,
            List<Application> eligible) {
        List<FinalCandidate> candidates = new ArrayList<>();
        for (Application a : proceeded) {
            SkbScore skb = SkbScore.of(BigDecimal.valueOf(SKB[eligible.indexOf(a) % SKB.length]), SKB_MAX, null, null);
            scores.addSkb(a.id(), skb);
            candidates.add(finalCandidate(a, skd.get(a.id()), skb, f));
        }
        return candidates;
    }

    /**
     * Writes both results as the ranking jobs' writers do, on the transaction's own connection; answers their
     * digests as the jobs' audit step computes them. Every formation's seats are filled, so the optimisation
     * (§1.7) would move nobody and is not run.
     */
    private String write(SelectionPeriod period, Results<SkdOutcome> skd, Results<FinalOutcome> finals) {
        try (Connection c = dataSource.getConnection()) {
            SelectionResultRepository.writeSkd(c, period.id(), ScoreRepository.NO_JOB, skd.formations(),
                    skd.formationIds, skd.outcomes);
            SelectionResultRepository.writeFinal(c, period.id(), ScoreRepository.NO_JOB, finals.formations(),
                    finals.formationIds, finals.outcomes);
            return "SKD " + SelectionResultRepository
                    .digest(c, SelectionResultRepository.Table.SKD, period.id(), ScoreRepository.NO_JOB).sha256()
                    + ", akhir "
                    + SelectionResultRepository
                            .digest(c, SelectionResultRepository.Table.FINAL, period.id(), ScoreRepository.NO_JOB)
                            .sha256();
        } catch (SQLException e) {
            throw new IllegalStateException("writing the demo results of " + period.code() + " failed", e);
        }
    }

    private static List<Application> proceeded(List<Application> apps, Results<SkdOutcome> skd) {
        List<Long> proceeding = skd.outcomes.stream().filter(o -> o.code() == SkdCode.PROCEEDS)
                .map(SkdOutcome::applicationId).toList();
        return apps.stream().filter(a -> proceeding.contains(a.id())).toList();
    }

    private static SkdCandidate skdCandidate(Application a, SkdScore score) {
        return new SkdCandidate(a.id(), a.registrationNumber(), Attendance.PRESENT, score, a.qualification().gpa(),
                a.birthDate());
    }

    private static FinalCandidate finalCandidate(Application a, SkdScore skd, SkbScore skb, Formation f) {
        return new FinalCandidate(a.id(), a.registrationNumber(), FinalStatus.PRESENT, skd,
                FinalScore.skb100(skb, f.skbWeights()), a.qualification().gpa(), a.birthDate());
    }

    /**
     * Prepares the stage's announcement the day before {@code publishedAt} and publishes it then, by the steps of
     * {@link AnnouncementService#prepare} and {@link AnnouncementService#approve} done as two accounts; the
     * ADMINISTRATION one opens (and, being last year's, has long closed) the objection window. Answers its id.
     */
    private long announce(SelectionPeriod period, AnnouncementStage stage, Instant publishedAt) {
        preparing.fire(new AnnouncementPreparing(period.id(), period.code(), stage));
        Announcement draft = Announcement.prepare(period.id(), stage, PREPARER, publishedAt.minus(Duration.ofDays(1)));
        announcements.add(draft);
        draft.snapshotTaken(announcements.snapshot(draft));
        draft.publish(APPROVER, publishedAt, () -> announcements.seal(draft.id()));
        publications.fire(new AnnouncementPublished(draft.id(), period.id(), period.code(), stage, null, publishedAt));
        return draft.id();
    }

    private static Instant on(int year, int month, int day) {
        return LocalDate.of(year, month, day).atTime(LocalTime.of(10, 0)).atZone(Wit.ZONE).toInstant();
    }

    /** Ranked outcomes with the formation of each, as the result tables take them. */
    private static final class Results<O> {
        final List<Long> formationIds = new ArrayList<>();
        final List<O> outcomes = new ArrayList<>();

        void add(Formation formation, List<O> ranked) {
            formationIds.addAll(Collections.nCopies(ranked.size(), formation.id()));
            outcomes.addAll(ranked);
        }

        int size() {
            return outcomes.size();
        }

        /** The formations with outcomes, each once: those whose results are replaced by them. */
        List<Long> formations() {
            return formationIds.stream().distinct().toList();
        }
    }
}
