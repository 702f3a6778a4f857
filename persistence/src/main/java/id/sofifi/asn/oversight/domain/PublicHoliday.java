package id.sofifi.asn.oversight.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.LocalDate;

/** Hari libur nasional or cuti bersama: a weekday that is not a working day (ASN-RULES §5 [P]). */
@Entity
@Table(name = "public_holiday")
public class PublicHoliday {
    @Id
    @Column(name = "day")
    private LocalDate day;

    protected PublicHoliday() {
    }

    public PublicHoliday(LocalDate day) {
        this.day = day;
    }

    public LocalDate day() {
        return day;
    }
}
