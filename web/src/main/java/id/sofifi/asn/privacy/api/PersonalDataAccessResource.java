package id.sofifi.asn.privacy.api;

import id.sofifi.asn.identity.domain.Role;
import id.sofifi.asn.platform.api.Paging;
import id.sofifi.asn.platform.persistence.Page;
import id.sofifi.asn.privacy.application.PersonQuery;
import id.sofifi.asn.privacy.application.PersonalDataAccessService;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

/**
 * {@code GET /personal-data-access?nik=…} (or {@code registrationNumber=…}, {@code nip=…}): every recorded read of one
 * person's data, newest first, paged (§6: a breach is reported within 3 × 24 hours). Administrators only; a bad NIK
 * is a 400 problem naming the field.
 */
@Path("personal-data-access")
@Produces(MediaType.APPLICATION_JSON)
public class PersonalDataAccessResource {
    @EJB
    PersonalDataAccessService access;

    @GET
    @RolesAllowed(Role.ADMIN_NAME)
    public Page<PersonalDataAccessJson> reads(@QueryParam("nik") String nik,
            @QueryParam("registrationNumber") String registrationNumber, @QueryParam("nip") String nip,
            @BeanParam Paging paging) {
        return access.reads(new PersonQuery(nik, registrationNumber, nip), paging.request())
                .map(PersonalDataAccessJson::of);
    }
}
