package id.sofifi.asn.platform;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.sofifi.asn.system.SystemTest;
import jakarta.json.JsonObject;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Issue 13, trust under attack: every operation the live /openapi document lists, called as each of the nine
 * roles, answers as the expectation table (test resource {@code platform/role-matrix.txt}) says — allowed roles
 * never 401, 403 or 5xx, every other role its refusal and never a 2xx. All mismatches are reported at once.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class RoleMatrixIT {
    /** Reads first, then writes, then deletions: an allowed write or deletion never removes what a later row needs. */
    private static final List<String> METHOD_ORDER = List.of("GET", "PUT", "POST", "PATCH", "DELETE");

    private static final String JSON = "application/json";

    private static MatrixFixtures fixtures;

    @Deployment(testable = false)
    static EnterpriseArchive ear() {
        return SystemTest.ear();
    }

    @Test
    @DisplayName("Issue 13: every /openapi operation × 9 roles (anonymous, applicant, employee, citizen, agency,"
            + " verifier, operator, supervisor, admin) answers as role-matrix.txt expects; the table covers every"
            + " operation")
    void everyOperationAsEveryRole() throws Exception {
        Map<String, RoleMatrix.Expectation> table = RoleMatrix.load();
        JsonObject paths = SystemTest.object(SystemTest.send("GET", "/openapi", null, null)).getJsonObject("paths");
        List<Operation> operations = new ArrayList<>();
        paths.forEach((path, item) -> item.asJsonObject().forEach((method, operation) -> {
            if (METHOD_ORDER.contains(method.toUpperCase())) {
                operations.add(new Operation(method.toUpperCase(), path, operation.asJsonObject()));
            }
        }));
        operations.sort(
                Comparator.comparing((Operation o) -> METHOD_ORDER.indexOf(o.method())).thenComparing(Operation::path));
        Set<String> documented = new TreeSet<>(operations.stream().map(Operation::name).toList());
        Set<String> unexpected = new TreeSet<>(documented);
        unexpected.removeAll(table.keySet());
        Set<String> stale = new TreeSet<>(table.keySet());
        stale.removeAll(documented);
        assertTrue(unexpected.isEmpty() && stale.isEmpty(), "role-matrix.txt has no line for " + unexpected
                + " and lines for operations /openapi does not list: " + stale);

        MatrixFixtures fixtures = fixtures();
        List<String> mismatches = new ArrayList<>();
        for (Operation operation : operations) {
            RoleMatrix.Expectation expected = table.get(operation.name());
            String path = fixtures.path(operation.path());
            for (MatrixCaller caller : fixtures.callers()) {
                HttpResponse<String> answer = operation.call(caller, path, expected.body(), fixtures);
                String mismatch = expected.mismatch(caller.role(), answer.statusCode());
                if (mismatch != null) {
                    mismatches.add(String.format("%-70s %-10s %-26s %d %s", operation.name(), caller.role(), mismatch,
                            answer.statusCode(), brief(answer.body())));
                }
            }
        }
        int calls = operations.size() * fixtures.callers().size();
        assertEquals(List.of(), mismatches,
                operations.size() + " operations × " + fixtures.callers().size() + " roles = " + calls + " calls, "
                        + mismatches.size() + " answers not as expected:\n"
                        + String.format("%-70s %-10s %-26s %s%n", "operation", "role", "expected", "got")
                        + String.join("\n", mismatches) + "\n");
    }

    @Test
    @DisplayName("Issue 13: an employee reads and enrols only themself: another employee's profile, JP ledger and"
            + " SKP assessments and an enrolment in their name are refused (403)")
    void employeeActsOnlyForThemself() throws Exception {
        MatrixFixtures fixtures = fixtures();
        MatrixCaller employee = fixtures.callers().get(RoleMatrix.ROLES.indexOf("employee"));
        String other = fixtures.otherEmployee();
        Map<String, Integer> answers = new LinkedHashMap<>();
        for (String path : List.of("/api/v1/employees/" + other, "/api/v1/employees/" + other + "/development",
                "/api/v1/employees/" + other + "/assessments")) {
            answers.put("GET " + path, employee.send("GET", path, JSON, null, null).statusCode());
        }
        String enrol = fixtures.path("/api/v1/trainings/{code}/enrolments");
        answers.put("POST " + enrol,
                employee.send("POST", enrol, JSON, JSON, fixtures.body("{\"nip\":\"" + other + "\"}")).statusCode());
        assertEquals(List.of(403, 403, 403, 403), List.copyOf(answers.values()), answers.toString());
    }

    @Test
    @DisplayName("Issue 13, §5: a CONFIDENTIAL case exists for administrators only: its reading, its files and a"
            + " reply or rating with a wrong secret are 404 to every other role, signed in or not, as for a code"
            + " nobody has (never 401, 403, or 400 for the secret, which would tell that the case exists)")
    void confidentialCaseIsHidden() throws Exception {
        MatrixFixtures fixtures = fixtures();
        String path = "/api/v1/complaints/" + fixtures.value("confidential");
        byte[] reply = "{\"secret\":\"AAAA-BBBB-CCCC-DDDD\",\"text\":\"Belum selesai.\"}".getBytes(UTF_8);
        byte[] rating = "{\"secret\":\"AAAA-BBBB-CCCC-DDDD\",\"rating\":4}".getBytes(UTF_8);
        Map<String, List<Integer>> answers = new LinkedHashMap<>();
        Map<String, List<Integer>> expected = new LinkedHashMap<>();
        for (MatrixCaller caller : fixtures.callers()) {
            answers.put(caller.role(),
                    List.of(caller.send("GET", path, JSON, null, null).statusCode(),
                            caller.send("GET", path + "/attachments", JSON, null, null).statusCode(),
                            caller.send("POST", path + "/replies", JSON, JSON, reply).statusCode(),
                            caller.send("POST", path + "/ratings", JSON, JSON, rating).statusCode()));
            // staff know the case: a wrong secret is refused by its field
            expected.put(caller.role(),
                    "admin".equals(caller.role()) ? List.of(200, 200, 400, 400) : List.of(404, 404, 404, 404));
        }
        assertEquals(expected, answers);
    }

    /** One set of callers and fixtures for every test: signing nine callers in is the slow part. */
    private static synchronized MatrixFixtures fixtures() throws Exception {
        if (fixtures == null) {
            fixtures = MatrixFixtures.make();
        }
        return fixtures;
    }

    private static String brief(String body) {
        String flat = body.replaceAll("\\s+", " ");
        return flat.length() > 120 ? flat.substring(0, 120) + "…" : flat;
    }
}
