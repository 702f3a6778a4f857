package id.sofifi.asn.servicequality.application;

import id.sofifi.asn.identity.domain.Role;
import id.sofifi.asn.platform.application.HomeItem;
import id.sofifi.asn.platform.application.StaffCaller;
import id.sofifi.asn.platform.application.StaffHomeSource;
import id.sofifi.asn.platform.persistence.PageRequest;
import id.sofifi.asn.servicequality.domain.FlagFilter;
import id.sofifi.asn.servicequality.domain.SurveyResponseRepository;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import java.util.List;

/** Service quality on the staff home page: for the BKD, flagged survey responses that still count in the index. */
@Dependent
public class ServiceQualityHome implements StaffHomeSource {
    @Inject
    SurveyResponseRepository responses;

    @Override
    public List<HomeItem> waiting(StaffCaller caller) {
        if (!caller.holds(Role.ADMIN_NAME)) {
            return List.of();
        }
        long flagged = responses.flagged(new FlagFilter(null, null, false), PageRequest.of(0, 1)).total();
        return List.of(new HomeItem("home.flaggedResponses", flagged, "/staff/admin/survey-flags.xhtml"));
    }
}
