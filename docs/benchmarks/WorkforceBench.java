import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import org.postgresql.PGConnection;

/**
 * Helper of the workforce and development benchmarks (docs/benchmarks.md, "Workforce and development (issue 10)");
 * needs only JDK 17 and the PostgreSQL JDBC driver: {@code java -cp postgresql.jar WorkforceBench.java COMMAND ...}.
 * <ul>
 * <li>{@code employees ROWS SEED UNIT,CODES FIRST OUT.csv}: an employee import CSV (API-CONTRACT employee-imports)
 * of ROWS plausible employees whose NIP agrees with birth date, sex and TMT (ASN-RULES §4) and whose NIK with birth
 * date and sex (§1.1); NIKs are numbered from FIRST, NIP serials from FIRST / 1000 + 1 per prefix, so two files with
 * different FIRST never collide;</li>
 * <li>{@code records EMPLOYEES.csv PER_EMPLOYEE YEAR SEED OUT.csv}: a training record import CSV with PER_EMPLOYEE
 * trainings held elsewhere for every employee of the employee CSV, completed in YEAR up to today;</li>
 * <li>{@code copy CSV}: plain COPY of the CSV into a scratch table of text columns ({@code bench_copy}, made anew);
 * prints rows and ms;</li>
 * <li>{@code aggregate YEAR UNIT}: the compliance of the unit's employees (the unit and its children) as plain SQL,
 * the set-based floor: one page (the first 50 by name, then their JP of the year) and all of them (the year's JP
 * summed per NIP, joined to them); prints the rows and ms of both.</li>
 * </ul>
 * Connection: ASN_DB_URL (jdbc:postgresql://localhost:15432/asn), ASN_DB_USER, ASN_DB_PASSWORD (asn/asn).
 */
public class WorkforceBench {
    static final String[] MEN = {"Ahmad", "Budi", "Rizky", "Muhammad", "Agus", "Hendra", "Fajar", "Dedi", "Irfan",
            "Yusuf", "Arif", "Bayu", "Rahmat", "Andi", "Samsul", "Taufik", "Hasan", "Ilham", "Reza", "Gilang"};
    static final String[] WOMEN = {"Siti", "Nur", "Dewi", "Fitri", "Sri", "Rina", "Ayu", "Putri", "Indah", "Wulan",
            "Nurul", "Aisyah", "Lestari", "Maya", "Ratna", "Yuliana", "Rahmawati", "Anisa", "Dian", "Fatimah"};
    static final String[] FAMILY = {"Saleh", "Hamid", "Umar", "Djafar", "Abbas", "Kiat", "Tidore", "Ternate",
            "Pratama", "Saputra", "Wijaya", "Hidayat", "Latuconsina", "Tuasikal", "Ohorella", "Sangaji", "Buamona"};
    static final String[] POSITIONS = {"Analis Kepegawaian", "Guru Ahli Pertama", "Perawat Terampil", "Bidan",
            "Pranata Komputer", "Arsiparis", "Penyuluh Pertanian", "Dokter Ahli Pertama", "Pengelola Keuangan"};
    static final String[] TRAININGS = {"Bimtek Pengadaan Barang dan Jasa", "Pelatihan Kepemimpinan Pengawas",
            "Etika Pelayanan Publik", "Pelatihan Penyusunan SKP", "Kursus Bahasa Inggris", "Bimtek Arsip Digital",
            "Pelatihan Keselamatan Pasien", "Workshop Kurikulum Merdeka", "Coaching Analisis Jabatan"};
    static final String[] AREAS = {"TECHNICAL", "MANAGERIAL", "SOCIOCULTURAL"};

