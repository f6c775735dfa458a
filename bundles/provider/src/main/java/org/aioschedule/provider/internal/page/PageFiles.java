package org.aioschedule.provider.internal.page;

import java.net.URL;

import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;

import org.osgi.framework.Bundle;
import org.osgi.service.http.HttpContext;

/**
 * The page's files for the HTTP service: the folder itself (the page's address, with or without a final slash) is
 * {@code index.html}; the files are served to anyone (they hold no data: the REST API asks for the user). The HTTP
 * service asks for the type of a file by its last name: one without an extension is the folder, i.e. the page.
 */
final class PageFiles implements HttpContext {

    private final Bundle bundle;
    private final String folder;

    PageFiles(Bundle bundle, String folder) {
        this.bundle = bundle;
        this.folder = folder;
    }

    @Override
    public boolean handleSecurity(HttpServletRequest request, HttpServletResponse response) {
        return true;
    }

    @Override
    public URL getResource(String name) {
        if (name.equals(folder) || name.equals(folder + "/")) {
            return bundle.getEntry(folder + "/index.html");
        }
        return name.endsWith("/") ? null : bundle.getEntry(name);
    }

    @Override
    public String getMimeType(String name) {
        if (name.endsWith(".js")) {
            return "application/javascript";
        }
        if (name.endsWith(".css")) {
            return "text/css";
        }
        return name.endsWith(".html") || name.indexOf('.') < 0 ? "text/html" : null;
    }
}
