package id.sofifi.asn.platform.web;

import id.sofifi.asn.kernel.Wit;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Named;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;

/** Dates as people in Sofifi read them: {@code dd MMMM yyyy}, times in WIT. */
@Named("fmt")
@ApplicationScoped
public class Formats {
    public String date(Instant instant) {
        return instant == null
                ? ""
                : DateTimeFormatter.ofPattern("dd MMMM yyyy", locale()).format(instant.atZone(Wit.ZONE));
    }

    /** A calendar date (a training's start, a completion), already a WIT date. */
    public String day(LocalDate date) {
        return date == null ? "" : DateTimeFormatter.ofPattern("dd MMMM yyyy", locale()).format(date);
    }

    public String dateTime(Instant instant) {
        return instant == null
                ? ""
                : DateTimeFormatter.ofPattern("dd MMMM yyyy HH:mm", locale()).format(instant.atZone(Wit.ZONE)) + " WIT";
    }

    /** For date pickers, which work in local date-times: the instant as a WIT wall-clock time. */
    public static LocalDateTime toWit(Instant instant) {
        return instant == null ? null : LocalDateTime.ofInstant(instant, Wit.ZONE);
    }

    public static Instant fromWit(LocalDateTime local) {
        return local == null ? null : local.atZone(Wit.ZONE).toInstant();
    }

    /** The screen's language, for the formats of every context. */
    public static java.util.Locale locale() {
        return FacesContext.getCurrentInstance().getViewRoot().getLocale();
    }
}
