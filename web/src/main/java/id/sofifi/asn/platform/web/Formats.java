package id.sofifi.asn.platform.web;

import id.sofifi.asn.kernel.Wit;
import id.sofifi.asn.selection.domain.FinalScore;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Named;
import java.math.BigDecimal;
import java.text.NumberFormat;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;

/** Dates as people in Sofifi read them: {@code dd MMMM yyyy}, times in WIT; scores to two decimals. */
@Named("fmt")
@ApplicationScoped
public class Formats {
    public String date(Instant instant) {
        return instant == null
                ? ""
                : DateTimeFormatter.ofPattern("dd MMMM yyyy", locale()).format(instant.atZone(Wit.ZONE));
    }

    public String dateTime(Instant instant) {
        return instant == null
                ? ""
                : DateTimeFormatter.ofPattern("dd MMMM yyyy HH:mm", locale()).format(instant.atZone(Wit.ZONE)) + " WIT";
    }

    /** A score for reading (§1.6: round only for display, to 2 decimals), in the screen's number format. */
    public String score(BigDecimal exact) {
        if (exact == null) {
            return "";
        }
        NumberFormat format = NumberFormat.getNumberInstance(locale());
        format.setMinimumFractionDigits(2);
        format.setMaximumFractionDigits(2);
        return format.format(FinalScore.display(exact));
    }

    /** For date pickers, which work in local date-times: the instant as a WIT wall-clock time. */
    public static LocalDateTime toWit(Instant instant) {
        return instant == null ? null : LocalDateTime.ofInstant(instant, Wit.ZONE);
    }

    public static Instant fromWit(LocalDateTime local) {
        return local == null ? null : local.atZone(Wit.ZONE).toInstant();
    }

    private static java.util.Locale locale() {
        return FacesContext.getCurrentInstance().getViewRoot().getLocale();
    }
}
