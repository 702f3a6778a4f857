package id.sofifi.asn.audit.api;

import id.sofifi.asn.audit.application.AuditService;
import id.sofifi.asn.audit.domain.AuditChain;
import id.sofifi.asn.identity.domain.Role;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

/** Lets an administrator or an external auditor's tooling check the audit chain. */
@Path("audit")
@Produces(MediaType.APPLICATION_JSON)
public class AuditResource {
    @EJB
    AuditService audit;

    /** {@code {"valid":true,"events":12,"headHash":"…"}} or {@code {"valid":false,"firstBrokenSeq":7,…}}. */
    @GET
    @Path("verification")
    @RolesAllowed(Role.ADMIN_NAME)
    public ChainCheckJson checkChain() {
        AuditChain.ChainCheck v = audit.checkChain();
        return new ChainCheckJson(v.valid(), v.events(), v.headHash(), v.firstBrokenSeq());
    }

    /** The answer's shape, kept here so the domain record can change without changing the API. */
    public record ChainCheckJson(boolean valid, long events, String headHash, Long firstBrokenSeq) {
    }
}
