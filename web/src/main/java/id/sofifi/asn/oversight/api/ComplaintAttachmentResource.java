package id.sofifi.asn.oversight.api;

import id.sofifi.asn.oversight.application.AttachmentView;
import id.sofifi.asn.oversight.application.ComplaintAttachments;
import id.sofifi.asn.platform.api.AddressLimited;
import id.sofifi.asn.platform.web.DocumentResponse;
import jakarta.ejb.EJB;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.io.IOException;
import java.io.InputStream;
import java.util.List;

/**
 * Lampiran laporan (issue 12): staff (token) or the reporter ({@code X-Reporter-Secret}) attach a file as the raw
 * request body — its Content-Type is not believed, the content decides — list the case's files and fetch one by
 * number. Pictures come back re-encoded without their metadata. Nobody else gets any of it.
 */
@Path("complaints/{code}/attachments")
@Produces(MediaType.APPLICATION_JSON)
public class ComplaintAttachmentResource {
    @EJB
    ComplaintAttachments attachments;

    @Context
    UriInfo uri;

    @POST
    @Consumes(MediaType.WILDCARD)
    @AddressLimited
    public Response attach(@PathParam("code") String code, @HeaderParam(ComplaintResource.SECRET_HEADER) String secret,
            InputStream body) throws IOException {
        // one byte past the limit is enough to refuse an oversized file without holding it all
        byte[] content = body.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, attachments.maxBytes() + 1));
        AttachmentView added = attachments.attach(code, secret, content);
        return Response.created(uri.getAbsolutePathBuilder().path(String.valueOf(added.number())).build())
                .entity(AttachmentJson.of(added)).build();
    }

    @GET
    public List<AttachmentJson> list(@PathParam("code") String code,
            @HeaderParam(ComplaintResource.SECRET_HEADER) String secret) {
        return attachments.of(code, secret).stream().map(AttachmentJson::of).toList();
    }

    @GET
    @Path("{number:[1-9][0-9]{0,8}}")
    @Produces(MediaType.WILDCARD)
    public Response open(@PathParam("code") String code, @PathParam("number") int number,
            @HeaderParam(ComplaintResource.SECRET_HEADER) String secret) {
        return DocumentResponse.of(attachments.open(code, secret, number));
    }
}
