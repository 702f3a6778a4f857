package id.sofifi.asn.oversight.api;

import id.sofifi.asn.identity.domain.Role;
import id.sofifi.asn.kernel.Violations;
import id.sofifi.asn.oversight.application.HolidayService;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;

/** The public holidays of a year, {@code ["2026-12-25", …]}: anyone reads them, administrators replace them. */
@Path("holidays/{year}")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class HolidayResource {
    @EJB
    HolidayService holidays;

    @GET
    public List<String> read(@PathParam("year") int year) {
        return holidays.ofYear(year).stream().map(LocalDate::toString).toList();
    }

    @PUT
    @RolesAllowed(Role.ADMIN_NAME)
    public List<String> replace(@PathParam("year") int year, List<String> body) {
        Violations v = new Violations();
        v.check(body != null, "body", "validation.required");
        List<LocalDate> days = new ArrayList<>();
        List<String> given = body == null ? List.of() : body;
        for (int i = 0; i < given.size(); i++) {
            days.add(parse(given.get(i), "days[" + i + "]", v));
        }
        v.throwIfAny();
        return holidays.replace(year, days).stream().map(LocalDate::toString).toList();
    }

    private static LocalDate parse(String text, String field, Violations v) {
        try {
            return LocalDate.parse(text == null ? "" : text.strip());
        } catch (DateTimeParseException e) {
            v.check(false, field, "validation.date");
            return null;
        }
    }
}
