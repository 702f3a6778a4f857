package id.sofifi.asn.servicequality.application;

import id.sofifi.asn.audit.application.AuditTrail;
import id.sofifi.asn.kernel.Sex;
import id.sofifi.asn.kernel.Wit;
import id.sofifi.asn.platform.application.DemoDataRequested;
import id.sofifi.asn.recruitment.domain.WorkUnit;
import id.sofifi.asn.recruitment.domain.WorkUnitRepository;
import id.sofifi.asn.servicequality.domain.AgeBand;
import id.sofifi.asn.servicequality.domain.Answers;
import id.sofifi.asn.servicequality.domain.Channel;
import id.sofifi.asn.servicequality.domain.Education;
import id.sofifi.asn.servicequality.domain.Occupation;
import id.sofifi.asn.servicequality.domain.Respondent;
import id.sofifi.asn.servicequality.domain.ServiceUnit;
import id.sofifi.asn.servicequality.domain.ServiceUnitRepository;
import id.sofifi.asn.servicequality.domain.SurveyElement;
import id.sofifi.asn.servicequality.domain.SurveyResponse;
import id.sofifi.asn.servicequality.domain.SurveyResponseRepository;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.interceptor.Interceptor;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * Service quality's part of the demo installation: four service units under the demo work units, each with eight
 * responses per quarter of this year so far (paper forms, as a unit's first survey round usually is), so the public
 * results page shows numbers at once. Answers follow each unit's own level with some spread and a few blanks; a
 * fixed seed makes every installation show the same figures. Observes after development's demo data
 * ({@code APPLICATION + 700}), with the work units recruitment seeded.
 */
@ApplicationScoped
public class ServiceQualityDemoData {
    static final int RESPONSES_PER_QUARTER = 8;

    /** Code, name, work unit, yearly users, and the unit's typical answer per element. */
    private record DemoUnit(String code, String name, String workUnit, int annualUsers, double[] level) {
    }

    private static final List<DemoUnit> UNITS = List.of(
            new DemoUnit("RSUD-POLI-UMUM", "Poliklinik Umum RSUD Sofifi", "RSUD", 12_000,
                    new double[]{3.3, 3.1, 2.7, 3.6, 3.2, 3.4, 3.5, 2.9, 3.0}),
            new DemoUnit("LABKESDA-LOKET", "Loket Pemeriksaan Laboratorium Kesehatan Daerah", "DINKES-LABKESDA", 5_000,
                    new double[]{3.5, 3.4, 3.2, 3.3, 3.5, 3.6, 3.6, 3.2, 3.4}),
            new DemoUnit("BKD-LAYANAN", "Layanan Kepegawaian Terpadu BKD", "BKD", 3_000,
                    new double[]{3.7, 3.6, 3.5, 3.9, 3.6, 3.7, 3.8, 3.5, 3.6}),
            new DemoUnit("DPUPR-REKOMTEK", "Loket Rekomendasi Teknis PUPR", "DPUPR", 800,
                    new double[]{2.8, 2.6, 2.4, 3.2, 2.9, 3.0, 3.1, 2.5, 2.7}));

    @Inject
    ServiceUnitRepository units;

    @Inject
    SurveyResponseRepository responses;

    @Inject
    WorkUnitRepository workUnits;

    @Inject
    AuditTrail audit;

    @Inject
    Clock clock;

    /** Seeds only an installation without service units, so a restart never seeds twice. */
    void seed(@Observes @Priority(Interceptor.Priority.APPLICATION + 800) DemoDataRequested request) {
        if (!units.all().isEmpty()) {
            return;
        }
        LocalDate today = LocalDate.now(clock.withZone(Wit.ZONE));
        Random random = new Random(2026);
        int seeded = 0;
        int seededUnits = 0;
        for (DemoUnit demo : UNITS) {
            WorkUnit workUnit = workUnits.findByCode(demo.workUnit()).orElse(null);
            if (workUnit != null) {
                ServiceUnit unit = new ServiceUnit(demo.code(), demo.name(), workUnit.id(), demo.annualUsers());
                units.add(unit);
                seeded += respond(unit, demo.level(), today, random);
                seededUnits++;
            }
        }
        audit.recordAs("system", "demo.seeded", "Installation", "servicequality", null, null,
                "Data contoh survei kepuasan: " + seededUnits + " unit layanan, " + seeded + " jawaban");
    }

    /** Eight responses in each quarter of this year up to today, on days spread over the quarter's past part. */
    private int respond(ServiceUnit unit, double[] level, LocalDate today, Random random) {
        int count = 0;
        for (int quarter = 0; quarter < 4; quarter++) {
            LocalDate start = LocalDate.of(today.getYear(), 1 + 3 * quarter, 1);
            if (start.isAfter(today)) {
                break;
            }
            LocalDate end = start.plusMonths(3).minusDays(1);
            long days = (end.isAfter(today) ? today : end).toEpochDay() - start.toEpochDay() + 1;
            for (int i = 0; i < RESPONSES_PER_QUARTER; i++) {
                LocalDate servedOn = start.plusDays(random.nextLong(days));
                responses.add(new SurveyResponse(unit, answers(level, random), servedOn, respondent(random),
                        Channel.PAPER, null, clock.instant()));
                count++;
            }
        }
        return count;
    }

    /** Answers around the unit's level; cost and complaint handling are left blank now and then, as on paper. */
    private static Answers answers(double[] level, Random random) {
        List<Integer> given = new ArrayList<>();
        for (SurveyElement element : SurveyElement.values()) {
            boolean optional = element == SurveyElement.COST || element == SurveyElement.COMPLAINT_HANDLING;
            if (optional && random.nextInt(6) == 0) {
                given.add(null);
            } else {
                long answer = Math.round(level[element.ordinal()] + random.nextGaussian() * 0.55);
                given.add((int) Math.max(SurveyElement.LOWEST, Math.min(SurveyElement.HIGHEST, answer)));
            }
        }
        return Answers.of(given);
    }

    private static Respondent respondent(Random random) {
        return new Respondent(pick(Sex.values(), random), pick(AgeBand.values(), random),
                pick(Education.values(), random), pick(Occupation.values(), random));
    }

    private static <T> T pick(T[] values, Random random) {
        return values[random.nextInt(values.length)];
    }
}
