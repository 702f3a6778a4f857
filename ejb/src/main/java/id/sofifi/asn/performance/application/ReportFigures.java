package id.sofifi.asn.performance.application;

import id.sofifi.asn.development.application.ComplianceLine;
import id.sofifi.asn.development.application.ComplianceService;
import id.sofifi.asn.identity.domain.Role;
import id.sofifi.asn.oversight.application.ComplaintStatistics;
import id.sofifi.asn.performance.domain.Predicate;
import id.sofifi.asn.performance.domain.ReportPeriod;
import id.sofifi.asn.recruitment.application.WorkUnitService;
import id.sofifi.asn.recruitment.application.WorkUnitView;
import id.sofifi.asn.servicequality.application.IkmView;
import id.sofifi.asn.servicequality.application.ServiceUnitService;
import id.sofifi.asn.servicequality.application.SurveyService;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RunAs;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The figures of one work unit for the laporan evaluasi berkala, read only through the use cases of the contexts that
 * own them: servicequality's index per service unit, oversight's complaint statistics, performance's own predicate
 * distribution, development's JP compliance; the units from recruitment's tree. Each figure covers the unit and the
 * units below it, as the curve and the compliance do. It runs in the report job, where nobody is signed in, so it
 * calls them with the administrator's role; who may start a report is decided by {@code EvaluationReportService}.
 */
@Stateless
@PermitAll
@RunAs(Role.ADMIN_NAME)
public class ReportFigures {
    /**
     * The organisation's own rating the curve is read against ([P]: the province's rating is not yet recorded, so
     * the usual BAIK of ASN-RULES §2).
     */
    static final Predicate ORGANISATION_RATING = Predicate.BAIK;

    @EJB
    WorkUnitService workUnits;

    @EJB
    ServiceUnitService serviceUnits;

    @EJB
    SurveyService surveys;

    @EJB
    ComplaintStatistics complaints;

    @EJB
    AssessmentService assessments;

    @EJB
    ComplianceService compliance;

    /** The units a report has a row for: {@code workUnitCode} and those below it (null: every unit), in tree order. */
    public List<WorkUnitView> units(String workUnitCode) {
        List<WorkUnitView> tree = workUnits.tree();
        if (workUnitCode == null) {
            return tree;
        }
        Set<String> selected = subtree(tree, workUnitCode);
        return tree.stream().filter(u -> selected.contains(u.code())).toList();
    }

    /** The unit's figures over the period. */
    public UnitFigures of(WorkUnitView unit, ReportPeriod period) {
        int year = period.from().getYear();
        Set<String> codes = subtree(workUnits.tree(), unit.code());
        List<UnitFigures.Ikm> ikm = serviceUnits.all().stream().filter(s -> codes.contains(s.workUnitCode()))
                .map(s -> ikm(surveys.index(s.code(), period.from(), period.to()))).toList();
        UnitCurve curve = assessments.distribution(unit.code(), year, period.assessmentPeriod(), ORGANISATION_RATING);
        List<ComplianceLine> staff = compliance.all(year, unit.code());
        return new UnitFigures(unit.code(), unit.name(), unit.depth(), ikm,
                complaints.of(unit.code(), period.from(), period.to()),
                UnitFigures.Skp.of(curve.counts(), curve.warnings()),
                new UnitFigures.Development(staff.size(),
                        (int) staff.stream().filter(ComplianceLine::meetsRequirement).count(),
                        (int) staff.stream().filter(ComplianceLine::latsarOverdue).count()));
    }

    private static UnitFigures.Ikm ikm(IkmView index) {
        return new UnitFigures.Ikm(index.unit().code(), index.unit().name(), index.respondents(), index.ikm(),
                index.converted(), index.grade() == null ? null : index.grade().name(), index.sampleSufficient());
    }

    /** The codes of the unit {@code code} and every unit below it, from the tree (each parent before its children). */
    private static Set<String> subtree(List<WorkUnitView> tree, String code) {
        Set<String> codes = new HashSet<>();
        for (WorkUnitView unit : tree) {
            if (unit.code().equalsIgnoreCase(code.strip())
                    || unit.parentCode() != null && codes.contains(unit.parentCode())) {
                codes.add(unit.code());
            }
        }
        return codes;
    }
}
