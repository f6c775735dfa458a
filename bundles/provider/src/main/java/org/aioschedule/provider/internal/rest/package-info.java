/**
 * The REST API {@code /services/aioschedule/v1} (a JAX-RS resource published as an OSGi service, as Kura's own REST
 * services are) and the same resource as Kura cloud request handler {@code SCHED-V1}. Loaded only when the JAX-RS,
 * UserAdmin and Kura cloud packages are wired (see {@link org.aioschedule.provider.internal.rest.RestGuard}).
 */
package org.aioschedule.provider.internal.rest;
