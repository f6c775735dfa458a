package org.aioschedule.provider.internal.rest;

import java.time.Clock;

import javax.annotation.security.RolesAllowed;
import javax.ws.rs.GET;
import javax.ws.rs.POST;
import javax.ws.rs.Path;
import javax.ws.rs.PathParam;
import javax.ws.rs.Produces;
import javax.ws.rs.QueryParam;
import javax.ws.rs.WebApplicationException;
import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.Response;

import org.aioschedule.provider.internal.SchedulerHost;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.useradmin.Role;
import org.osgi.service.useradmin.UserAdmin;

/**
 * The REST API {@code /services/aioschedule/v1} (rest-api.md), published as Kura's REST services are: an OSGi service
 * whose class carries {@code @Path}, which Kura's REST provider (the JAX-RS whiteboard publisher) serves under
 * {@code /services}. Every method needs the role {@value #ROLE}, the UserAdmin group {@value #PERMISSION} that this
 * component creates. Disabled in the descriptor: {@link RestGuard} enables it once JAX-RS and UserAdmin are wired.
 * Answers are JSON text; an error is thrown as a {@link WebApplicationException} carrying its status and
 * {@code {"error": ...}}, so Kura's {@code JaxRsRequestHandlerProxy} passes it on to cloud requests too.
 */
@Component(name = SchedulerResource.COMPONENT, service = SchedulerResource.class, enabled = false, immediate = true)
@Path("/aioschedule/v1")
public class SchedulerResource {

    static final String COMPONENT = RestGuard.REST_COMPONENT;
    static final String ROLE = "aioschedule";
    static final String PERMISSION = "kura.permission.rest." + ROLE;
    private static final String JSON = MediaType.APPLICATION_JSON + "; charset=UTF-8";

    private volatile SchedulerApi api;

    /** For SCR: the references below complete it. */
    public SchedulerResource() {
    }

    /** A resource on {@code host}, for the cloud request handler and tests. */
    public SchedulerResource(SchedulerHost host, Clock clock) {
        this.api = new SchedulerApi(host, clock);
    }

    @Reference
    void setHost(SchedulerHost host) {
        this.api = new SchedulerApi(host, Clock.systemUTC());
    }

    /** Creates the role's group, as Kura's REST services do when they get UserAdmin. */
    @Reference
    void setUserAdmin(UserAdmin userAdmin) {
        userAdmin.createRole(PERMISSION, Role.GROUP);
    }

    @GET
    @Path("/jobs")
    @Produces(MediaType.APPLICATION_JSON)
    @RolesAllowed(ROLE)
    public Response jobs(@QueryParam("tag") String tag) {
        return answer(api.jobs(tag));
    }

    @GET
    @Path("/jobs/{id}")
    @Produces(MediaType.APPLICATION_JSON)
    @RolesAllowed(ROLE)
    public Response job(@PathParam("id") String id) {
        return answer(api.job(id));
    }

    @POST
    @Path("/jobs/{id}/run")
    @Produces(MediaType.APPLICATION_JSON)
    @RolesAllowed(ROLE)
    public Response run(@PathParam("id") String id) {
        return answer(api.run(id));
    }

    @POST
    @Path("/jobs/{id}/pause")
    @Produces(MediaType.APPLICATION_JSON)
    @RolesAllowed(ROLE)
    public Response pause(@PathParam("id") String id) {
        return answer(api.pause(id));
    }

    @POST
    @Path("/jobs/{id}/resume")
    @Produces(MediaType.APPLICATION_JSON)
    @RolesAllowed(ROLE)
    public Response resume(@PathParam("id") String id) {
        return answer(api.resume(id));
    }

    @POST
    @Path("/jobs/{id}/cancel")
    @Produces(MediaType.APPLICATION_JSON)
    @RolesAllowed(ROLE)
    public Response cancel(@PathParam("id") String id) {
        return answer(api.cancel(id));
    }

    @GET
    @Path("/runs")
    @Produces(MediaType.APPLICATION_JSON)
    @RolesAllowed(ROLE)
    public Response runs(@QueryParam("hours") String hours) {
        return answer(api.runs(hours));
    }

    @GET
    @Path("/problems")
    @Produces(MediaType.APPLICATION_JSON)
    @RolesAllowed(ROLE)
    public Response problems() {
        return answer(api.problems());
    }

    @GET
    @Path("/store")
    @Produces(MediaType.APPLICATION_JSON)
    @RolesAllowed(ROLE)
    public Response store() {
        return answer(api.store());
    }

    @GET
    @Path("/tasks")
    @Produces(MediaType.APPLICATION_JSON)
    @RolesAllowed(ROLE)
    public Response tasks() {
        return answer(api.tasks());
    }

    private static Response answer(RestAnswer answer) {
        Response response = Response.status(answer.status).type(JSON).entity(answer.body).build();
        if (answer.isError()) {
            throw new WebApplicationException(response);
        }
        return response;
    }
}
