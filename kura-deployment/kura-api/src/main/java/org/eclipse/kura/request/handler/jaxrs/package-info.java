/**
 * Kura's JAX-RS request handler proxy: a JAX-RS resource answers cloud requests. A working stand-in of the behaviour
 * of Kura's bundle org.eclipse.kura.request.handler.jaxrs 1.3.1, for plain OSGi runtimes and tests.
 * <p>
 * Compile-time stand-in for the Eclipse Kura package of the same name, exported at Kura 5.4.1's version. Never
 * shipped in a deployment package: on Kura, Kura's own bundle exports this package.
 */
@Export
@Version("1.1.0")
package org.eclipse.kura.request.handler.jaxrs;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
