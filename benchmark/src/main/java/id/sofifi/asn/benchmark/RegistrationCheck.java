package id.sofifi.asn.benchmark;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * After the run, what the database holds for this run's applicants (found by their e-mail addresses), set against
 * what the portal told them: every account the portal confirmed made is there, every confirmation it acknowledged
 * holds, every registration number it showed is that applicant's one application with all the period's documents
 * (and their files on disk when the data directory is known), no NIK has two applications in a fiscal year, and no
 * application exists that its applicant was not told of. One PASS or FAIL line each.
 */
final class RegistrationCheck {
    /** What the applicants saw: accounts made, e-mails confirmed, registration numbers by e-mail address. */
    record Seen(Set<String> signedUp, Set<String> confirmed, Map<String, String> submitted) {
    }

    private record Stored(String email, String number, int documents, int required) {
    }

    private final Database database;
    private final String emails;
    private final Path documentsDir;
    private boolean passed = true;

    RegistrationCheck(Database database, int run, Path documentsDir) {
        this.database = database;
        this.emails = Applicant.emailPattern(run);
        this.documentsDir = documentsDir;
    }

    /** Prints the checks; answers whether all passed. */
    boolean check(Seen seen) throws SQLException, InterruptedException {
        Map<String, Boolean> accounts = accounts();
        line(missing(seen.signedUp(), accounts.keySet()).isEmpty(),
                "accounts stored: the portal made %d, found %d of" + " them (%d accounts of this run in all)",
                seen.signedUp().size(), seen.signedUp().size() - missing(seen.signedUp(), accounts.keySet()).size(),
                accounts.size());
        Set<String> confirmed = new HashSet<>();
        accounts.forEach((email, isConfirmed) -> {
            if (isConfirmed) {
                confirmed.add(email);
            }
        });
        line(missing(seen.confirmed(), confirmed).isEmpty(), "e-mails confirmed: the portal confirmed %d, found %d",
                seen.confirmed().size(), seen.confirmed().size() - missing(seen.confirmed(), confirmed).size());

        List<Stored> applications = applications();
        Map<String, String> numbers = new HashMap<>();
        applications.forEach(a -> numbers.merge(a.email(), a.number(), (x, y) -> x + "," + y));
        long found = seen.submitted().entrySet().stream().filter(s -> s.getValue().equals(numbers.get(s.getKey())))
                .count();
        line(found == seen.submitted().size(),
                "nothing lost: %d registration numbers shown, %d found as the" + " applicant's one application",
                seen.submitted().size(), found);
        long twice = twiceInAYear();
        line(twice == 0, "exactly one application per NIK and fiscal year: %d NIKs of this run with more", twice);
        long untold = applications.stream().filter(a -> !a.number().equals(seen.submitted().get(a.email()))).count();
        line(untold == 0, "no application the applicant was not shown: %d stored, %d without its number shown",
                applications.size(), untold);
        long incomplete = applications.stream().filter(a -> a.documents() != a.required()).count();
        int documents = applications.stream().mapToInt(Stored::documents).sum();
        line(incomplete == 0, "documents stored: %d for %d applications, %d applications without every required one",
                documents, applications.size(), incomplete);
        files(documents);
        return passed;
    }

    private void files(int documents) throws SQLException, InterruptedException {
        if (documentsDir == null) {
            System.out.println("SKIP document files on disk: set ASN_DATA_DIR to the run mode's data directory");
            return;
        }
        List<String> hashes = hashes();
        long absent = hashes.stream()
                .filter(h -> !Files
                        .isRegularFile(documentsDir.resolve(h.substring(0, 2)).resolve(h.substring(2, 4)).resolve(h)))
                .count();
        line(absent == 0 && hashes.size() == documents, "document files on disk in %s: %d of %d", documentsDir,
                hashes.size() - absent, hashes.size());
    }

    private void line(boolean pass, String format, Object... args) {
        passed &= pass;
        System.out.println((pass ? "PASS " : "FAIL ") + format.formatted(args));
    }

    private static Set<String> missing(Set<String> expected, Set<String> found) {
        Set<String> missing = new HashSet<>(expected);
        missing.removeAll(found);
        return missing;
    }

    /** This run's accounts: e-mail address to whether it is confirmed. */
    private Map<String, Boolean> accounts() throws SQLException, InterruptedException {
        return database.with(connection -> {
            try (PreparedStatement query = connection.prepareStatement(
                    "SELECT email, email_confirmed_at IS NOT NULL FROM applicant WHERE email LIKE ?")) {
                query.setString(1, emails);
                Map<String, Boolean> accounts = new HashMap<>();
                try (ResultSet rows = query.executeQuery()) {
                    while (rows.next()) {
                        accounts.put(rows.getString(1), rows.getBoolean(2));
                    }
                }
                return accounts;
            }
        });
    }

    private List<Stored> applications() throws SQLException, InterruptedException {
        return database.with(connection -> {
            try (PreparedStatement query = connection.prepareStatement("""
                    SELECT p.email, a.registration_number,
                           (SELECT count(*) FROM application_document d WHERE d.application_id = a.id),
                           (SELECT count(*) FROM document_requirement r WHERE r.period_id = a.period_id)
                    FROM application a JOIN applicant p ON p.id = a.applicant_id
                    WHERE p.email LIKE ?""")) {
                query.setString(1, emails);
                List<Stored> stored = new ArrayList<>();
                try (ResultSet rows = query.executeQuery()) {
                    while (rows.next()) {
                        stored.add(new Stored(rows.getString(1), rows.getString(2), rows.getInt(3), rows.getInt(4)));
                    }
                }
                return stored;
            }
        });
    }

    /** NIKs of this run's applicants (by their keyed hash) with more than one application in a fiscal year. */
    private long twiceInAYear() throws SQLException, InterruptedException {
        return database.with(connection -> {
            try (PreparedStatement query = connection.prepareStatement("""
                    SELECT count(*) FROM (
                        SELECT a.nik_hash, a.fiscal_year FROM application a
                        WHERE a.nik_hash IN (SELECT nik_hash FROM applicant WHERE email LIKE ?)
                        GROUP BY a.nik_hash, a.fiscal_year HAVING count(*) > 1) twice""")) {
                query.setString(1, emails);
                try (ResultSet rows = query.executeQuery()) {
                    rows.next();
                    return rows.getLong(1);
                }
            }
        });
    }

    private List<String> hashes() throws SQLException, InterruptedException {
        return database.with(connection -> {
            try (PreparedStatement query = connection.prepareStatement("""
                    SELECT d.sha256 FROM application_document d JOIN application a ON a.id = d.application_id
                    JOIN applicant p ON p.id = a.applicant_id WHERE p.email LIKE ?""")) {
                query.setString(1, emails);
                List<String> hashes = new ArrayList<>();
                try (ResultSet rows = query.executeQuery()) {
                    while (rows.next()) {
                        hashes.add(rows.getString(1));
                    }
                }
                return hashes;
            }
        });
    }
}
