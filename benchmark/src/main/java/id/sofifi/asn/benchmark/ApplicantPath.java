package id.sofifi.asn.benchmark;

import java.io.IOException;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What one applicant does on the portal, step by step, with the fields of the pages (daftar.xhtml, konfirmasi.xhtml,
 * masuk.xhtml, pelamar/lamar.xhtml) as the browser test ApplicantBrowserIT fills them: open an account, follow the
 * mailed confirmation link, sign in with NIK and password, go through the wizard (period and formation, education
 * and GPA, one file per document requirement, review), submit. Each step fails with {@link StepFailed} when the page
 * does not show what a person would expect to see next.
 */
final class ApplicantPath {
    private static final Pattern LINK = Pattern.compile("(http\\S+/konfirmasi\\.xhtml\\?token=[A-Za-z0-9_-]+)");
    private static final int MAIL_POLLS = 100;

    private final Applicant applicant;
    private final PortalSession session;
    private final Database database;
    private final Documents documents;
    private final String period;
    private FacesPage review;
    private String registrationNumber;

    ApplicantPath(Applicant applicant, PortalSession session, Database database, Documents documents, String period) {
        this.applicant = applicant;
        this.session = session;
        this.database = database;
        this.documents = documents;
        this.period = period;
    }

    /** Sign-up (pendaftaran akun): the server hashes the password, so this step is bounded by the cores. */
    void signUp() throws IOException, InterruptedException {
        FacesPage form = session.get("/daftar.xhtml");
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("nik", applicant.nik());
        fields.put("fullName", applicant.fullName());
        fields.put("birthDate", applicant.birthDate().toString());
        fields.put("sex", applicant.female() ? "F" : "M");
        fields.put("email", applicant.email());
        fields.put("phone", "0812 4455 " + String.format(Locale.ROOT, "%04d", applicant.index()));
        fields.put("password", applicant.password());
        fields.put("passwordRepeat", applicant.password());
        fields.put("register", "Daftar");
        FacesPage done = session.post(form, "account", fields);
        if (done.has("register") || done.messages("info").isEmpty()) {
            throw new StepFailed(done.refusal("sign-up: no account made"));
        }
    }

    /** Follows the link of the confirmation mail, read from the outbox as soon as the sign-up's transaction wrote it. */
    void confirm() throws IOException, SQLException, InterruptedException {
        String link = mailedLink();
        FacesPage confirmed = session.get(link);
        if (confirmed.messages("info").isEmpty() || !confirmed.messages("error").isEmpty()) {
            throw new StepFailed(confirmed.refusal("confirmation: not confirmed"));
        }
    }

    /** Signs in with NIK and password; lands on "Lamaran saya" (pelamar/index.xhtml). */
    void signIn() throws IOException, InterruptedException {
        FacesPage form = session.get("/masuk.xhtml");
        FacesPage home = session.post(form, "login",
                Map.of("username", applicant.nik(), "password", applicant.password(), "submit", "Masuk"));
        if (!home.path().endsWith("/pelamar/index.xhtml") || !home.has("apply")) {
            throw new StepFailed(home.refusal("sign-in: not signed in"));
        }
    }

    /** The wizard up to its review: period and formation, education and GPA, the documents uploaded in one post. */
    void fillWizard() throws IOException, InterruptedException {
        FacesPage page = session.get("/pelamar/lamar.xhtml");
        List<String> periods = page.options("period");
        String chosen = period != null ? period : periods.stream().findFirst().orElse(null);
        if (chosen == null || !periods.contains(chosen)) {
            throw new StepFailed("wizard: period " + (chosen == null ? "none" : chosen) + " not open");
        }
        page = multipart(page, Map.of("period", chosen, "choosePeriod", "Pilih"));
        List<String> formations = page.options("formation");
        if (formations.isEmpty()) {
            throw new StepFailed("wizard: no formation in " + chosen);
        }
        String formation = formations.get(applicant.index() % formations.size());
        page = expect(multipart(page, Map.of("period", chosen, "formation", formation, "next", "Lanjut")), "education");
        page = expect(
                multipart(page, Map.of("education", "S-1 Keperawatan + Ners", "gpa",
                        String.format(Locale.ROOT, "%.2f", 2.75 + applicant.index() % 125 / 100.0), "next", "Lanjut")),
                "upload");
        Multipart files = new Multipart();
        Map<String, String> inputs = page.fileInputs();
        if (inputs.isEmpty()) {
            throw new StepFailed("wizard: no document to upload");
        }
        inputs.forEach((requirement, field) -> {
            Documents.File file = documents.of(requirement, applicant);
            files.file(field, file.name(), file.mediaType(), file.content());
        });
        page = session.post(page, "wizard", Map.of("upload", "Unggah"), files);
        for (String requirement : inputs.keySet()) {
            expect(page, "ok-" + requirement);
        }
        review = expect(multipart(page, Map.of("next", "Lanjut")), "review");
    }

