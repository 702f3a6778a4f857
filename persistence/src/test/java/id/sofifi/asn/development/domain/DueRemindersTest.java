package id.sofifi.asn.development.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** Which reminders are due on a day: Latsar windows of 60, 30 and 7 days, a JP shortfall from 1 October (§4). */
class DueRemindersTest {
    private static final LocalDate DUE = LocalDate.parse("2027-02-28");

    private static Optional<ReminderKind> latsarOn(LocalDate today) {
        return DueReminders.latsar(Optional.of(DUE), Optional.empty(), today).map(DueReminder::kind);
    }

    @Test
    @DisplayName("§4 Latsar reminder: 61 days ahead nothing; 60..31 the 60-day one; 30..8 the 30-day; 7..0 the 7-day")
    void latsarWindows() {
        assertEquals(Optional.empty(), latsarOn(DUE.minusDays(61)));
        assertEquals(Optional.of(ReminderKind.LATSAR_60), latsarOn(DUE.minusDays(60)));
        assertEquals(Optional.of(ReminderKind.LATSAR_60), latsarOn(DUE.minusDays(31)));
        assertEquals(Optional.of(ReminderKind.LATSAR_30), latsarOn(DUE.minusDays(30)));
        assertEquals(Optional.of(ReminderKind.LATSAR_30), latsarOn(DUE.minusDays(8)));
        assertEquals(Optional.of(ReminderKind.LATSAR_7), latsarOn(DUE.minusDays(7)));
        assertEquals(Optional.of(ReminderKind.LATSAR_7), latsarOn(DUE));
    }

    @Test
    @DisplayName("§4 Latsar reminder: keyed by the due date; none after the due date, once Latsar is completed, or"
            + " for a PNS/PPPK without a due date")
    void latsarNotDue() {
        assertEquals(Optional.of(new DueReminder(ReminderKind.LATSAR_30, "2027-02-28")),
                DueReminders.latsar(Optional.of(DUE), Optional.empty(), DUE.minusDays(29)));
        assertEquals(Optional.empty(), latsarOn(DUE.plusDays(1)));
        assertEquals(Optional.empty(),
                DueReminders.latsar(Optional.of(DUE), Optional.of(DUE.minusDays(90)), DUE.minusDays(6)));
        assertEquals(Optional.empty(), DueReminders.latsar(Optional.empty(), Optional.empty(), DUE.minusDays(6)));
    }

    @Test
    @DisplayName("§4 JP reminder: a shortfall in the year is due from 1 October (not 30 September), keyed by the year;"
            + " none without a shortfall or for another year's ledger")
    void jpShortfall() {
        JpLedger short2 = JpLedger.of(LocalDate.parse("2015-03-01"), 2026, List.of(new Jp(BigDecimal.valueOf(18))));
        JpLedger met = JpLedger.of(LocalDate.parse("2015-03-01"), 2026, List.of(new Jp(BigDecimal.valueOf(20))));
        assertEquals(Optional.empty(), DueReminders.jpShortfall(short2, LocalDate.parse("2026-09-30")));
        assertEquals(Optional.of(new DueReminder(ReminderKind.JP_SHORTFALL, "2026")),
                DueReminders.jpShortfall(short2, LocalDate.parse("2026-10-01")));
        assertEquals(Optional.of(new DueReminder(ReminderKind.JP_SHORTFALL, "2026")),
                DueReminders.jpShortfall(short2, LocalDate.parse("2026-12-31")));
        assertEquals(Optional.empty(), DueReminders.jpShortfall(met, LocalDate.parse("2026-11-15")));
        assertEquals(Optional.empty(), DueReminders.jpShortfall(short2, LocalDate.parse("2027-10-15")));
    }
}
