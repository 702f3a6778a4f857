import id.sofifi.asn.kernel.Nik;
import id.sofifi.asn.privacy.domain.SealedNik;
import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import org.postgresql.PGConnection;
import org.postgresql.copy.CopyManager;

/**
 * Helper of the selection benchmarks (docs/benchmarks.md, "Selection (issue 4)"); needs only JDK 17 and the
 * PostgreSQL JDBC driver, and the persistence module's classes for sealing NIKs as the server does (ASN-RULES §6; the
 * key file is ASN_NIK_KEY_FILE, by default the run mode's {@code data/nik-keys.properties}):
 * {@code java -cp postgresql.jar:persistence/target/classes SelectionBench.java COMMAND ...}.
 * <ul>
 * <li>{@code generate PERIOD YEAR APPLICATIONS FORMATIONS SEED OUTDIR [csv-only]}: a synthetic period (work
 * units, formations, MS applications) loaded by COPY, and the deterministic {@code skd-scores.csv} and
 * {@code skb-scores.csv};</li>
 * <li>{@code load-skd PERIOD CSV}: the SKD scores straight into {@code skd_score} (COPY into a staging table, one
 * INSERT ... SELECT), replacing the period's scores; job_execution_id 0;</li>
 * <li>{@code sql-rank PERIOD [shaped]}: the §1.4–1.5 ranking as one window-function statement into the bare table
 * {@code bench_skd_rank}, or (shaped) into {@code bench_skd_result}, a copy of skd_result's keys and indexes;
 * prints its time in ms and the rows;</li>
 * <li>{@code compare PERIOD}: {@code bench_skd_rank} against the job's {@code skd_result}, row by row;</li>
 * <li>{@code copy-raw CSV logged|unlogged}: raw COPY of a score CSV into a bare table; prints rows and ms;</li>
 * <li>{@code count-skd PERIOD}: the period's skd_score and score_change rows;</li>
 * <li>{@code set-based PERIOD CSV}: the best a set-based import could do inside PostgreSQL: COPY into a temporary
 * staging table, then one INSERT ... SELECT joined to the period's applications into {@code bench_skd_score}, an
 * empty copy of skd_score (same key and checks; no foreign key to application since V37, like skd_score); prints
 * rows and the ms of both parts;</li>
 * <li>{@code audit-time PERIOD JOB}: epoch ms of the ranking job's completion audit event (waits up to 60 s).</li>
 * </ul>
 * Connection: ASN_DB_URL (jdbc:postgresql://localhost:15432/asn), ASN_DB_USER, ASN_DB_PASSWORD (asn/asn).
 */
