package id.sofifi.asn.platform.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.RequestScoped;
import jakarta.enterprise.context.SessionScoped;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.Serializable;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * Issue 14, more than one server: what the screens keep in the HTTP session (view- and session-scoped beans, and all
 * they hold) is copied to another node, so every such bean, and every type its state holds, must be serializable.
 * Injected EJBs (WildFly's proxies) and normal-scoped CDI beans (Weld's client proxies) are serializable by their
 * containers; an abstract JDK type (List, Clock) is checked by what its instances are, which the JDK's are. A
 * message's arguments ({@code List<Object>}: texts, numbers, dates) are known only at run time, where the server logs
 * any attribute it cannot replicate (system.TwoNodeIT reads that log).
 */
class SessionStateTest {
    private static final Path CLASSES = Path.of("target/classes");

    @Test
    @DisplayName("Issue 14: every view- and session-scoped bean and what it holds can be replicated")
    void sessionStateIsSerializable() throws Exception {
        List<Class<?>> beans = beans();
        assertFalse(beans.isEmpty(), "found the screens' beans");
        List<String> problems = new ArrayList<>();
        Set<Class<?>> seen = new HashSet<>();
        for (Class<?> bean : beans) {
            check(bean, bean.getName(), problems, seen);
        }
        assertEquals(List.of(), problems);
    }

    private static List<Class<?>> beans() throws IOException, ClassNotFoundException {
        List<Class<?>> beans = new ArrayList<>();
        try (Stream<Path> files = Files.walk(CLASSES)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".class")).toList()) {
                String name = CLASSES.relativize(file).toString().replace('/', '.').replaceAll("\\.class$", "");
                Class<?> type = Class.forName(name, false, SessionStateTest.class.getClassLoader());
                if (type.isAnnotationPresent(ViewScoped.class) || type.isAnnotationPresent(SessionScoped.class)) {
                    beans.add(type);
                }
            }
        }
        return beans;
    }

    /** Checks a class of the application and, once per class, the state it declares and inherits. */
    private static void check(Class<?> type, String path, List<String> problems, Set<Class<?>> seen) {
        if (!seen.add(type)) {
            return;
        }
        if (!Serializable.class.isAssignableFrom(type)) {
            problems.add(path + ": " + type.getName() + " is not Serializable");
            return;
        }
        for (Class<?> c = type; c != null && c.getName().startsWith("id.sofifi."); c = c.getSuperclass()) {
            for (Field field : c.getDeclaredFields()) {
                int modifiers = field.getModifiers();
                if (Modifier.isStatic(modifiers) || Modifier.isTransient(modifiers) || field.isSynthetic()
                        || field.isAnnotationPresent(EJB.class) || injectedProxy(field)) {
                    continue;
                }
                checkType(field.getGenericType(), path + "." + field.getName(), problems, seen);
            }
        }
    }

    private static boolean injectedProxy(Field field) {
        Class<?> type = field.getType();
        return field.isAnnotationPresent(Inject.class) && (type.isAnnotationPresent(ViewScoped.class)
                || type.isAnnotationPresent(SessionScoped.class) || type.isAnnotationPresent(RequestScoped.class)
                || type.isAnnotationPresent(ApplicationScoped.class) || type.getName().startsWith("java."));
    }

    private static void checkType(Type type, String path, List<String> problems, Set<Class<?>> seen) {
        if (type instanceof ParameterizedType parameterized) {
            checkType(parameterized.getRawType(), path, problems, seen);
            for (Type argument : parameterized.getActualTypeArguments()) {
                checkType(argument, path + "<>", problems, seen);
            }
        } else if (type instanceof Class<?> c) {
            if (c.isArray()) {
                checkType(c.getComponentType(), path + "[]", problems, seen);
            } else if (c.getName().startsWith("id.sofifi.")) {
                if (!c.isInterface()) {
                    check(c, path, problems, seen);
                }
            } else if (c != Object.class && !c.isPrimitive() && !c.isInterface()
                    && !Modifier.isAbstract(c.getModifiers()) && !Serializable.class.isAssignableFrom(c)) {
                problems.add(path + ": " + c.getName() + " is not Serializable");
            }
        }
    }
}
