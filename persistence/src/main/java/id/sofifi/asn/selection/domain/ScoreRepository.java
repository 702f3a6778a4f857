package id.sofifi.asn.selection.domain;

import jakarta.enterprise.context.Dependent;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

/**
 * SKD and SKB scores given one at a time, outside an import job: the demo installation's. The imports write theirs
 * in bulk with a set-based upsert that records every changed score (the batch module's score writers); a score
 * stored here is new, so there is no change to record. Job execution id {@value #NO_JOB} says no job wrote it.
 */
@Dependent
public class ScoreRepository {
    /** The job execution id of scores and results not written by a batch job (ids of real runs start at 1). */
    public static final long NO_JOB = 0;

    @PersistenceContext(unitName = "asn")
    EntityManager em;

    /** The SKD result of one application present at the test (§1.3). */
    public void addSkd(long applicationId, SkdScore score) {
        em.createNativeQuery("INSERT INTO skd_score (application_id, attendance, twk, tiu, tkp, job_execution_id)"
                + " VALUES (?1, ?2, ?3, ?4, ?5, ?6)").setParameter(1, applicationId)
                .setParameter(2, Attendance.PRESENT.name()).setParameter(3, score.twk()).setParameter(4, score.tiu())
                .setParameter(5, score.tkp()).setParameter(6, NO_JOB).executeUpdate();
    }

    /** The SKB result of one application that proceeded from SKD (§1.6). */
    public void addSkb(long applicationId, SkbScore score) {
        em.createNativeQuery("INSERT INTO skb_score (application_id, cat_score, cat_max, extra_score, extra_max,"
                + " job_execution_id) VALUES (?1, ?2, ?3, CAST(?4 AS numeric), CAST(?5 AS numeric), ?6)")
                .setParameter(1, applicationId).setParameter(2, score.catScore()).setParameter(3, score.catMax())
                .setParameter(4, score.extraScore()).setParameter(5, score.extraMax()).setParameter(6, NO_JOB)
                .executeUpdate();
    }
}