    public static void main(String[] args) throws Exception {
        switch (args[0]) {
            case "employees" -> employees(Integer.parseInt(args[1]), new Random(Long.parseLong(args[2])),
                    args[3].split(","), Integer.parseInt(args[4]), Path.of(args[5]));
            case "records" -> records(Path.of(args[1]), Integer.parseInt(args[2]), Integer.parseInt(args[3]),
                    new Random(Long.parseLong(args[4])), Path.of(args[5]));
            default -> {
                try (Connection c = DriverManager.getConnection(
                        env("ASN_DB_URL", "jdbc:postgresql://localhost:15432/asn"), env("ASN_DB_USER", "asn"),
                        env("ASN_DB_PASSWORD", "asn"))) {
                    switch (args[0]) {
                        case "copy" -> copy(c, Path.of(args[1]));
                        case "aggregate" -> aggregate(c, Integer.parseInt(args[1]), args[2]);
                        default -> throw new IllegalArgumentException("unknown command " + args[0]);
                    }
                }
            }
        }
    }

    static String env(String name, String fallback) {
        String value = System.getenv(name);
        return value == null || value.isBlank() ? fallback : value;
    }

    static void employees(int rows, Random random, String[] units, int first, Path out) throws IOException {
        long from = LocalDate.of(1965, 1, 1).toEpochDay();
        int days = (int) (LocalDate.of(2002, 12, 31).toEpochDay() - from + 1);
        int serialBase = first / 1000;
        Map<String, Integer> serials = new HashMap<>();
        LocalDate today = LocalDate.now();
        try (BufferedWriter w = Files.newBufferedWriter(out, StandardCharsets.UTF_8)) {
            w.write("nip,nik,full_name,birth_date,sex,employment_type,appointed_on,position,work_unit,email\n");
            for (int i = 0; i < rows; i++) {
                boolean woman = random.nextBoolean();
                LocalDate birth = LocalDate.ofEpochDay(from + random.nextInt(days));
                int kind = random.nextInt(100);
                String type = kind < 8 ? "CPNS" : kind < 20 ? "PPPK" : "PNS";
                LocalDate earliest = birth.plusYears(20).withDayOfMonth(1);
                LocalDate tmt = "CPNS".equals(type)
                        ? today.minusMonths(random.nextInt(20)).withDayOfMonth(1)
                        : earliest.plusMonths(random.nextInt(Math.max(1,
                                (int) java.time.temporal.ChronoUnit.MONTHS.between(earliest, today.minusYears(2)))));
                String prefix = String.format(Locale.ROOT, "%04d%02d%02d%04d%02d%s", birth.getYear(),
                        birth.getMonthValue(), birth.getDayOfMonth(), tmt.getYear(), tmt.getMonthValue(),
                        woman ? "2" : "1");
                int serial = serials.merge(prefix, 1, Integer::sum) + serialBase;
                String nip = prefix + String.format(Locale.ROOT, "%03d", serial);
                int n = first + i;
                int region = n / 9999;
                String nik = String.format(Locale.ROOT, "%02d%02d%02d%02d%02d%02d%04d", 11 + region % 80,
                        1 + region / 80 % 30, 1 + region / 2400 % 30, birth.getDayOfMonth() + (woman ? 40 : 0),
                        birth.getMonthValue(), birth.getYear() % 100, n % 9999 + 1);
                String name = pick(random, woman ? WOMEN : MEN) + " " + pick(random, FAMILY);
                w.write(String.join(",", nip, nik, name, birth.toString(), woman ? "F" : "M", type, tmt.toString(),
                        pick(random, POSITIONS), pick(random, units), ""));
                w.write('\n');
            }
        }
    }

