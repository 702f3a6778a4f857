package id.sofifi.asn.workforce.application;

import java.util.List;

/**
 * A contributor to the timeline of an employee's profile. Workforce contributes the appointment and the moment
 * the employee was recorded; development (trainings, Latsar), performance (SKP) and others add their entries by
 * declaring a CDI bean that implements this, without workforce knowing them. A pull of beans, not an event,
 * because the profile asks for the entries when it is shown and each source answers from its own tables; nothing
 * has to be copied into workforce when it happens.
 */
public interface EmployeeTimelineSource {
    /** This source's entries for the employee, in any order. */
    List<EmployeeTimelineEntry> entries(EmployeeFacts employee);
}
