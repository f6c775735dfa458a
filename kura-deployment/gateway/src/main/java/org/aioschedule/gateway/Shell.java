package org.aioschedule.gateway;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.lang.reflect.Method;

import org.osgi.framework.BundleContext;
import org.osgi.framework.ServiceReference;

/**
 * Runs Gogo commands ({@code schedule:list}, ...) through the framework's CommandProcessor. The launcher does not
 * share Gogo's classes with the framework, so it calls the service reflectively.
 */
final class Shell {

    private static final String PROCESSOR = "org.apache.felix.service.command.CommandProcessor";

    private final BundleContext context;

    Shell(BundleContext context) {
        this.context = context;
    }

    /** The command's result as text, or what went wrong. */
    String execute(String command) {
        ServiceReference<?> reference = context.getServiceReference(PROCESSOR);
        if (reference == null) {
            return "The shell is not available (no Gogo CommandProcessor)";
        }
        Object processor = context.getService(reference);
        try {
            Class<?> type = reference.getBundle().loadClass(PROCESSOR);
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            Method create = type.getMethod("createSession", InputStream.class, OutputStream.class,
                    OutputStream.class);
            Object session = create.invoke(processor, new ByteArrayInputStream(new byte[0]), new PrintStream(out),
                    new PrintStream(out));
            Object result = session.getClass().getMethod("execute", CharSequence.class).invoke(session, command);
            session.getClass().getMethod("close").invoke(session);
            String printed = out.toString();
            return printed + (result == null ? "" : result.toString());
        } catch (ReflectiveOperationException e) {
            Throwable cause = e.getCause() != null ? e.getCause() : e;
            return "Error: " + cause.getMessage();
        } finally {
            context.ungetService(reference);
        }
    }
}
