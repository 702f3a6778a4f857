package id.sofifi.asn.performance;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import id.sofifi.asn.performance.application.AssessmentService;
import id.sofifi.asn.performance.application.UnitCurve;
import id.sofifi.asn.performance.domain.CurveWarning;
import id.sofifi.asn.performance.domain.Predicate;
import id.sofifi.asn.system.AsAdministrator;
import id.sofifi.asn.system.SystemTest;
import jakarta.annotation.Resource;
import jakarta.ejb.EJB;
import jakarta.ejb.EJBAccessException;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.UserTransaction;
import java.util.List;
import java.util.Map;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * A unit's distribution curve (ASN-RULES §2) checked inside the deployed application, as the administrator asks for
 * it: the annual predicates of the unit's staff (its bidang included) against the organisation's rating. The unit,
 * its staff and their annual assessments of 2024 are written with SQL, as an import would leave them.
 */
@ExtendWith(ArquillianExtension.class)
class SkpCurveIT {
    private static final int YEAR = 2024;

    @Deployment
    static EnterpriseArchive deployment() {
        return SystemTest.earWithTests(ShrinkWrap.create(WebArchive.class, "system-tests.war")
                .addClasses(SkpCurveIT.class, SkpFixtures.class));
    }

    @EJB(lookup = "java:app/ejb/AssessmentService")
    AssessmentService assessments;

    @EJB
    AsAdministrator admin;

    @PersistenceContext(unitName = "asn")
    EntityManager em;

    @Resource
    UserTransaction transaction;

    /** An OPD and a bidang under it, with staff whose 2024 annual predicates are {@code predicates}; the OPD's code. */
    private String unitWith(String code, Predicate... predicates) throws Exception {
        transaction.begin();
        SkpFixtures.unitWithBidang(em, code);
        String official = SkpFixtures.employee(em, code, 900, code);
        for (int i = 0; i < predicates.length; i++) {
            // every other employee in the bidang: the curve covers the units below
            String nip = SkpFixtures.employee(em, code, i + 1, i % 2 == 0 ? code : code + "-B");
            em.createNativeQuery("INSERT INTO skp_assessment (nip, assessment_year, period, evaluator_nip, results,"
                    + " behaviour, predicate, source, assessed_at) VALUES (?1, ?2, 'ANNUAL', ?3, 'AS_EXPECTED',"
                    + " 'AS_EXPECTED', ?4, 'IMPORTED', now())").setParameter(1, nip).setParameter(2, YEAR)
                    .setParameter(3, official).setParameter(4, predicates[i].name()).executeUpdate();
        }
        transaction.commit();
        return code;
    }

    @Test
    @DisplayName("§2 curve, organisation Baik: 8 of 10 Baik and no Butuh Perbaikan or Kurang break both bounds;"
            + " the same staff under an organisation Sangat Kurang keep its bound")
    void curveOfAUnit() throws Exception {
        Predicate[] staff = {Predicate.BAIK, Predicate.BAIK, Predicate.BAIK, Predicate.BAIK, Predicate.BAIK,
                Predicate.BAIK, Predicate.BAIK, Predicate.BAIK, Predicate.SANGAT_BAIK, Predicate.SANGAT_KURANG};
        String unit = unitWith(SystemTest.unique("KV"), staff);
        UnitCurve baik = admin.call(() -> assessments.curve(unit, YEAR, Predicate.BAIK));
        assertEquals(11, baik.staff(), "ten assessed and their official, who has no assessment");
        assertEquals(Map.of(Predicate.BAIK, 8L, Predicate.SANGAT_BAIK, 1L, Predicate.SANGAT_KURANG, 1L), baik.counts());
        assertEquals(
                List.of(new CurveWarning("performance.curve.atMostShare", List.of("BAIK", 70, 8L, 10L)),
                        new CurveWarning("performance.curve.atLeastOneOf", List.of("BUTUH_PERBAIKAN, KURANG"))),
                baik.warnings());
        UnitCurve sangatKurang = admin.call(() -> assessments.curve(unit, YEAR, Predicate.SANGAT_KURANG));
        assertEquals(List.of(new CurveWarning("performance.curve.noneOf", List.of("SANGAT_BAIK", 1L))),
                sangatKurang.warnings());
        assertEquals(List.of(), admin.call(() -> assessments.curve(unit, YEAR + 1, Predicate.BAIK)).warnings(),
                "a year nobody was assessed in warns of nothing");
        assertThrows(EJBAccessException.class, () -> assessments.curve(unit, YEAR, Predicate.BAIK), "nobody signed in");
    }
}
