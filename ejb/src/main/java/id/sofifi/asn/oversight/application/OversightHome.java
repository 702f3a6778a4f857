package id.sofifi.asn.oversight.application;

import id.sofifi.asn.identity.domain.Role;
import id.sofifi.asn.oversight.domain.ComplaintRepository;
import id.sofifi.asn.oversight.domain.ComplaintStatus;
import id.sofifi.asn.platform.application.HomeItem;
import id.sofifi.asn.platform.application.StaffCaller;
import id.sofifi.asn.platform.application.StaffHomeSource;
import id.sofifi.asn.platform.persistence.PageRequest;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import java.util.List;

/**
 * Oversight on the staff home page: for the BKD's administrators, the complaints received and not yet verified and
 * routed (their route deadline runs, ASN-RULES §5), and how many complaints were ever received.
 */
@Dependent
public class OversightHome implements StaffHomeSource {
    @Inject
    ComplaintRepository complaints;

    @Override
    public List<HomeItem> waiting(StaffCaller caller) {
        if (!caller.holds(Role.ADMIN_NAME)) {
            return List.of();
        }
        long received = complaints.search(ComplaintStatus.RECEIVED, null, PageRequest.of(0, 1)).total();
        return List.of(new HomeItem("home.toRoute", received, "/staff/admin/complaints.xhtml"));
    }

    @Override
    public List<HomeItem> figures(StaffCaller caller) {
        return caller.holds(Role.ADMIN_NAME)
                ? List.of(HomeItem.figure("home.complaints", complaints.count()))
                : List.of();
    }
}
