package id.sofifi.asn.selection.application;

import id.sofifi.asn.identity.domain.Role;
import id.sofifi.asn.platform.application.HomeItem;
import id.sofifi.asn.platform.application.StaffCaller;
import id.sofifi.asn.platform.application.StaffHomeSource;
import id.sofifi.asn.selection.domain.AnnouncementRepository;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import java.util.List;

/** Selection on the staff home page: announcements prepared and waiting for a second person to publish them. */
@Dependent
public class SelectionHome implements StaffHomeSource {
    @Inject
    AnnouncementRepository announcements;

    @Override
    public List<HomeItem> waiting(StaffCaller caller) {
        if (!caller.holds(Role.SUPERVISOR_NAME, Role.ADMIN_NAME)) {
            return List.of();
        }
        return List.of(new HomeItem("home.toPublish", announcements.drafts(), "/staff/announcements.xhtml"));
    }
}
