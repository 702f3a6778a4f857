package id.sofifi.asn.performance.application;

import id.sofifi.asn.audit.application.AuditTrail;
import id.sofifi.asn.kernel.Wit;
import id.sofifi.asn.performance.domain.Assessment;
import id.sofifi.asn.performance.domain.AssessmentPeriod;
import id.sofifi.asn.performance.domain.AssessmentRepository;
import id.sofifi.asn.performance.domain.BerakhlakValue;
import id.sofifi.asn.performance.domain.Predicate;
import id.sofifi.asn.performance.domain.Rating;
import id.sofifi.asn.performance.domain.Ratings;
import id.sofifi.asn.performance.domain.SkpPlan;
import id.sofifi.asn.performance.domain.SkpPlanRepository;
import id.sofifi.asn.performance.domain.UnitRating;
import id.sofifi.asn.performance.domain.UnitRatingRepository;
import id.sofifi.asn.performance.domain.WorkIndicator;
import id.sofifi.asn.platform.application.DemoDataRequested;
import id.sofifi.asn.workforce.application.EmployeeDirectory;
import id.sofifi.asn.workforce.application.EmployeeFacts;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.interceptor.Interceptor;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Performance's part of the demo installation: for every demo employee who has a head (the staff of the BKD under
 * Rahmat Hasan, the laboratory's head Yusuf Baharuddin under Fitriani Abdullah), a plan of last year and of this year
 * set by that head and acknowledged, last year's annual assessment and this year's quarters Q1–Q3 as far as they have
 * ended, rated by the head a week after each period, one of last year's with an evidence PDF; the units these heads
 * lead are rated Baik last year, so the BKD and the heads see their curves (§2). Periods before the employee's appointment are left out. It
 * observes after workforce's demo data ({@code APPLICATION + 600}), whose employees and heads it reads.
 */
@ApplicationScoped
public class PerformanceDemoData {
    /** Results and behaviour in turn, so the demo shows several predicates (§2 K1, K2, then Baik, K4, Baik). */
    private static final Rating[][] RATINGS = {{Rating.ABOVE, Rating.ABOVE}, {Rating.ABOVE, Rating.AS_EXPECTED},
            {Rating.AS_EXPECTED, Rating.AS_EXPECTED}, {Rating.BELOW, Rating.ABOVE}, {Rating.AS_EXPECTED, Rating.ABOVE}};
    private static final List<AssessmentPeriod> QUARTERS = List.of(AssessmentPeriod.Q1, AssessmentPeriod.Q2,
            AssessmentPeriod.Q3);
    private static final int DEMO_EMPLOYEES = 50;
    private static final int DAYS_TO_RATE = 7;

    @Inject
    SkpPlanRepository plans;

    @Inject
    AssessmentRepository assessments;

    @Inject
    UnitRatingRepository unitRatings;

    @Inject
    DemoEvidence demoEvidence;

    @Inject
    EmployeeDirectory employees;

    @Inject
    AuditTrail audit;

    @Inject
    Clock clock;

    /** Seeds only an installation without assessments, so a restart never seeds twice. */
    void seed(@Observes @Priority(Interceptor.Priority.APPLICATION + 800) DemoDataRequested request) {
        if (assessments.count() > 0) {
            return;
        }
        LocalDate today = LocalDate.now(clock.withZone(Wit.ZONE));
        Map<String, EmployeeFacts> heads = employees.headsOf(employees.firstByNip(DEMO_EMPLOYEES));
        int turn = 0;
        int rated = 0;
        for (Map.Entry<String, EmployeeFacts> staff : heads.entrySet()) {
            EmployeeFacts employee = employees.get(staff.getKey());
            String head = staff.getValue().nip();
            SkpPlan lastYear = plan(employee, today.getYear() - 1, head);
            SkpPlan thisYear = plan(employee, today.getYear(), head);
            rated += rate(employee, lastYear, AssessmentPeriod.ANNUAL, LocalDate.of(today.getYear() - 1, 12, 31), today,
                    turn++);
            for (AssessmentPeriod quarter : QUARTERS) {
                rated += rate(employee, thisYear, quarter, quarter.end(today.getYear()), today, turn++);
            }
        }
        // one annual assessment with an evidence file, to download from the official's and the employee's pages
        heads.keySet().stream().sorted()
                .flatMap(nip -> assessments.find(nip, today.getYear() - 1, AssessmentPeriod.ANNUAL).stream())
                .findFirst().ifPresent(
                        a -> demoEvidence.attach(a, a.evaluatorNip().strip(), at(LocalDate.of(today.getYear(), 1, 8))));
        // the units the demo's heads lead, rated Baik last year: their staff's predicates show the curve (§2)
        heads.values().stream().map(h -> employees.unitHeadedBy(h.nip())).flatMap(Optional::stream).distinct()
                .forEach(code -> unitRatings.add(new UnitRating(code, today.getYear() - 1, Predicate.BAIK,
                        at(LocalDate.of(today.getYear(), 1, 15)))));
        audit.recordAs("system", "demo.seeded", "Installation", "performance", null, null,
                "Data contoh SKP: rencana dan " + rated + " penilaian untuk " + heads.size() + " pegawai");
    }

    private SkpPlan plan(EmployeeFacts employee, int year, String head) {
        SkpPlan plan = new SkpPlan(employee.nip(), year, head,
                List.of(new WorkIndicator("Tugas jabatan " + employee.position() + " terlaksana", "100 %"),
                        new WorkIndicator("Laporan kinerja triwulanan tersusun tepat waktu", "4 laporan")),
                "Menjalankan nilai BerAKHLAK dalam pelayanan kepada masyarakat dan rekan kerja",
                at(LocalDate.of(year, 1, 2)));
        plan.acknowledge(at(LocalDate.of(year, 1, 5)));
        plans.add(plan);
        return plan;
    }

    /** Rates the period when it ended before today and after the employee's appointment; answers 1 if rated. */
    private int rate(EmployeeFacts employee, SkpPlan plan, AssessmentPeriod period, LocalDate end, LocalDate today,
            int turn) {
        LocalDate ratedOn = end.plusDays(DAYS_TO_RATE);
        if (!ratedOn.isBefore(today) || end.isBefore(employee.appointedOn())) {
            return 0;
        }
        Rating[] pair = RATINGS[turn % RATINGS.length];
        assessments.add(new Assessment(plan, period,
                new Ratings(pair[0], pair[1],
                        Map.of(BerakhlakValue.BERORIENTASI_PELAYANAN, "Melayani pemohon dengan ramah dan tuntas"),
                        "Pertahankan; dokumentasikan hasil kerja."),
                at(ratedOn)));
        return 1;
    }

    /** Ten in the morning, WIT, of {@code day}: office hours. */
    private static Instant at(LocalDate day) {
        return day.atTime(LocalTime.of(10, 0)).atZone(Wit.ZONE).toInstant();
    }
}
