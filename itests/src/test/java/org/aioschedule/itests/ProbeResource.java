package org.aioschedule.itests;

import javax.annotation.security.RolesAllowed;
import javax.ws.rs.GET;
import javax.ws.rs.Path;
import javax.ws.rs.Produces;
import javax.ws.rs.core.MediaType;

/** A resource of the tests' own, guarded as Kura's are: the role {@value #ROLE}. */
@Path("/itest/v1")
@RolesAllowed(ProbeResource.ROLE)
public class ProbeResource {

    static final String ROLE = "itest";

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    public String hello() {
        return "{\"hello\":\"itest\"}";
    }
}