public class SelectionBench {
    static final String[] MEN = {"Ahmad", "Budi", "Rizky", "Muhammad", "Agus", "Hendra", "Fajar", "Dedi", "Irfan",
            "Yusuf", "Arif", "Bayu", "Rahmat", "Andi", "Samsul", "Taufik", "Hasan", "Ilham", "Reza", "Gilang", "Wahyu",
            "Joko", "Fadli", "Abdul", "Jefri", "Ridwan", "Sandi", "Yohanis", "Marthen", "Frans", "Iqbal", "Sahrul",
            "Nasir", "Rudi", "Safri"};
    static final String[] WOMEN = {"Siti", "Nur", "Dewi", "Fitri", "Sri", "Rina", "Ayu", "Putri", "Indah", "Wulan",
            "Nurul", "Aisyah", "Lestari", "Maya", "Ratna", "Yuliana", "Rahmawati", "Anisa", "Dian", "Fatimah",
            "Kartika", "Novita", "Sartika", "Mariam", "Salma", "Hartini", "Agustina", "Maria", "Yunita", "Intan",
            "Hasna", "Sukmawati", "Nirwana"};
    static final String[] FAMILY = {"Saleh", "Hamid", "Umar", "Djafar", "Abbas", "Kiat", "Tidore", "Ternate",
            "Pratama", "Saputra", "Wijaya", "Hidayat", "Kurniawan", "Santoso", "Nugroho", "Siregar", "Nasution", "Lubis",
            "Harahap", "Manurung", "Pattimura", "Latuconsina", "Tuasikal", "Ohorella", "Syamsudin", "Hasanuddin",
            "Rumbia", "Lasut", "Kaunang", "Malik", "Hakim", "Sangaji", "Gani", "Buamona", "Sahril", "Kasuba", "Alting"};
    /** Work units (OPD) of a provincial government. */
    static final String[] UNITS = {"Dinas Kesehatan", "Dinas Pendidikan dan Kebudayaan", "RSUD Dr. H. Chasan Boesoirie",
            "RSUD Sofifi", "Badan Kepegawaian Daerah", "Dinas Pekerjaan Umum dan Penataan Ruang", "Dinas Pertanian",
            "Badan Perencanaan Pembangunan Daerah", "Inspektorat Daerah", "Badan Pendapatan Daerah",
            "Dinas Kelautan dan Perikanan", "Dinas Sosial", "Dinas Perhubungan", "Dinas Lingkungan Hidup",
            "Satuan Polisi Pamong Praja", "Badan Penanggulangan Bencana Daerah", "Dinas Komunikasi dan Informatika",
            "Sekretariat Daerah", "Sekretariat DPRD", "Dinas Koperasi dan UKM", "Dinas Pariwisata", "Dinas Kehutanan",
            "Dinas Energi dan Sumber Daya Mineral", "Dinas Perindustrian dan Perdagangan",
            "Dinas Pemberdayaan Masyarakat dan Desa", "Dinas Kependudukan dan Pencatatan Sipil",
            "Dinas Pemberdayaan Perempuan dan Perlindungan Anak", "Dinas Tenaga Kerja dan Transmigrasi",
            "Dinas Perumahan dan Kawasan Permukiman", "Dinas Pemuda dan Olahraga", "Dinas Perpustakaan dan Kearsipan",
            "Dinas Ketahanan Pangan", "Badan Pengelola Keuangan dan Aset Daerah",
            "Badan Kesatuan Bangsa dan Politik", "Dinas Penanaman Modal dan PTSP"};
    /** Position and the education it asks for; the first entries are the most common (teachers, health). */
    static final String[][] POSITIONS = {
            {"Guru Ahli Pertama - Matematika", "S-1 Pendidikan Matematika"},
            {"Guru Ahli Pertama - Bahasa Indonesia", "S-1 Pendidikan Bahasa Indonesia"},
            {"Guru Ahli Pertama - Biologi", "S-1 Pendidikan Biologi"},
            {"Perawat Ahli Pertama", "S-1 Keperawatan + Ners"},
            {"Perawat Terampil", "D-III Keperawatan"},
            {"Bidan Terampil", "D-III Kebidanan"},
            {"Dokter Ahli Pertama", "Profesi Dokter"},
            {"Apoteker Ahli Pertama", "Profesi Apoteker"},
            {"Pranata Laboratorium Kesehatan Terampil", "D-III Analis Kesehatan"},
            {"Radiografer Terampil", "D-III Radiologi"},
            {"Analis Kebijakan Ahli Pertama", "S-1 Administrasi Negara"},
            {"Pranata Komputer Ahli Pertama", "S-1 Teknik Informatika"},
            {"Auditor Ahli Pertama", "S-1 Akuntansi"},
            {"Teknik Jalan dan Jembatan Ahli Pertama", "S-1 Teknik Sipil"},
            {"Perencana Ahli Pertama", "S-1 Perencanaan Wilayah dan Kota"},
            {"Penyuluh Pertanian Ahli Pertama", "S-1 Agribisnis"},
            {"Statistisi Ahli Pertama", "S-1 Statistika"},
            {"Arsiparis Terampil", "D-III Kearsipan"},
            {"Pengelola Pengadaan Barang/Jasa Ahli Pertama", "S-1 Manajemen"},
            {"Psikolog Klinis Ahli Pertama", "S-1 Psikologi"},
            {"Penyuluh Hukum Ahli Pertama", "S-1 Ilmu Hukum"},
            {"Epidemiolog Kesehatan Ahli Pertama", "S-1 Kesehatan Masyarakat"}};
    /** Categories with their share in per mille (realistic: almost all formations are general). */
    static final String[] CATEGORIES = {"GENERAL", "CUMLAUDE", "DISABILITY", "PAPUA", "DISADVANTAGED_REGION",
            "DIASPORA", "KALIMANTAN"};
    static final int[] CATEGORY_PER_MILLE = {850, 50, 30, 20, 20, 15, 15};
    /** Quota 1..5 in per mille: mostly 1–2 seats. */
    static final int[] QUOTA_PER_MILLE = {550, 250, 100, 60, 40};
    static final int[] PROVINCES = {11, 12, 13, 14, 15, 16, 17, 18, 19, 21, 31, 32, 33, 34, 35, 36, 51, 52, 53, 61, 62,
            63, 64, 65, 71, 72, 73, 74, 75, 76, 81, 82, 91, 94};

    public static void main(String[] args) throws Exception {
        String url = env("ASN_DB_URL", "jdbc:postgresql://localhost:15432/asn");
        try (Connection c = DriverManager.getConnection(url, env("ASN_DB_USER", "asn"), env("ASN_DB_PASSWORD", "asn"))) {
            switch (args[0]) {
                case "generate" -> generate(c, args);
                case "load-skd" -> loadSkd(c, args[1], Path.of(args[2]));
                case "sql-rank" -> sqlRank(c, args[1], args.length > 2 && "shaped".equals(args[2]));
                case "compare" -> compare(c, args[1]);
                case "copy-raw" -> copyRaw(c, Path.of(args[1]), "unlogged".equals(args[2]));
                case "count-skd" -> countSkd(c, args[1]);
                case "set-based" -> setBased(c, args[1], Path.of(args[2]));
                case "clear-results" -> clearResults(c, args[1]);
                case "clear-skd" -> clearSkd(c, args[1]);
                default -> throw new IllegalArgumentException("unknown command " + args[0]);
            }
        }
    }

