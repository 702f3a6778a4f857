package id.sofifi.asn.development.api;

import id.sofifi.asn.development.application.CertificateService;
import jakarta.ejb.EJB;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

/** Public check of a training certificate by its number; an unknown number is 404. */
@Path("certificates")
@Produces(MediaType.APPLICATION_JSON)
public class CertificateResource {
    @EJB
    CertificateService certificates;

    @GET
    @Path("{number}")
    public CertificateJson find(@PathParam("number") String number) {
        return CertificateJson.of(certificates.find(number));
    }
}
