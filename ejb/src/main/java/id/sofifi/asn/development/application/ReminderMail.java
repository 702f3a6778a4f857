package id.sofifi.asn.development.application;

import id.sofifi.asn.notification.application.MailDates;
import id.sofifi.asn.development.domain.JpLedger;
import id.sofifi.asn.workforce.application.EmployeeFacts;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;

/** The text of a reminder mail, in Indonesian as every mail of the system. */
record ReminderMail(String subject, String body) {

    static ReminderMail latsar(EmployeeFacts employee, LocalDate dueOn, LocalDate today) {
        long daysLeft = ChronoUnit.DAYS.between(today, dueOn);
        return new ReminderMail("Pengingat: batas waktu Latsar " + MailDates.day(dueOn),
                "Yth. " + employee.fullName() + ",\n\nSebagai CPNS, Anda wajib menyelesaikan Pelatihan Dasar (Latsar)"
                        + " paling lambat " + MailDates.day(dueOn) + ", yaitu " + daysLeft + " hari lagi. Hingga hari"
                        + " ini Latsar Anda belum tercatat selesai.\n\nMohon segera mendaftar pada Latsar yang tersedia"
                        + " melalui pengelola kepegawaian OPD Anda. Bila Anda telah menyelesaikannya, mohon serahkan"
                        + " sertifikatnya agar dicatat.");
    }

    static ReminderMail jpShortfall(EmployeeFacts employee, JpLedger ledger) {
        return new ReminderMail("Pengingat: kekurangan JP tahun " + ledger.year(),
                "Yth. " + employee.fullName() + ",\n\nHingga hari ini Anda tercatat memperoleh "
                        + ledger.earned().text() + " JP pengembangan kompetensi dari " + ledger.required().text()
                        + " JP yang diwajibkan pada tahun " + ledger.year() + "; masih kurang "
                        + ledger.shortfall().text() + " JP.\n\nMohon ikuti pelatihan yang tersedia sebelum akhir tahun,"
                        + " melalui pengelola kepegawaian OPD Anda.");
    }

    /** The copy (tembusan) of this reminder to the head of the employee's unit, who is asked to see to it. */
    ReminderMail copyFor(EmployeeFacts head, EmployeeFacts employee) {
        return new ReminderMail("Tembusan: " + subject + " — " + employee.fullName(),
                "Yth. " + head.fullName() + ",\n\nSebagai atasan " + employee.fullName() + " (NIP " + employee.nip()
                        + "), " + employee.position() + ", Anda menerima tembusan pengingat berikut. Mohon"
                        + " bantu memastikan kewajiban pengembangan kompetensinya terpenuhi.\n\n---\n\n" + body);
    }
}
