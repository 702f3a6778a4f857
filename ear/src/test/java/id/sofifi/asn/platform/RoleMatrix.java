package id.sofifi.asn.platform;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The expectation table of the role × endpoint matrix (test resource {@code platform/role-matrix.txt}, its header
 * explains the columns): for each operation who may call it, what the others get, and what body the call sends.
 */
final class RoleMatrix {
    /** The nine kinds of caller, anonymous first and the administrator last (their allowed calls change most). */
    static final List<String> ROLES = List.of("anonymous", "applicant", "employee", "citizen", "agency", "verifier",
            "operator", "supervisor", "admin");

    private static final String RESOURCE = "/platform/role-matrix.txt";

    private RoleMatrix() {
    }

    /** One line of the table. {@code operation} is "METHOD /path" exactly as /openapi names it. */
    record Expectation(String operation, Set<String> allowed, Map<String, Integer> denials, String body) {
        boolean allows(String role) {
            return allowed.contains("*") || allowed.contains(role);
        }

        /** The answer a role the operation refuses gets. */
        int denial(String role) {
            return denials.getOrDefault(role, denials.getOrDefault("*", "anonymous".equals(role) ? 401 : 403));
        }

        /** Null when the answer is what the table expects, else what was expected, in words. */
        String mismatch(String role, int status) {
            if (allows(role)) {
                return status == 401 || status == 403 || status >= 500 ? "allowed (not 401/403/5xx)" : null;
            }
            return status == denial(role) ? null : String.valueOf(denial(role));
        }
    }

    /** The table's lines by operation, in the table's order. */
    static Map<String, Expectation> load() {
        try (InputStream in = RoleMatrix.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException(RESOURCE + " is missing");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().map(String::strip)
                    .filter(line -> !line.isEmpty() && !line.startsWith("#")).map(RoleMatrix::parse)
                    .collect(Collectors.toMap(Expectation::operation, e -> e, (a, b) -> {
                        throw new IllegalStateException("two lines for " + a.operation());
                    }, LinkedHashMap::new));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Expectation parse(String line) {
        String[] columns = (line + " ").split("\\|", -1);
        if (columns.length != 4) {
            throw new IllegalStateException("not 4 columns: " + line);
        }
        Set<String> allowed = words(columns[1]).collect(Collectors.toSet());
        allowed.stream().filter(role -> !"*".equals(role) && !ROLES.contains(role)).findAny().ifPresent(role -> {
            throw new IllegalStateException("unknown role " + role + ": " + line);
        });
        Map<String, Integer> denials = words(columns[2]).map(d -> d.split("="))
                .collect(Collectors.toMap(d -> d[0], d -> Integer.valueOf(d[1])));
        return new Expectation(columns[0].strip(), allowed, denials, columns[3].strip());
    }

    private static java.util.stream.Stream<String> words(String column) {
        return Arrays.stream(column.strip().split("\\s+")).filter(w -> !w.isEmpty());
    }
}
