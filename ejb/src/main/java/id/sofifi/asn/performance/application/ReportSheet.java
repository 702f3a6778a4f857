package id.sofifi.asn.performance.application;

import id.sofifi.asn.performance.domain.EvaluationReport;
import id.sofifi.asn.platform.application.Xlsx;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The XLSX of a laporan evaluasi berkala for analysts: one row of figures per unit (numbers stay numbers), then the
 * IKM of every service unit under each unit.
 */
final class ReportSheet {
    private static final List<String> UNITS = List.of("Kode unit", "Unit kerja", "Kedalaman", "Unit layanan",
            "Pengaduan diterima", "Pengaduan selesai", "Pengaduan tepat waktu", "Pengaduan terlambat",
            "Median hari kerja sampai tindak lanjut", "Sangat Baik", "Baik", "Butuh Perbaikan", "Kurang",
            "Sangat Kurang", "Peringatan kurva", "Pegawai", "Memenuhi 20 JP", "Latsar terlambat");
    private static final List<String> SERVICES = List.of("Kode unit", "Unit layanan", "Nama unit layanan", "Responden",
            "IKM", "Nilai konversi", "Mutu", "Sampel cukup");

    private ReportSheet() {
    }

    static byte[] render(EvaluationReport report, List<UnitFigures> units) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (Xlsx sheet = new Xlsx(out, report.period().label(), UNITS)) {
            for (UnitFigures u : units) {
                List<Object> row = new ArrayList<>(List.of(u.workUnit(), u.workUnitName(), u.depth()));
                row.addAll(values(u));
                sheet.row(row);
            }
            sheet.row(List.of());
            sheet.row(SERVICES);
            for (UnitFigures u : units) {
                for (UnitFigures.Ikm i : u.ikm()) {
                    sheet.row(Arrays.asList(u.workUnit(), i.serviceUnit(), i.name(), i.respondents(), i.ikm(),
                            i.converted(), i.grade(), i.sampleSufficient() ? "ya" : "tidak"));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    /**
     * The unit's figures after its name, in the PDF table's order: service units, complaints received, settled, on
     * time, overdue, median, the five predicates, curve warnings, employees, meeting 20 JP, Latsar overdue.
     */
    static List<Object> values(UnitFigures u) {
        List<Object> values = new ArrayList<>();
        values.add(u.ikm().size());
        values.add(u.complaints().received());
        values.add(u.complaints().settled());
        values.add(u.complaints().onTime());
        values.add(u.complaints().overdue());
        values.add(u.complaints().medianWorkingDaysToFollowUp());
        values.addAll(u.skp().counts());
        values.add(u.skp().curveWarnings().size());
        values.add(u.development().employees());
        values.add(u.development().meetingJp());
        values.add(u.development().latsarOverdue());
        return values;
    }
}
