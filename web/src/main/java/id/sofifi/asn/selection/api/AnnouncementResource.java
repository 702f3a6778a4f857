package id.sofifi.asn.selection.api;

import id.sofifi.asn.identity.domain.Role;
import id.sofifi.asn.platform.api.AddressLimited;
import id.sofifi.asn.platform.api.Paging;
import id.sofifi.asn.platform.persistence.Page;
import id.sofifi.asn.selection.application.AnnouncementEntryView;
import id.sofifi.asn.selection.application.AnnouncementLookup;
import id.sofifi.asn.selection.application.AnnouncementService;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.CacheControl;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Request;
import jakarta.ws.rs.core.Response;
import java.util.List;

/**
 * Result announcements (API-CONTRACT.md, Selection). Everything but approval is public and only ever
 * shows published announcements. Published entries never change, so caches and proxies may keep them
 * for a day: on announcement day most requests are then answered without reaching the server. Lists and
 * verification are cached briefly, since a new announcement or correction may appear at any time. One instance serves
 * every request (it holds nothing but its beans), so a look-up does not build a resource first.
 */
@Path("announcements")
@ApplicationScoped
@Produces(MediaType.APPLICATION_JSON)
public class AnnouncementResource {
    private static final CacheControl FROZEN = CacheControl.valueOf("public, max-age=86400, immutable");
    private static final CacheControl BRIEF = CacheControl.valueOf("public, max-age=60");

    @EJB
    AnnouncementService announcements;

    @Inject
    AnnouncementLookup lookup;

    @GET
    public Response list(@QueryParam("period") String period) {
        List<AnnouncementJson> found = announcements.published(period).stream().map(AnnouncementJson::of).toList();
        return Response.ok(found).cacheControl(BRIEF).build();
    }

    /** One announcement; drafts only for staff (to everyone else they are 404), and never cached. */
    @GET
    @Path("{id}")
    public Response find(@PathParam("id") String id) {
        AnnouncementJson found = AnnouncementJson.of(announcements.find(Paging.number(id, "id")));
        return Response.ok(found)
                .cacheControl("PUBLISHED".equals(found.status()) ? BRIEF : CacheControl.valueOf("private, no-store"))
                .build();
    }

    @POST
    @Path("{id}/approval")
    @RolesAllowed({Role.ADMIN_NAME, Role.SUPERVISOR_NAME})
    public AnnouncementJson approve(@PathParam("id") String id) {
        return AnnouncementJson.of(announcements.approve(Paging.number(id, "id")));
    }

    @GET
    @Path("{id}/entries")
    @AddressLimited
    public Response entries(@PathParam("id") String id, @QueryParam("q") String q, @BeanParam Paging paging) {
        Page<EntryJson> page = announcements.entries(Paging.number(id, "id"), q, paging.request())
                .map(EntryJson::inList);
        return Response.ok(page).cacheControl(FROZEN).build();
    }

    /**
     * One entry, from memory once its announcement has been read ({@link AnnouncementLookup}). Its tag is the entry
     * hash, which names its content: a client or proxy that holds it gets 304 without a body.
     */
    @GET
    @Path("{id}/entries/{registrationNumber}")
    @AddressLimited
    public Response entry(@PathParam("id") String id, @PathParam("registrationNumber") String number,
            @Context Request request) {
        AnnouncementEntryView entry = lookup.entry(Paging.number(id, "id"), number);
        EntityTag tag = new EntityTag(entry.entryHash());
        Response.ResponseBuilder unchanged = request.evaluatePreconditions(tag);
        return (unchanged == null ? Response.ok(EntryJson.single(entry)) : unchanged).tag(tag).cacheControl(FROZEN)
                .build();
    }

    @GET
    @Path("{id}/verification")
    @AddressLimited
    public Response chainCheck(@PathParam("id") String id) {
        ChainCheckJson result = ChainCheckJson.of(announcements.checkedChain(Paging.number(id, "id")));
        return Response.ok(result).cacheControl(BRIEF).build();
    }
}
