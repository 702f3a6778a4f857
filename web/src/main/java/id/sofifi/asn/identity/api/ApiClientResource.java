package id.sofifi.asn.identity.api;

import id.sofifi.asn.identity.application.ApiClientService;
import id.sofifi.asn.identity.application.ApiClientView;
import id.sofifi.asn.identity.application.ApiTokenView;
import id.sofifi.asn.identity.application.IssuedToken;
import id.sofifi.asn.identity.domain.ApiClient;
import id.sofifi.asn.identity.domain.Role;
import id.sofifi.asn.kernel.Violations;
import id.sofifi.asn.platform.api.Paging;
import id.sofifi.asn.platform.persistence.Page;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.CacheControl;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

/**
 * Agency API clients, for administrators: list and create clients, issue or rotate a token ({@code POST …/tokens},
 * the token in that answer only) and revoke one ({@code DELETE …/tokens/{tokenId}}, at once).
 */
@Path("api-clients")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RolesAllowed(Role.ADMIN_NAME)
public class ApiClientResource {
    @EJB
    ApiClientService clients;

    @Context
    UriInfo uri;

    @GET
    public Page<ApiClientView> list(@QueryParam("q") String text, @BeanParam Paging paging) {
        return clients.list(text, paging.request());
    }

    @POST
    public Response create(ApiClient.Description body) {
        new Violations().check(body != null, "body", "validation.required").throwIfAny();
        ApiClientView created = clients.create(body);
        return Response.created(uri.getAbsolutePathBuilder().path(String.valueOf(created.id())).build()).entity(created)
                .build();
    }

    @GET
    @Path("{id}")
    public ApiClientView find(@PathParam("id") String id) {
        return clients.find(Paging.number(id, "id"));
    }

    /** Issues a token, rotating out the ones the client had; never cached, since the answer holds the secret. */
    @POST
    @Path("{id}/tokens")
    public Response issueToken(@PathParam("id") String id) {
        long clientId = Paging.number(id, "id");
        IssuedToken issued = clients.issueToken(clientId);
        return Response.created(uri.getBaseUriBuilder().path("api-clients").path(String.valueOf(clientId)).build())
                .cacheControl(CacheControl.valueOf("no-store")).entity(issued).build();
    }

    @DELETE
    @Path("{id}/tokens/{tokenId}")
    public ApiTokenView revokeToken(@PathParam("id") String id, @PathParam("tokenId") String tokenId) {
        return clients.revokeToken(Paging.number(id, "id"), Paging.number(tokenId, "tokenId"));
    }
}
