package id.sofifi.asn.recruitment.application;

import id.sofifi.asn.identity.domain.Role;
import id.sofifi.asn.platform.application.HomeItem;
import id.sofifi.asn.platform.application.StaffCaller;
import id.sofifi.asn.platform.application.StaffHomeSource;
import id.sofifi.asn.platform.persistence.PageRequest;
import id.sofifi.asn.recruitment.domain.ApplicationFilter;
import id.sofifi.asn.recruitment.domain.ApplicationRepository;
import id.sofifi.asn.recruitment.domain.ApplicationStatus;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;

/**
 * Recruitment on the staff home page: the applications a verifier was given and has not decided, and for a
 * supervisor the proposals that wait for the second person's confirmation (two-person verification).
 */
@Dependent
public class RecruitmentHome implements StaffHomeSource {
    static final String VERIFICATION = "/staff/verification.xhtml";

    @Inject
    ApplicationRepository applications;

    @Override
    public List<HomeItem> waiting(StaffCaller caller) {
        List<HomeItem> items = new ArrayList<>();
        if (caller.holds(Role.VERIFIER_NAME)) {
            items.add(new HomeItem("home.toVerify", count(
                    new ApplicationFilter(null, null, null, ApplicationStatus.SUBMITTED, caller.name(), false, null)),
                    VERIFICATION));
        }
        if (caller.holds(Role.SUPERVISOR_NAME, Role.ADMIN_NAME)) {
            items.add(new HomeItem("home.toConfirm",
                    count(new ApplicationFilter(null, null, null, ApplicationStatus.SUBMITTED, null, true, null)),
                    VERIFICATION));
        }
        return items;
    }

    private long count(ApplicationFilter filter) {
        return applications.search(filter, PageRequest.of(0, 1)).total();
    }
}
