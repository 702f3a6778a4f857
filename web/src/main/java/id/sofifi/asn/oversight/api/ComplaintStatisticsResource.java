package id.sofifi.asn.oversight.api;

import id.sofifi.asn.kernel.Violations;
import id.sofifi.asn.oversight.application.ComplaintStatistics;
import id.sofifi.asn.platform.api.JsonDates;
import jakarta.ejb.EJB;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.time.LocalDate;

/**
 * The public complaint dashboard ({@code GET /complaint-statistics?from=&to=&workUnit=}): the figures per unit and
 * their total; {@code from} and {@code to} default to this year so far, no {@code workUnit} means the province.
 */
@Path("complaint-statistics")
@Produces(MediaType.APPLICATION_JSON)
public class ComplaintStatisticsResource {
    @EJB
    ComplaintStatistics statistics;

    @GET
    public ComplaintStatisticsJson dashboard(@QueryParam("from") String from, @QueryParam("to") String to,
            @QueryParam("workUnit") String workUnit) {
        Violations v = new Violations();
        LocalDate start = JsonDates.parse(from, "from", v);
        LocalDate end = JsonDates.parse(to, "to", v);
        v.throwIfAny();
        return ComplaintStatisticsJson.of(statistics.dashboard(workUnit, start, end));
    }
}