    /**
     * Submits from the review, alone or at once with {@code others}: the same view again (a double click, as an
     * impatient applicant on a slow line does) or the review of the same applicant on another device. One application
     * must come of it. Answers, when there were several clicks, what became of them.
     */
    Optional<String> submit(List<ApplicantPath> others, ExecutorService clicks) {
        if (others.isEmpty()) {
            registrationNumber = clicked().orElseThrow();
            return Optional.empty();
        }
        List<CompletableFuture<Clicked>> sent = new ArrayList<>();
        sent.add(CompletableFuture.supplyAsync(this::clicked, clicks));
        others.forEach(other -> sent.add(CompletableFuture.supplyAsync(other::clicked, clicks)));
        List<Clicked> all = sent.stream().map(CompletableFuture::join).toList();
        List<String> numbers = all.stream().map(Clicked::number).filter(Objects::nonNull).toList();
        registrationNumber = all.stream().filter(c -> c.number() != null).findFirst().orElse(all.get(0)).orElseThrow();
        if (numbers.size() == all.size()) {
            return Optional.of(numbers.stream().distinct().count() == 1
                    ? "every page shows the one number (the view was already submitted)"
                    : "accepted more than once: numbers " + String.join(", ", numbers));
        }
        return Optional.of(numbers.size() + " accepted, the other "
                + all.stream().map(Clicked::refusal).filter(Objects::nonNull).findFirst().orElseThrow());
    }

    String registrationNumber() {
        return registrationNumber;
    }

    /** A click on "submit": the registration number the page showed, or why there was none. */
    private record Clicked(String number, String refusal) {
        String orElseThrow() {
            if (number == null) {
                throw new StepFailed(refusal);
            }
            return number;
        }
    }

    private Clicked clicked() {
        try {
            FacesPage page = multipart(review, Map.of("submit", "Kirim lamaran"));
            // the page shows the number when the view has one and no error beside it
            return page.messages("error").isEmpty() && page.text("registrationNumber").isPresent()
                    ? new Clicked(page.text("registrationNumber").get(), null)
                    : new Clicked(null, page.refusal("submit: no number"));
        } catch (StepFailed e) {
            return new Clicked(null, e.getMessage());
        } catch (IOException | RuntimeException e) {
            return new Clicked(null, e.getClass().getSimpleName());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return new Clicked(null, "interrupted");
        }
    }

    private FacesPage multipart(FacesPage page, Map<String, String> fields) throws IOException, InterruptedException {
        return session.post(page, "wizard", fields, new Multipart());
    }

    private static FacesPage expect(FacesPage page, String id) {
        if (!page.has(id)) {
            throw new StepFailed(page.refusal("wizard: no " + id + " on the page"));
        }
        return page;
    }

    private String mailedLink() throws SQLException, InterruptedException {
        for (int poll = 0; poll < MAIL_POLLS; poll++) {
            Optional<String> link = database.with(connection -> {
                try (PreparedStatement query = connection.prepareStatement(
                        "SELECT body FROM outbox_message WHERE recipient = ? ORDER BY id DESC LIMIT 1")) {
                    query.setString(1, applicant.email());
                    try (ResultSet rows = query.executeQuery()) {
                        if (!rows.next()) {
                            return Optional.empty();
                        }
                        Matcher found = LINK.matcher(rows.getString(1));
                        return found.find() ? Optional.of(found.group(1)) : Optional.empty();
                    }
                }
            });
            if (link.isPresent()) {
                return link.get();
            }
            TimeUnit.MILLISECONDS.sleep(100);
        }
        throw new StepFailed("confirmation: no link mailed in " + MAIL_POLLS / 10 + " s");
    }
}
