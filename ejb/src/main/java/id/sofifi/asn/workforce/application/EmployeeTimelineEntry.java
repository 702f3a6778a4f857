package id.sofifi.asn.workforce.application;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;

/**
 * One line of an employee's timeline: the day (in WIT) and what happened, as a message key with its arguments, so
 * that the screen says it in its own language; and, when there is a page that proves it (a training certificate's
 * public check), that page's address within the application, else null.
 */
public record EmployeeTimelineEntry(LocalDate on, String messageKey, List<Object> args,
        String link) implements Serializable {
    public EmployeeTimelineEntry {
        args = List.copyOf(args);
    }

    /** An entry without a page behind it. */
    public EmployeeTimelineEntry(LocalDate on, String messageKey, List<Object> args) {
        this(on, messageKey, args, null);
    }
}
