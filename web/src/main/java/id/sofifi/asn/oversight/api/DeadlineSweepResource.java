package id.sofifi.asn.oversight.api;

import id.sofifi.asn.identity.domain.Role;
import id.sofifi.asn.oversight.application.DeadlineSweep;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

/**
 * The complaints' deadline sweep on demand ({@code {"ran","closed","escalated"}}): what runs daily at 00:10 WIT, for
 * an administrator who does not want to wait; {@code ran} is false when another server was sweeping at that moment.
 */
@Path("complaint-deadline-sweeps")
@Produces(MediaType.APPLICATION_JSON)
public class DeadlineSweepResource {
    @EJB
    DeadlineSweep sweep;

    @POST
    @RolesAllowed(Role.ADMIN_NAME)
    public DeadlineSweep.Result run() {
        return sweep.sweep();
    }
}
