package org.aioschedule.itests;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.Proxy;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;

/**
 * Calls across the class-space boundary of a {@link KuraGateway}: the gateway's bundles load their own copies of the
 * aioschedule, Kura and OSGi service APIs, so the test (on the JVM classpath) reaches them by name, through the
 * public interfaces the objects implement. Only JDK types (String, Map, Optional, Instant, ...) cross as such.
 */
final class Reflect {

    private Reflect() {
    }

    /** Invokes the public method {@code name} that takes {@code args}, found on the public types of target. */
    static Object call(Object target, String name, Object... args) {
        Method method = find(target.getClass(), name, args);
        try {
            return method.invoke(target, args);
        } catch (InvocationTargetException e) {
            Throwable cause = e.getCause();
            if (cause instanceof RuntimeException) {
                throw (RuntimeException) cause;
            }
            throw new IllegalStateException(name + " failed: " + cause, cause);
        } catch (IllegalAccessException e) {
            throw new IllegalStateException("Cannot call " + method, e);
        }
    }

    /**
     * An object of the gateway's interface {@code type} whose method {@code name} hands its arguments to
     * {@code action} and returns null; equals, hashCode and toString behave as for any object.
     */
    static Object implement(Class<?> type, String name, Consumer<Object[]> action) {
        return Proxy.newProxyInstance(type.getClassLoader(), new Class<?>[] {type}, (proxy, method, args) -> {
            switch (method.getName()) {
                case "equals":
                    return proxy == args[0];
                case "hashCode":
                    return System.identityHashCode(proxy);
                case "toString":
                    return "itest " + type.getSimpleName() + "@" + Integer.toHexString(System.identityHashCode(proxy));
                default:
                    if (method.getName().equals(name)) {
                        action.accept(args == null ? new Object[0] : args);
                    }
                    return null;
            }
        });
    }

    private static Method find(Class<?> type, String name, Object[] args) {
        for (Class<?> candidate : publicTypes(type)) {
            for (Method method : candidate.getMethods()) {
                if (method.getName().equals(name) && accepts(method.getParameterTypes(), args)) {
                    return method;
                }
            }
        }
        throw new IllegalArgumentException("No public method " + name + " with " + args.length + " arguments on "
                + type);
    }

    private static List<Class<?>> publicTypes(Class<?> type) {
        Set<Class<?>> types = new LinkedHashSet<>();
        for (Class<?> c = type; c != null; c = c.getSuperclass()) {
            collectInterfaces(c, types);
        }
        for (Class<?> c = type; c != null; c = c.getSuperclass()) {
            types.add(c);
        }
        List<Class<?>> visible = new ArrayList<>();
        for (Class<?> c : types) {
            if (Modifier.isPublic(c.getModifiers())) {
                visible.add(c);
            }
        }
        return visible;
    }

    private static void collectInterfaces(Class<?> type, Set<Class<?>> into) {
        for (Class<?> i : type.getInterfaces()) {
            if (into.add(i)) {
                collectInterfaces(i, into);
            }
        }
    }

    private static boolean accepts(Class<?>[] parameters, Object[] args) {
        if (parameters.length != args.length) {
            return false;
        }
        for (int i = 0; i < args.length; i++) {
            if (args[i] != null && !boxed(parameters[i]).isInstance(args[i])) {
                return false;
            }
        }
        return true;
    }

    private static Class<?> boxed(Class<?> type) {
        if (!type.isPrimitive()) {
            return type;
        }
        if (type == boolean.class) {
            return Boolean.class;
        }
        if (type == long.class) {
            return Long.class;
        }
        if (type == int.class) {
            return Integer.class;
        }
        if (type == double.class) {
            return Double.class;
        }
        return Object.class;
    }
}
