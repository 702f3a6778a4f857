package id.sofifi.asn.benchmark;

import java.nio.file.Path;
import java.time.Duration;

/**
 * What a registration run is told through the environment, with the defaults its figures are measured with:
 * APPLICANTS (200 at once, each a NIK and e-mail address of its own), LOCKSTEP (true: every applicant finishes a phase
 * before any starts the next, so each phase's rate is its own; false: each goes its own pace), DOUBLE_CLICK_PERCENT
 * (10: the share of applicants who press "submit" twice at once), TWO_DEVICE_PERCENT (5: the share who sign in and
 * fill the wizard on two devices, then submit on both at once), PDF_KIB (100: the size of each PDF uploaded),
 * TIMEOUT_SECONDS (600: for one request; hundreds of sign-ups queue behind the password hashing), PERIOD (the period
 * applied to; the first open one the wizard offers), ASN_BASE_URL (http://localhost:8080), ASN_DB_URL
 * (jdbc:postgresql://localhost:15432/asn), ASN_DB_USER and ASN_DB_PASSWORD (asn), and ASN_DATA_DIR (the run mode's
 * data directory: when given, every stored document's file is looked for on disk).
 */
record RegistrationSettings(String base, int applicants, boolean lockstep, int doubleClickPercent, int twoDevicePercent,
        int pdfKib, Duration timeout, String period, String dbUrl, String dbUser, String dbPassword,
        Path documentsDir) {

    static RegistrationSettings fromEnvironment() {
        int applicants = Settings.number("APPLICANTS", 200);
        if (applicants > Applicant.MAX) {
            throw new IllegalArgumentException("APPLICANTS is at most " + Applicant.MAX + ", not " + applicants);
        }
        String period = Settings.text("PERIOD", "");
        String data = Settings.text("ASN_DATA_DIR", "");
        return new RegistrationSettings(Settings.text("ASN_BASE_URL", "http://localhost:8080").replaceAll("/+$", ""),
                applicants, Boolean.parseBoolean(Settings.text("LOCKSTEP", "true")),
                percent("DOUBLE_CLICK_PERCENT", 10), percent("TWO_DEVICE_PERCENT", 5), Settings.number("PDF_KIB", 100),
                Duration.ofSeconds(Settings.number("TIMEOUT_SECONDS", 600)), period.isEmpty() ? null : period,
                Settings.text("ASN_DB_URL", "jdbc:postgresql://localhost:15432/asn"),
                Settings.text("ASN_DB_USER", "asn"), Settings.text("ASN_DB_PASSWORD", "asn"),
                // the run mode's WildFly keeps its files in <data>/server/data/asn-files (FilesDirectory)
                data.isEmpty() ? null : Path.of(data, "server", "data", "asn-files", "documents"));
    }

    /** Whether applicant {@code index} double-clicks: spread evenly, every tenth at 10 %. */
    boolean doubleClicks(int index) {
        return spread(index, doubleClickPercent);
    }

    /** Whether applicant {@code index} applies on two devices: spread evenly, apart from the double clicks at 10 %. */
    boolean twoDevices(int index) {
        return spread(index + 5, twoDevicePercent);
    }

    private static boolean spread(int index, int percent) {
        return (long) index * percent % 100 < percent;
    }

    private static int percent(String name, int fallback) {
        int value = Integer.parseInt(Settings.text(name, String.valueOf(fallback)));
        if (value < 0 || value > 100) {
            throw new IllegalArgumentException(name + " is 0 to 100, not " + value);
        }
        return value;
    }
}
