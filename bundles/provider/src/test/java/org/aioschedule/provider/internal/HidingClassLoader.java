package org.aioschedule.provider.internal;

import java.io.File;
import java.net.MalformedURLException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;

/**
 * Loads the test class path itself (not through the application loader) without the packages named, as a runtime
 * that lacks them would: a test shows which classes still load and which fail.
 */
public final class HidingClassLoader extends URLClassLoader {

    private final List<String> hidden;

    /** Hides every class whose name starts with one of {@code hiddenPrefixes}. */
    public HidingClassLoader(List<String> hiddenPrefixes) throws MalformedURLException {
        super(testClassPath(), ClassLoader.getPlatformClassLoader());
        this.hidden = hiddenPrefixes;
    }

    @Override
    protected Class<?> loadClass(String name, boolean resolve) throws ClassNotFoundException {
        if (hidden.stream().anyMatch(name::startsWith)) {
            throw new ClassNotFoundException(name + " (hidden, as on a runtime without it)");
        }
        return super.loadClass(name, resolve);
    }

    private static URL[] testClassPath() throws MalformedURLException {
        List<URL> urls = new ArrayList<>();
        for (String entry : System.getProperty("java.class.path").split(File.pathSeparator)) {
            urls.add(Paths.get(entry).toUri().toURL());
        }
        return urls.toArray(new URL[0]);
    }
}
