package id.sofifi.asn.workforce.application;

import id.sofifi.asn.kernel.NotFoundException;
import id.sofifi.asn.workforce.domain.EmployeeRepository;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Optional;

/**
 * The one door through which other contexts (development, later performance and oversight) learn who an
 * employee is. Callers decide who may see what; this answers facts, never the NIK.
 */
@Stateless
@PermitAll
public class EmployeeDirectory {
    @Inject
    EmployeeRepository employees;

    public Optional<EmployeeFacts> find(String nip) {
        return nip == null ? Optional.empty() : employees.findByNip(nip.strip()).map(EmployeeFacts::of);
    }

    /** A few employees (the first {@code limit} by NIP), for other contexts' demo data. */
    public List<EmployeeFacts> firstByNip(int limit) {
        return employees.firstByNip(limit).stream().map(EmployeeFacts::of).toList();
    }

    /** Every employee with an e-mail address, by NIP: those another context can write to (reminders). */
    public List<EmployeeFacts> withEmail() {
        return employees.withEmail().stream().map(EmployeeFacts::of).toList();
    }

    /** The employee with this NIP; a {@link NotFoundException} with key {@code employee.notFound} otherwise. */
    public EmployeeFacts get(String nip) {
        return find(nip).orElseThrow(() -> new NotFoundException("employee.notFound", nip));
    }
}
