package id.sofifi.asn.selection.web;

import id.sofifi.asn.platform.web.Formats;
import id.sofifi.asn.selection.domain.FinalScore;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Named;
import java.math.BigDecimal;
import java.text.NumberFormat;

/** Scores for reading (§1.6: round only for display, to 2 decimals), in the screen's number format. */
@Named
@ApplicationScoped
public class Scores {
    public String format(BigDecimal exact) {
        if (exact == null) {
            return "";
        }
        NumberFormat format = NumberFormat.getNumberInstance(Formats.locale());
        format.setMinimumFractionDigits(2);
        format.setMaximumFractionDigits(2);
        return format.format(FinalScore.display(exact));
    }
}