    static void records(Path employees, int perEmployee, int year, Random random, Path out) throws IOException {
        LocalDate first = LocalDate.of(year, 1, 1);
        LocalDate last = LocalDate.of(year, 12, 31).isAfter(LocalDate.now()) ? LocalDate.now().minusDays(1)
                : LocalDate.of(year, 12, 31);
        int days = (int) (last.toEpochDay() - first.toEpochDay() + 1);
        try (BufferedReader in = Files.newBufferedReader(employees, StandardCharsets.UTF_8);
                BufferedWriter w = Files.newBufferedWriter(out, StandardCharsets.UTF_8)) {
            in.readLine();
            w.write("nip,training_code,title,competence,jp,completed_on,certificate_number\n");
            for (String line = in.readLine(); line != null; line = in.readLine()) {
                String nip = line.substring(0, line.indexOf(','));
                for (int k = 0; k < perEmployee; k++) {
                    // a distinct title per employee and record, so no two rows are the same completion
                    String title = pick(random, TRAININGS) + " Angkatan " + (k + 1);
                    int quarterJp = 1 + random.nextInt(7); // 0.25 to 1.75 JP: about half the employees reach 20
                    w.write(String.join(",", nip, "", title, pick(random, AREAS),
                            String.format(Locale.ROOT, "%d.%02d", quarterJp / 4, quarterJp % 4 * 25),
                            first.plusDays(random.nextInt(days)).toString(), ""));
                    w.write('\n');
                }
            }
        }
    }

    static void copy(Connection c, Path csv) throws Exception {
        String header;
        try (BufferedReader in = Files.newBufferedReader(csv, StandardCharsets.UTF_8)) {
            header = in.readLine();
        }
        List<String> columns = new ArrayList<>(List.of(header.split(",")));
        try (Statement s = c.createStatement()) {
            s.execute("DROP TABLE IF EXISTS bench_copy");
            s.execute("CREATE TABLE bench_copy (" + String.join(" text, ", columns) + " text)");
        }
        long t0 = System.nanoTime();
        long rows;
        try (Reader in = Files.newBufferedReader(csv, StandardCharsets.UTF_8)) {
            rows = c.unwrap(PGConnection.class).getCopyAPI()
                    .copyIn("COPY bench_copy FROM STDIN (FORMAT csv, HEADER true)", in);
        }
        System.out.println(rows + " " + (System.nanoTime() - t0) / 1_000_000);
    }

    static void aggregate(Connection c, int year, String unit) throws SQLException {
        String units = "WITH RECURSIVE units AS (SELECT id FROM work_unit WHERE code = ? UNION ALL"
                + " SELECT w.id FROM work_unit w JOIN units u ON w.parent_id = u.id)";
        // the page: its 50 employees by name first, then their JP of the year, as the API does it
        String page = units + ", page AS (SELECT nip, full_name FROM employee WHERE work_unit_id IN (SELECT id FROM"
                + " units) ORDER BY full_name, nip LIMIT 50) SELECT p.nip, p.full_name, coalesce(sum(r.jp), 0) FROM"
                + " page p LEFT JOIN training_record r ON r.nip = p.nip AND r.completed_on BETWEEN ? AND ?"
                + " GROUP BY p.nip, p.full_name ORDER BY p.full_name, p.nip";
        // all of the unit's employees: the year's JP summed once per NIP, joined to them
        String all = units + ", earned AS (SELECT nip, sum(jp) AS jp FROM training_record WHERE completed_on"
                + " BETWEEN ? AND ? GROUP BY nip) SELECT e.nip, e.full_name, coalesce(x.jp, 0) FROM employee e"
                + " LEFT JOIN earned x ON x.nip = e.nip WHERE e.work_unit_id IN (SELECT id FROM units)"
                + " ORDER BY e.full_name, e.nip";
        for (String sql : new String[] {page, all}) {
            try (var s = c.prepareStatement(sql)) {
                s.setString(1, unit);
                s.setObject(2, LocalDate.of(year, 1, 1));
                s.setObject(3, LocalDate.of(year, 12, 31));
                long t0 = System.nanoTime();
                int rows = 0;
                try (ResultSet r = s.executeQuery()) {
                    while (r.next()) {
                        rows++;
                    }
                }
                System.out.print(rows + " " + (System.nanoTime() - t0) / 1_000_000 + " ");
            }
        }
        System.out.println();
    }

    static String pick(Random random, String[] values) {
        return values[random.nextInt(values.length)];
    }
}