    static String env(String name, String otherwise) {
        String v = System.getenv(name);
        return v == null || v.isBlank() ? otherwise : v;
    }

    // ---------------------------------------------------------------- generate

    static void generate(Connection c, String[] args) throws Exception {
        String period = args[1];
        int year = Integer.parseInt(args[2]);
        int applications = Integer.parseInt(args[3]);
        int formations = Integer.parseInt(args[4]);
        long seed = Long.parseLong(args[5]);
        Path out = Path.of(args[6]);
        boolean csvOnly = args.length > 7 && "csv-only".equals(args[7]);
        Files.createDirectories(out);
        long t0 = System.nanoTime();
        if (!csvOnly) {
            try (PreparedStatement s = c.prepareStatement("SELECT count(*) FROM selection_period WHERE code = ? OR fiscal_year = ?")) {
                s.setString(1, period);
                s.setInt(2, year);
                try (ResultSet rs = s.executeQuery()) {
                    rs.next();
                    if (rs.getLong(1) > 0) {
                        System.err.println("period " + period + " (or another period of fiscal year " + year + ") already exists:"
                                + " refusing to add a second synthetic period. Start the system on a fresh data directory,"
                                + " or set ASN_CSV_ONLY=1 to rewrite only the CSVs.");
                        System.exit(2);
                    }
                }
            }
        }
        Random random = new Random(seed);
        // formations: category, quota, position, work unit, popularity
        String[] category = new String[formations];
        int[] quota = new int[formations];
        int[] position = new int[formations];
        int[] unit = new int[formations];
        double[] cumulative = new double[formations];
        double sum = 0;
        for (int f = 0; f < formations; f++) {
            category[f] = CATEGORIES[pickPerMille(random, CATEGORY_PER_MILLE)];
            quota[f] = 1 + pickPerMille(random, QUOTA_PER_MILLE);
            position[f] = Math.min(POSITIONS.length - 1, (int) Math.abs(random.nextGaussian() * 7));
            unit[f] = random.nextInt(UNITS.length);
            // popularity: log-normal (a few formations draw hundreds or thousands, many a handful), more seats
            // draw more applicants, special categories fewer
            double weight = Math.exp(1.1 * random.nextGaussian()) * (1 + 0.5 * (quota[f] - 1))
                    * ("GENERAL".equals(category[f]) ? 1 : 0.3);
            sum += weight;
            cumulative[f] = sum;
        }
        String[] formationCode = new String[formations];
        for (int f = 0; f < formations; f++) {
            formationCode[f] = String.format(Locale.ROOT, "%s-F%06d", period, f + 1);
        }
        long[] formationId = new long[formations];
        long periodId = 0;
        if (!csvOnly) {
            c.setAutoCommit(false);
            try (PreparedStatement s = c.prepareStatement("INSERT INTO selection_period (code, name, fiscal_year, type,"
                    + " registration_opens, registration_closes, objection_days, general_twk, general_tiu, general_tkp,"
                    + " cumlaude_total, cumlaude_tiu, affirmative_total, affirmative_tiu, documents_retained_until)"
                    + " VALUES (?, ?, ?, 'CPNS',"
                    + " make_timestamptz(?, 3, 1, 8, 0, 0, 'Asia/Jayapura'), make_timestamptz(?, 3, 31, 23, 59, 0, 'Asia/Jayapura'),"
                    + " 3, 65, 80, 166, 311, 85, 286, 60, make_date(? + 2, 3, 31)) RETURNING id")) {
                s.setString(1, period);
                s.setString(2, "Seleksi CPNS " + year + " (data sintetis, benchmark)");
                s.setInt(3, year);
                s.setInt(4, year);
                s.setInt(5, year);
                s.setInt(6, year); // documents kept two years after registration (ASN-RULES §6, V34)
                try (ResultSet rs = s.executeQuery()) {
                    rs.next();
                    periodId = rs.getLong(1);
                }
            }
            long[] unitId = new long[UNITS.length];
            try (PreparedStatement s = c.prepareStatement("INSERT INTO work_unit (code, name) VALUES (?, ?)"
                    + " ON CONFLICT (code) DO NOTHING");
                    PreparedStatement q = c.prepareStatement("SELECT id FROM work_unit WHERE code = ?")) {
                for (int u = 0; u < UNITS.length; u++) {
                    String code = String.format(Locale.ROOT, "BENCH-OPD-%02d", u + 1);
                    s.setString(1, code);
                    s.setString(2, UNITS[u]);
                    s.executeUpdate();
                    q.setString(1, code);
                    try (ResultSet rs = q.executeQuery()) {
                        rs.next();
                        unitId[u] = rs.getLong(1);
                    }
                }
            }
            StringBuilder csv = new StringBuilder();
            for (int f = 0; f < formations; f++) {
                csv.append(periodId).append(',').append(formationCode[f]).append(',')
                        .append(quoted(POSITIONS[position[f]][0])).append(',').append(unitId[unit[f]]).append(',')
                        .append(quoted(POSITIONS[position[f]][1])).append(',').append(category[f]).append(',')
                        .append(quota[f]).append('\n');
            }
            copy(c, "COPY formation (period_id, code, position, work_unit_id, education, category, quota) FROM STDIN"
                    + " (FORMAT csv)", new java.io.StringReader(csv.toString()));
            try (PreparedStatement s = c.prepareStatement("SELECT code, id FROM formation WHERE period_id = ?")) {
                s.setLong(1, periodId);
                try (ResultSet rs = s.executeQuery()) {
                    while (rs.next()) {
                        String code = rs.getString(1);
                        formationId[Integer.parseInt(code.substring(code.length() - 6)) - 1] = rs.getLong(2);
                    }
                }
            }
        }
        // applications and their SKD scores
        Random scores = new Random(seed ^ 0x5EEDL);
        long from = LocalDate.of(1990, 1, 1).toEpochDay();
        int days = (int) (LocalDate.of(2003, 12, 31).toEpochDay() - from + 1);
        int[] formationOf = new int[applications];
        byte[] attendance = new byte[applications]; // 0 present, 1 absent, 2 disqualified
        short[] twk = new short[applications];
        short[] tiu = new short[applications];
        short[] tkp = new short[applications];
        Path applicationCsv = out.resolve("applications.csv");
        try (BufferedWriter w = Files.newBufferedWriter(applicationCsv, StandardCharsets.UTF_8);
                BufferedWriter skd = Files.newBufferedWriter(out.resolve("skd-scores.csv"), StandardCharsets.UTF_8)) {
            skd.write("registration_number,twk,tiu,tkp,attendance\n");
            for (int i = 0; i < applications; i++) {
                int f = Arrays.binarySearch(cumulative, random.nextDouble() * sum);
                f = f < 0 ? -f - 1 : f;
                formationOf[i] = Math.min(f, formations - 1);
                boolean woman = random.nextInt(100) < 52;
                String first = pick(random, woman ? WOMEN : MEN);
                String name = switch (random.nextInt(10)) {
                    case 0 -> first;
                    case 1, 2 -> first + " " + pick(random, woman ? WOMEN : MEN) + " " + pick(random, FAMILY);
                    default -> first + " " + pick(random, FAMILY);
                };
                LocalDate birth = LocalDate.ofEpochDay(from + random.nextInt(days));
                int region = i / 9999; // 9,999 serials per district: unique NIKs
                String nik = String.format(Locale.ROOT, "%02d%02d%02d%02d%02d%02d%04d",
                        PROVINCES[region % PROVINCES.length], 1 + region / PROVINCES.length % 30,
                        1 + region / PROVINCES.length / 30 % 30, birth.getDayOfMonth() + (woman ? 40 : 0),
                        birth.getMonthValue(), birth.getYear() % 100, i % 9999 + 1);
                int gpa = 275 + random.nextInt(126);
                String number = String.format(Locale.ROOT, "%s-%07d", period, i + 1);
                String email = random.nextInt(10) < 9
                        ? name.toLowerCase(Locale.ROOT).replace(' ', '.') + (i + 1) + "@example.com" : "";
                int submittedDay = random.nextInt(30) + 1;
                if (!csvOnly) {
                    w.write(number);
                    w.write(',');
                    w.write(Long.toString(formationId[formationOf[i]]));
                    // §6: the NIK is stored hashed and sealed with the server's keys, never as itself
                    SealedNik sealed = SealedNik.of(new Nik(nik));
                    w.write(String.format(Locale.ROOT,
                            ",%d-03-%02d 10:00:00+09,%d,%d,%s,%s,%s,%s,%s,%s,%s,%s,%d.%02d,IMPORT,MS\n", year,
                            submittedDay, periodId, year, sealed.hash(), sealed.sealed(), sealed.keyId(), name, birth,
                            woman ? "F" : "M", email,
                            quoted(POSITIONS[position[formationOf[i]]][1]), gpa / 100, gpa % 100));
                }
                // SKD: ~95 % present, ~0.2 % disqualified, the rest absent; subtests share an ability factor
                int a = scores.nextInt(1000);
                attendance[i] = (byte) (a < 950 ? 0 : a < 952 ? 2 : 1);
                double ability = scores.nextGaussian();
                twk[i] = (short) clip(5 * Math.round((85 + 18 * (0.6 * ability + 0.8 * scores.nextGaussian())) / 5), 150);
                tiu[i] = (short) clip(5 * Math.round((90 + 22 * (0.6 * ability + 0.8 * scores.nextGaussian())) / 5), 175);
                tkp[i] = (short) clip(Math.round(168 + 15 * (0.5 * ability + 0.866 * scores.nextGaussian())), 225);
                skd.write(number);
                if (attendance[i] == 0) {
                    skd.write("," + twk[i] + "," + tiu[i] + "," + tkp[i] + ",PRESENT\n");
                } else {
                    skd.write(attendance[i] == 1 ? ",,,,ABSENT\n" : ",,,,DISQUALIFIED\n");
                }
            }
        }
        long loadMs = 0;
        if (!csvOnly) {
            long l0 = System.nanoTime();
            try (Reader r = Files.newBufferedReader(applicationCsv, StandardCharsets.UTF_8)) {
                copy(c, "COPY application (registration_number, formation_id, submitted_at, period_id, fiscal_year, "
                        + SealedNik.COLUMNS + ","
                        + " full_name, birth_date, sex, email, education, gpa, source, status) FROM STDIN (FORMAT csv)", r);
            }
            c.commit();
            c.setAutoCommit(true);
            try (Statement s = c.createStatement()) {
                s.execute("ANALYZE formation");
                s.execute("ANALYZE application");
            }
            loadMs = (System.nanoTime() - l0) / 1_000_000;
        }
        Files.deleteIfExists(applicationCsv);
        // the expected SKD outcome (§1.4–1.5, 2024 thresholds) decides who sits SKB: those who proceed (P/L), ~95 %
        Integer[] order = new Integer[applications];
        for (int i = 0; i < applications; i++) {
            order[i] = i;
        }
        Arrays.sort(order, Comparator.<Integer>comparingInt(i -> formationOf[i])
                .thenComparing(Comparator.<Integer>comparingInt(i -> twk[i] + tiu[i] + tkp[i]).reversed())
                .thenComparing(Comparator.<Integer>comparingInt(i -> tkp[i]).reversed())
                .thenComparing(Comparator.<Integer>comparingInt(i -> tiu[i]).reversed())
                .thenComparing(Comparator.<Integer>comparingInt(i -> twk[i]).reversed()));
        boolean[] proceeds = new boolean[applications];
        int present = 0, passing = 0, proceeding = 0;
        int[] perFormation = new int[formations];
        int rankInFormation = 0, position0 = 0, previous = -1, lastFormation = -1;
        for (int k = 0; k < applications; k++) {
            int i = order[k];
            int f = formationOf[i];
            perFormation[f]++;
            if (f != lastFormation) {
                lastFormation = f;
                position0 = 0;
                previous = -1;
            }
            if (attendance[i] != 0) {
                continue;
            }
            present++;
            if (!passes(category[f], twk[i], tiu[i], tkp[i])) {
                continue;
            }
            passing++;
            position0++;
            boolean tied = previous >= 0 && twk[previous] == twk[i] && tiu[previous] == tiu[i] && tkp[previous] == tkp[i];
            rankInFormation = tied ? rankInFormation : position0;
            previous = i;
            if (rankInFormation <= 3 * quota[f]) {
                proceeds[i] = true;
                proceeding++;
            }
        }
        int sat = 0;
        try (BufferedWriter skb = Files.newBufferedWriter(out.resolve("skb-scores.csv"), StandardCharsets.UTF_8)) {
            skb.write("registration_number,cat_score,cat_max,extra_score,extra_max\n");
            Random skbRandom = new Random(seed ^ 0x5EB5L);
            for (int i = 0; i < applications; i++) {
                if (!proceeds[i] || skbRandom.nextInt(100) >= 95) {
                    continue;
                }
                // CAT SKB: 100 items x 5 points, out of 500
                int cat = (int) clip(Math.round(330 + 55 * skbRandom.nextGaussian()), 500);
                skb.write(String.format(Locale.ROOT, "%s-%07d,%d,500,,\n", period, i + 1, cat));
                sat++;
            }
        }
        int[] sorted = perFormation.clone();
        Arrays.sort(sorted);
        long seats = Arrays.stream(quota).asLongStream().sum();
        int[] categoryCount = new int[CATEGORIES.length];
        for (String cat : category) {
            categoryCount[List.of(CATEGORIES).indexOf(cat)]++;
        }
        StringBuilder categories = new StringBuilder();
        for (int k = 0; k < CATEGORIES.length; k++) {
            categories.append(k == 0 ? "" : ", ").append(CATEGORIES[k]).append(' ').append(categoryCount[k]);
        }
        System.out.printf(Locale.ROOT, "period %s (id %s, fiscal year %d): %d formations (%s), %d seats;%n", period,
                csvOnly ? "-" : Long.toString(periodId), year, formations, categories, seats);
        System.out.printf(Locale.ROOT, "  applications per formation: min %d, median %d, p90 %d, p99 %d, max %d; %d without any%n",
                sorted[0], sorted[formations / 2], sorted[(int) (formations * 0.9)], sorted[(int) (formations * 0.99)],
                sorted[formations - 1], Arrays.stream(sorted).filter(n -> n == 0).count());
        System.out.printf(Locale.ROOT, "  %d MS applications; SKD: %d present (%.1f %%), %d pass the thresholds (%.1f %% of present),"
                + " %d proceed (P/L); SKB rows: %d%n", applications, present, 100.0 * present / applications, passing,
                100.0 * passing / Math.max(1, present), proceeding, sat);
        System.out.printf(Locale.ROOT, "  generated and loaded in %d ms (applications COPY + ANALYZE %d ms)%s%n",
                (System.nanoTime() - t0) / 1_000_000, loadMs, csvOnly ? " [csv-only: database untouched]" : "");
    }

