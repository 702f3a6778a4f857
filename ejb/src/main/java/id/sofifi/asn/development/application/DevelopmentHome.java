package id.sofifi.asn.development.application;

import id.sofifi.asn.identity.domain.Role;
import id.sofifi.asn.platform.application.HomeItem;
import id.sofifi.asn.platform.application.StaffCaller;
import id.sofifi.asn.platform.application.StaffHomeSource;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.Dependent;
import java.util.List;

/**
 * Development's key figures on the staff home page, for the BKD: employees, how many already earned this year's JP
 * (ASN-RULES §4) and how many are past their Latsar deadline — the province's line of the compliance screen.
 */
@Dependent
public class DevelopmentHome implements StaffHomeSource {
    private static final String COMPLIANCE = "/staff/admin/compliance.xhtml";

    @EJB
    ComplianceService compliance;

    @Override
    public List<HomeItem> waiting(StaffCaller caller) {
        return List.of();
    }

    @Override
    public List<HomeItem> figures(StaffCaller caller) {
        if (!caller.holds(Role.ADMIN_NAME)) {
            return List.of();
        }
        List<ComplianceLine> lines = compliance.all(null, null);
        return List.of(new HomeItem("home.employees", lines.size(), "/staff/admin/employees.xhtml"),
                new HomeItem("home.meetingJp", lines.stream().filter(ComplianceLine::meetsRequirement).count(),
                        COMPLIANCE),
                new HomeItem("home.latsarOverdue", lines.stream().filter(ComplianceLine::latsarOverdue).count(),
                        COMPLIANCE));
    }
}
