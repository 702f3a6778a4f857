package id.sofifi.asn.platform.application;

import id.sofifi.asn.identity.domain.Role;
import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;

/**
 * The staff home page's content (beranda): what waits for the caller and the key figures, gathered from every
 * {@link StaffHomeSource}. Waiting items with nothing waiting are dropped, so an empty list means "nothing waits".
 */
@Stateless
@RolesAllowed({Role.ADMIN_NAME, Role.OPERATOR_NAME, Role.VERIFIER_NAME, Role.SUPERVISOR_NAME})
public class StaffHome {
    @Inject
    Instance<StaffHomeSource> sources;

    @Resource
    SessionContext session;

    public StaffHomeView home() {
        StaffCaller caller = new StaffCaller(session.getCallerPrincipal().getName(), session::isCallerInRole);
        List<HomeItem> waiting = new ArrayList<>();
        List<HomeItem> figures = new ArrayList<>();
        for (StaffHomeSource source : sources) {
            source.waiting(caller).stream().filter(item -> item.count() > 0).forEach(waiting::add);
            figures.addAll(source.figures(caller));
        }
        return new StaffHomeView(waiting, figures);
    }
}