    static boolean passes(String category, int twk, int tiu, int tkp) {
        return switch (category) {
            case "GENERAL", "KALIMANTAN" -> twk >= 65 && tiu >= 80 && tkp >= 166;
            case "CUMLAUDE", "DIASPORA" -> twk + tiu + tkp >= 311 && tiu >= 85;
            default -> twk + tiu + tkp >= 286 && tiu >= 60;
        };
    }

    static long clip(long value, int max) {
        return Math.max(0, Math.min(max, value));
    }

    static int pickPerMille(Random random, int[] perMille) {
        int r = random.nextInt(Arrays.stream(perMille).sum());
        for (int k = 0; k < perMille.length; k++) {
            r -= perMille[k];
            if (r < 0) {
                return k;
            }
        }
        return perMille.length - 1;
    }

    static String pick(Random random, String[] values) {
        return values[random.nextInt(values.length)];
    }

    static String quoted(String value) {
        return "\"" + value.replace("\"", "\"\"") + "\"";
    }

    static long copy(Connection c, String sql, Reader data) throws SQLException, IOException {
        CopyManager copy = c.unwrap(PGConnection.class).getCopyAPI();
        return copy.copyIn(sql, data, 1 << 16);
    }

    // ---------------------------------------------------------------- load-skd

    static void loadSkd(Connection c, String period, Path csv) throws Exception {
        long t0 = System.nanoTime();
        c.setAutoCommit(false);
        long periodId = periodId(c, period);
        try (Statement s = c.createStatement()) {
            s.execute("CREATE TEMP TABLE skd_stage (registration_number varchar(30), twk smallint, tiu smallint,"
                    + " tkp smallint, attendance varchar(12)) ON COMMIT DROP");
            long rows;
            try (Reader r = Files.newBufferedReader(csv, StandardCharsets.UTF_8)) {
                rows = copy(c, "COPY skd_stage FROM STDIN (FORMAT csv, HEADER true)", r);
            }
            int deleted = s.executeUpdate("DELETE FROM skd_score s USING application a WHERE a.id = s.application_id"
                    + " AND a.period_id = " + periodId);
            int inserted = s.executeUpdate("INSERT INTO skd_score (application_id, attendance, twk, tiu, tkp,"
                    + " job_execution_id) SELECT a.id, t.attendance, t.twk, t.tiu, t.tkp, 0 FROM skd_stage t"
                    + " JOIN application a ON a.registration_number = t.registration_number AND a.period_id = " + periodId);
            c.commit();
            c.setAutoCommit(true);
            s.execute("ANALYZE skd_score");
            System.out.printf(Locale.ROOT, "skd_score: %d CSV rows, %d old rows deleted, %d inserted, in %d ms%n", rows,
                    deleted, inserted, (System.nanoTime() - t0) / 1_000_000);
        }
    }

