package id.sofifi.asn.performance.application;

import id.sofifi.asn.identity.domain.Role;
import id.sofifi.asn.kernel.Wit;
import id.sofifi.asn.performance.domain.EvaluationReportRepository;
import id.sofifi.asn.performance.domain.ReportStatus;
import id.sofifi.asn.platform.application.HomeItem;
import id.sofifi.asn.platform.application.StaffCaller;
import id.sofifi.asn.platform.application.StaffHomeSource;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * Performance on the staff home page: evaluation reports that are ready and wait for an administrator to publish
 * them, and for the BKD the units whose SKP predicates break the §2 curve this year, before the annual results are
 * final.
 */
@Dependent
public class PerformanceHome implements StaffHomeSource {
    @Inject
    EvaluationReportRepository reports;

    @EJB
    UnitCurveService curves;

    @Inject
    Clock clock;

    @Override
    public List<HomeItem> waiting(StaffCaller caller) {
        List<HomeItem> items = new ArrayList<>();
        if (caller.holds(Role.OPERATOR_NAME, Role.ADMIN_NAME)) {
            items.add(new HomeItem("home.reportsReady", reports.count(ReportStatus.READY), "/staff/reports.xhtml"));
        }
        if (caller.holds(Role.ADMIN_NAME)) {
            int year = LocalDate.now(clock.withZone(Wit.ZONE)).getYear();
            items.add(new HomeItem("home.curveWarnings",
                    curves.curves(year).stream().filter(c -> !c.warnings().isEmpty()).count(),
                    "/staff/admin/skp-curves.xhtml"));
        }
        return items;
    }
}
