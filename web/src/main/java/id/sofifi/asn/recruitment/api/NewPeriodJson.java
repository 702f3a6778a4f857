package id.sofifi.asn.recruitment.api;

import id.sofifi.asn.kernel.Violations;
import id.sofifi.asn.kernel.Wit;
import id.sofifi.asn.platform.api.EnumFields;
import id.sofifi.asn.platform.api.JsonDates;
import id.sofifi.asn.recruitment.domain.PeriodDetails;
import id.sofifi.asn.recruitment.domain.ProcurementType;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;

/**
 * The body of {@code POST /periods}. Dates are ISO-8601 date-times with an offset; a plain date means
 * the start of that day in WIT for the opening and its last second for the closing.
 */
public record NewPeriodJson(String code, String name, Integer year, String type, String registrationOpens,
        String registrationCloses, Integer objectionDays) {

    PeriodDetails toDetails() {
        Violations v = new Violations();
        ProcurementType procurement = EnumFields.parse(ProcurementType.class, type, "type", v);
        Instant opens = instant(registrationOpens, "registrationOpens", LocalTime.MIN, v);
        Instant closes = instant(registrationCloses, "registrationCloses", LocalTime.of(23, 59, 59), v);
        PeriodDetails details = new PeriodDetails(code, name, year, procurement, opens, closes,
                objectionDays == null ? PeriodDetails.DEFAULT_OBJECTION_DAYS : objectionDays);
        details.validate(v);
        v.throwIfAny();
        return details;
    }

    private static Instant instant(String text, String field, LocalTime timeOfPlainDate, Violations v) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            OffsetDateTime at = text.length() == 10
                    ? LocalDate.parse(text).atTime(timeOfPlainDate).atZone(Wit.ZONE).toOffsetDateTime()
                    : OffsetDateTime.parse(text);
            return JsonDates.plausible(at.toLocalDate(), field, v) ? at.toInstant() : null;
        } catch (DateTimeParseException e) {
            v.check(false, field, "validation.dateTime");
            return null;
        }
    }
}
