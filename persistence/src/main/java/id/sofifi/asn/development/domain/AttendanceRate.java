package id.sofifi.asn.development.domain;

import java.io.Serializable;
import java.util.Collection;

/**
 * Tingkat kehadiran: of the sessions recorded for an employee, how many they attended. Sessions not recorded yet
 * (later days, or a day the trainer has not saved) do not count, so the rate is true while the training runs.
 */
public record AttendanceRate(int present, int recorded) implements Serializable {

    public static AttendanceRate of(Collection<Attendance> marks) {
        return new AttendanceRate((int) marks.stream().filter(Attendance::present).count(), marks.size());
    }

    /** The rate in whole percent, rounded half up; empty when nothing is recorded. */
    public Integer percent() {
        return recorded == 0 ? null : (int) Math.round(present * 100.0 / recorded);
    }
}
