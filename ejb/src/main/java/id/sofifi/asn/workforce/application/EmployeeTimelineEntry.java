package id.sofifi.asn.workforce.application;

import java.time.LocalDate;
import java.util.List;

/**
 * One line of an employee's timeline: the day (in WIT) and what happened, as a message key with its arguments, so
 * that the screen says it in its own language.
 */
public record EmployeeTimelineEntry(LocalDate on, String messageKey, List<Object> args) {
    public EmployeeTimelineEntry {
        args = List.copyOf(args);
    }
}
