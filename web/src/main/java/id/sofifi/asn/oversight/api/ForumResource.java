package id.sofifi.asn.oversight.api;

import id.sofifi.asn.identity.domain.Role;
import id.sofifi.asn.kernel.Violations;
import id.sofifi.asn.oversight.application.ForumService;
import id.sofifi.asn.oversight.domain.TopicStatus;
import id.sofifi.asn.platform.api.AddressLimited;
import id.sofifi.asn.platform.api.EnumFields;
import id.sofifi.asn.platform.api.Paging;
import id.sofifi.asn.platform.api.Problems;
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
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import java.util.Map;

/**
 * The public forum. Contract: {@code GET/POST /forum/topics}, {@code POST /forum/topics/{id}/posts},
 * {@code …/supports}, {@code …/answer} and {@code POST /forum/posts/{id}/hiding}. Beyond it (v1 grows):
 * {@code GET /forum/topics/{id}}, {@code POST /forum/posts/{id}/reports} (abuse report), {@code DELETE
 * /forum/posts/{id}/hiding} (a moderator restores), {@code POST/DELETE /forum/topics/{id}/closing} (the unit's
 * officials close a topic with a reason, or reopen it) and {@code GET /forum/moderation} (the public log). Citizens write
 * with the session of their form login.
 */
@Path("forum")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class ForumResource {
    @EJB
    ForumService forum;

    @Context
    UriInfo uri;

    @Context
    HttpHeaders headers;

    /** Filters {@code workUnit} (code) and {@code status}; newest first. */
    @GET
    @Path("topics")
    public Page<TopicJson> topics(@QueryParam("workUnit") String workUnit, @QueryParam("status") String status,
            @BeanParam Paging paging) {
        Violations v = new Violations();
        TopicStatus parsed = EnumFields.parse(TopicStatus.class, status, "status", v);
        v.throwIfAny();
        return forum.topics(workUnit, parsed, paging.request()).map(TopicJson::of);
    }

    @GET
    @Path("topics/{id}")
    public TopicDetailJson topic(@PathParam("id") String id) {
        return TopicDetailJson.of(forum.topic(Paging.number(id, "id")), Problems.locale(headers));
    }

    @POST
    @Path("topics")
    @RolesAllowed(Role.CITIZEN_NAME)
    @AddressLimited
    public Response open(ForumBody body) {
        ForumBody b = required(body);
        long id = forum.openTopic(b.workUnitCode(), b.title(), b.body());
        return Response.created(uri.getAbsolutePathBuilder().path(Long.toString(id)).build())
                .entity(topic(Long.toString(id))).build();
    }

    @POST
    @Path("topics/{id}/posts")
    @RolesAllowed(Role.CITIZEN_NAME)
    @AddressLimited
    public Response post(@PathParam("id") String topicId, ForumBody body) {
        long id = forum.post(Paging.number(topicId, "id"), required(body).body());
        return Response.status(201).entity(Map.of("id", id)).build();
    }

    /** 201 once per account; a second support is 409. */
    @POST
    @Path("topics/{id}/supports")
    @RolesAllowed(Role.CITIZEN_NAME)
    @AddressLimited
    public Response support(@PathParam("id") String topicId) {
        forum.support(Paging.number(topicId, "id"));
        return Response.status(201).build();
    }

    /** The official answer, or its next version (the earlier ones stay). */
    @POST
    @Path("topics/{id}/answer")
    @RolesAllowed({Role.ADMIN_NAME, Role.EMPLOYEE_NAME})
    public Response answer(@PathParam("id") String topicId, ForumBody body) {
        long id = Paging.number(topicId, "id");
        forum.answer(id, required(body).body());
        return Response.status(201).entity(topic(Long.toString(id)).answer()).build();
    }

    /** Closes the topic with {@code reason}; answers the topic as it now is. */
    @POST
    @Path("topics/{id}/closing")
    @RolesAllowed({Role.ADMIN_NAME, Role.EMPLOYEE_NAME})
    public TopicDetailJson close(@PathParam("id") String topicId, ForumBody body) {
        long id = Paging.number(topicId, "id");
        forum.close(id, required(body).reason());
        return topic(Long.toString(id));
    }

    @DELETE
    @Path("topics/{id}/closing")
    @RolesAllowed({Role.ADMIN_NAME, Role.EMPLOYEE_NAME})
    public TopicDetailJson reopen(@PathParam("id") String topicId) {
        long id = Paging.number(topicId, "id");
        forum.reopen(id);
        return topic(Long.toString(id));
    }

    @POST
    @Path("posts/{id}/reports")
    @RolesAllowed(Role.CITIZEN_NAME)
    public Response report(@PathParam("id") String postId) {
        forum.report(Paging.number(postId, "id"));
        return Response.status(201).build();
    }

    @POST
    @Path("posts/{id}/hiding")
    @RolesAllowed(Role.ADMIN_NAME)
    public Response hide(@PathParam("id") String postId, ForumBody body) {
        forum.hide(Paging.number(postId, "id"), required(body).reason());
        return Response.status(201).build();
    }

    @DELETE
    @Path("posts/{id}/hiding")
    @RolesAllowed(Role.ADMIN_NAME)
    public Response restore(@PathParam("id") String postId) {
        forum.restore(Paging.number(postId, "id"));
        return Response.noContent().build();
    }

    @GET
    @Path("moderation")
    public List<TopicDetailJson.ModerationJson> moderation() {
        return forum.moderationLog().stream().map(TopicDetailJson.ModerationJson::of).toList();
    }

    private static ForumBody required(ForumBody body) {
        new Violations().check(body != null, "body", "validation.required").throwIfAny();
        return body;
    }
}
