package id.sofifi.asn.selection.domain;

import id.sofifi.asn.recruitment.domain.ApplicantFacts;
import id.sofifi.asn.recruitment.domain.SelectionPeriodRepository;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The door through which workforce learns whom a selection period's final result appoints: every L, L-1 and
 * L-2 of the period's published FINAL announcement, at the formation they were placed in (their own for L, the
 * seat optimisation gave them for L-1 and L-2), with who they are as recruitment knows it. Workforce reads
 * neither selection's nor recruitment's tables; it asks here, also from its batch job (which is why this is a
 * bean of the persistence library the job can see, not an EJB).
 */
@Dependent
public class Appointees {
    private static final String APPOINTED = Stream
            .of(FinalCode.PASSED, FinalCode.PLACED_SAME_LOCATION, FinalCode.PLACED_OTHER_LOCATION)
            .map(c -> "'" + c.label() + "'").collect(Collectors.joining(", "));

    /**
     * Registration numbers compare bytewise (collation "C") so that the order here, the checkpoint of a job
     * reading page by page, and Java's {@code String} order agree.
     */
    private static final String PAGE = """
            SELECT e.registration_number, pf.code, pf.position, pf.work_unit_id
            FROM announcement_entry e
                 JOIN application a ON a.registration_number = e.registration_number
                 JOIN final_result r ON r.application_id = a.id
                 JOIN formation pf ON pf.id = coalesce(r.placed_formation_id, r.formation_id)
            WHERE e.announcement_id = ?1 AND e.code IN (%s)
              AND e.registration_number COLLATE "C" > ?2
            ORDER BY e.registration_number COLLATE "C"
            LIMIT ?3""".formatted(APPOINTED);

    @PersistenceContext(unitName = "asn")
    EntityManager em;

    @Inject
    SelectionPeriodRepository periods;

    @Inject
    AnnouncementRepository announcements;

    @Inject
    ApplicantFacts applicants;

    /**
     * The id of the period's published FINAL announcement as it stands (the last correction, if any); empty
     * while none is published. An unknown period is a {@code NotFoundException}.
     */
    public Optional<Long> finalAnnouncement(String periodCode) {
        return announcements.current(periods.byCode(periodCode).id(), AnnouncementStage.FINAL).map(Announcement::id);
    }

    /**
     * The next {@code limit} appointees of a published FINAL announcement after a registration number (empty
     * text: from the first), in ascending registration number.
     */
    public List<Appointee> after(long announcementId, String registrationNumber, int limit) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery(PAGE).setParameter(1, announcementId)
                .setParameter(2, registrationNumber).setParameter(3, limit).getResultList();
        Map<String, ApplicantFacts.Facts> facts = applicants.of(rows.stream().map(r -> (String) r[0]).toList());
        return rows.stream().map(r -> new Appointee((String) r[0], (String) r[1], (String) r[2],
                ((Number) r[3]).longValue(), facts.get((String) r[0]))).toList();
    }

    /** One person the final result appoints, at the formation they were placed in. */
    public record Appointee(String registrationNumber, String placedFormationCode, String position, long workUnitId,
            ApplicantFacts.Facts applicant) {
    }
}