    static long periodId(Connection c, String period) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("SELECT id FROM selection_period WHERE code = ?")) {
            s.setString(1, period);
            try (ResultSet rs = s.executeQuery()) {
                if (!rs.next()) {
                    throw new IllegalStateException("unknown period " + period + ": run selection-data.sh first");
                }
                return rs.getLong(1);
            }
        }
    }

    // ---------------------------------------------------------------- sql-rank and compare

    /**
     * ASN-RULES.md §1.4–1.5 in one statement: thresholds by category group (equal passes), competition rank
     * among those who pass by total, TKP, TIU, TWK (higher first), P/L up to rank 3 × quota (full ties at the
     * cut-off share its rank and all proceed), P beyond; TL below; TH absent or no score; DIS disqualified.
     */
    static final String SQL_RANK = """
            INSERT INTO bench_skd_rank (application_id, formation_id, code, rank)
            SELECT id, formation_id,
                   CASE WHEN attendance IS NULL OR attendance = 'ABSENT' THEN 'TH'
                        WHEN attendance = 'DISQUALIFIED' THEN 'DIS'
                        WHEN NOT passes THEN 'TL'
                        WHEN rnk <= 3 * quota THEN 'P/L' ELSE 'P' END,
                   CASE WHEN passes THEN rnk END
            FROM (SELECT c.*, rank() OVER (PARTITION BY formation_id, passes
                                           ORDER BY twk + tiu + tkp DESC, tkp DESC, tiu DESC, twk DESC) AS rnk
                  FROM (SELECT a.id, a.formation_id, f.quota, s.attendance, s.twk, s.tiu, s.tkp,
                               s.attendance = 'PRESENT' AND CASE
                                 WHEN f.category IN ('GENERAL', 'KALIMANTAN')
                                   THEN s.twk >= p.general_twk AND s.tiu >= p.general_tiu AND s.tkp >= p.general_tkp
                                 WHEN f.category IN ('CUMLAUDE', 'DIASPORA')
                                   THEN s.twk + s.tiu + s.tkp >= p.cumlaude_total AND s.tiu >= p.cumlaude_tiu
                                 ELSE s.twk + s.tiu + s.tkp >= p.affirmative_total AND s.tiu >= p.affirmative_tiu
                               END AS passes
                        FROM application a
                        JOIN formation f ON f.id = a.formation_id
                        JOIN selection_period p ON p.id = a.period_id
                        LEFT JOIN skd_score s ON s.application_id = a.id
                        WHERE p.code = ? AND a.status = 'MS') c) r""";

    static void sqlRank(Connection c, String period, boolean shaped) throws SQLException {
        String sql = SQL_RANK;
        try (Statement s = c.createStatement()) {
            if (shaped) {
                s.execute("DROP TABLE IF EXISTS bench_skd_result");
                s.execute("CREATE TABLE bench_skd_result (LIKE skd_result INCLUDING ALL)");
                sql = SQL_RANK.replace("INSERT INTO bench_skd_rank (application_id, formation_id, code, rank)\n"
                        + "SELECT id, formation_id,", "INSERT INTO bench_skd_result (application_id, period_id, formation_id,"
                        + " code, rank, job_execution_id)\nSELECT id, period_id, formation_id,")
                        .replace("CASE WHEN passes THEN rnk END\n", "CASE WHEN passes THEN rnk END, 0\n")
                        .replace("SELECT a.id, a.formation_id,", "SELECT a.id, a.period_id, a.formation_id,");
                if (!sql.contains("bench_skd_result") || !sql.contains("rnk END, 0")) {
                    throw new IllegalStateException("the shaped variant of the statement was not built");
                }
            } else {
                s.execute("CREATE TABLE IF NOT EXISTS bench_skd_rank (application_id bigint, formation_id bigint,"
                        + " code varchar(3), rank integer)");
                s.execute("TRUNCATE bench_skd_rank");
            }
        }
        long t0 = System.nanoTime();
        int rows;
        try (PreparedStatement insert = c.prepareStatement(sql)) {
            insert.setString(1, period);
            rows = insert.executeUpdate();
        }
        long ms = (System.nanoTime() - t0) / 1_000_000;
        System.out.println(ms + " " + rows);
    }

    static void compare(Connection c, String period) throws SQLException {
        long periodId = periodId(c, period);
        try (Statement s = c.createStatement()) {
            try (ResultSet rs = s.executeQuery("SELECT count(*) FILTER (WHERE r.application_id IS NULL),"
                    + " count(*) FILTER (WHERE b.application_id IS NULL),"
                    + " count(*) FILTER (WHERE r.code IS DISTINCT FROM b.code OR r.rank IS DISTINCT FROM b.rank),"
                    + " count(*) FROM bench_skd_rank b FULL JOIN (SELECT * FROM skd_result WHERE period_id = " + periodId
                    + ") r USING (application_id)")) {
                rs.next();
                System.out.printf(Locale.ROOT, "compared %d rows: %d only in the SQL ranking, %d only in skd_result,"
                        + " %d with a different code or rank%n", rs.getLong(4), rs.getLong(1), rs.getLong(2), rs.getLong(3));
                if (rs.getLong(3) > 0) {
                    try (Statement e = c.createStatement(); ResultSet ex = e.executeQuery("SELECT a.registration_number,"
                            + " b.code, b.rank, r.code, r.rank FROM bench_skd_rank b FULL JOIN (SELECT * FROM skd_result"
                            + " WHERE period_id = " + periodId + ") r USING (application_id) LEFT JOIN application a"
                            + " ON a.id = coalesce(b.application_id, r.application_id) WHERE r.code IS DISTINCT FROM b.code"
                            + " OR r.rank IS DISTINCT FROM b.rank ORDER BY 1 LIMIT 10")) {
                        while (ex.next()) {
                            System.out.printf("  %s: SQL %s/%s, job %s/%s%n", ex.getString(1), ex.getString(2),
                                    ex.getString(3), ex.getString(4), ex.getString(5));
                        }
                    }
                }
            }
            try (ResultSet rs = s.executeQuery("SELECT code, count(*) FROM skd_result WHERE period_id = " + periodId
                    + " GROUP BY code ORDER BY code")) {
                StringBuilder codes = new StringBuilder();
                while (rs.next()) {
                    codes.append(codes.length() == 0 ? "" : ", ").append(rs.getString(1)).append(' ').append(rs.getLong(2));
                }
                System.out.println("job's codes: " + codes);
            }
        }
    }

    // ---------------------------------------------------------------- copy-raw and counts

    static void copyRaw(Connection c, Path csv, boolean unlogged) throws Exception {
        String table = unlogged ? "bench_skd_copy_unlogged" : "bench_skd_copy";
        try (Statement s = c.createStatement()) {
            s.execute("DROP TABLE IF EXISTS " + table);
            s.execute("CREATE " + (unlogged ? "UNLOGGED " : "") + "TABLE " + table + " (registration_number varchar(30),"
                    + " twk smallint, tiu smallint, tkp smallint, attendance varchar(12))");
        }
        long t0 = System.nanoTime();
        long rows;
        try (BufferedReader r = Files.newBufferedReader(csv, StandardCharsets.UTF_8)) {
            rows = copy(c, "COPY " + table + " FROM STDIN (FORMAT csv, HEADER true)", r);
        }
        long ms = (System.nanoTime() - t0) / 1_000_000;
        System.out.println(rows + " " + ms);
    }

    static void setBased(Connection c, String period, Path csv) throws Exception {
        long periodId = periodId(c, period);
        try (Statement s = c.createStatement()) {
            s.execute("DROP TABLE IF EXISTS bench_skd_score");
            s.execute("CREATE TABLE bench_skd_score (LIKE skd_score INCLUDING ALL)");
            c.setAutoCommit(false);
            s.execute("CREATE TEMP TABLE skd_stage (registration_number varchar(30), twk smallint, tiu smallint,"
                    + " tkp smallint, attendance varchar(12)) ON COMMIT DROP");
            long t0 = System.nanoTime();
            long rows;
            try (Reader r = Files.newBufferedReader(csv, StandardCharsets.UTF_8)) {
                rows = copy(c, "COPY skd_stage FROM STDIN (FORMAT csv, HEADER true)", r);
            }
            long t1 = System.nanoTime();
            int inserted = s.executeUpdate("INSERT INTO bench_skd_score (application_id, attendance, twk, tiu, tkp,"
                    + " job_execution_id) SELECT a.id, t.attendance, t.twk, t.tiu, t.tkp, 0 FROM skd_stage t"
                    + " JOIN application a ON a.registration_number = t.registration_number AND a.period_id = " + periodId);
            c.commit();
            long t2 = System.nanoTime();
            c.setAutoCommit(true);
            System.out.println(rows + " " + inserted + " " + (t1 - t0) / 1_000_000 + " " + (t2 - t1) / 1_000_000);
        }
    }

    /** Deletes the period's SKD scores (so the next import inserts every row) and vacuums the table. */
    static void clearSkd(Connection c, String period) throws SQLException {
        long periodId = periodId(c, period);
        c.setAutoCommit(true);
        try (Statement s = c.createStatement()) {
            int deleted = s.executeUpdate("DELETE FROM skd_score s USING application a WHERE a.id = s.application_id"
                    + " AND a.period_id = " + periodId);
            s.execute("VACUUM ANALYZE skd_score");
            System.out.println(deleted);
        }
    }

    /** Deletes the period's SKD results (so the next job run writes every row) and vacuums the table. */
    static void clearResults(Connection c, String period) throws SQLException {
        long periodId = periodId(c, period);
        c.setAutoCommit(true);
        try (Statement s = c.createStatement()) {
            int deleted = s.executeUpdate("DELETE FROM skd_result WHERE period_id = " + periodId);
            s.execute("VACUUM ANALYZE skd_result");
            System.out.println(deleted);
        }
    }

    static void countSkd(Connection c, String period) throws SQLException {
        long periodId = periodId(c, period);
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("SELECT (SELECT count(*) FROM skd_score s"
                + " JOIN application a ON a.id = s.application_id WHERE a.period_id = " + periodId + "),"
                + " (SELECT count(*) FROM score_change x JOIN application a ON a.id = x.application_id WHERE a.period_id = "
                + periodId + " AND x.stage = 'SKD')")) {
            rs.next();
            System.out.println(rs.getLong(1) + " " + rs.getLong(2));
        }
    }
}
