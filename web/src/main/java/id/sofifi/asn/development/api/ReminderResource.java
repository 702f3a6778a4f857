package id.sofifi.asn.development.api;

import id.sofifi.asn.development.application.ReminderService;
import id.sofifi.asn.identity.domain.Role;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

/**
 * {@code POST /development/reminders}: sends now the Latsar and JP reminders due today that were not sent before,
 * as the daily job does, and answers {@code {"sent": n}}. Beyond the contract (v1 grows); administrators only.
 */
@Path("development/reminders")
@Produces(MediaType.APPLICATION_JSON)
public class ReminderResource {
    @EJB
    ReminderService reminders;

    /** How many reminders one call sent. */
    public record SentJson(int sent) {
    }

    @POST
    @RolesAllowed(Role.ADMIN_NAME)
    public SentJson send() {
        return new SentJson(reminders.sendDueToday());
    }
}
