package id.sofifi.asn.workforce.application;

import id.sofifi.asn.kernel.NotFoundException;
import id.sofifi.asn.recruitment.domain.WorkUnit;
import id.sofifi.asn.workforce.domain.EmployeeRepository;
import id.sofifi.asn.workforce.domain.UnitHeads;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The one door through which other contexts (development, later performance and oversight) learn who an
 * employee is and who their head is (kepala unit kerja: development copies reminders to them, performance will
 * take them as the evaluating official). Callers decide who may see what; this answers facts, never the NIK.
 */
@Stateless
@PermitAll
public class EmployeeDirectory {
    @Inject
    EmployeeRepository employees;

    @Inject
    UnitHeadChart chart;

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

    /**
     * The head (atasan) of the employee {@code nip}: the head of their unit or of the nearest unit above it that has
     * one, never the employee themself ({@link UnitHeads}); none for an unknown NIP or when no unit above has a head.
     */
    public Optional<EmployeeFacts> headOf(String nip) {
        return find(nip).flatMap(e -> chart.heads().headOf(e.nip(), e.workUnitId())).flatMap(this::find);
    }

    /**
     * The head of the work unit {@code unitId}, or of the nearest unit above it that has one (oversight escalates a
     * missed complaint deadline to them); none when no unit on the way up has a head.
     */
    public Optional<EmployeeFacts> headOfUnit(long unitId) {
        return chart.heads().headOf("", unitId).flatMap(this::find);
    }

    /**
     * The heads of many employees at once, by the employee's NIP (those without a head are absent): one reading of
     * the organisation chart for a whole run, such as development's daily reminders.
     */
    public Map<String, EmployeeFacts> headsOf(Collection<EmployeeFacts> staff) {
        UnitHeads heads = chart.heads();
        Map<String, EmployeeFacts> found = new HashMap<>();
        Map<String, EmployeeFacts> byHeadNip = new HashMap<>();
        for (EmployeeFacts employee : staff) {
            heads.headOf(employee.nip(), employee.workUnitId())
                    .flatMap(head -> Optional.ofNullable(byHeadNip.computeIfAbsent(head, n -> find(n).orElse(null))))
                    .ifPresent(head -> found.put(employee.nip(), head));
        }
        return found;
    }

    /** The code of the unit the employee {@code nip} heads, if they head one. */
    public Optional<String> unitHeadedBy(String nip) {
        PlacementUnits tree = chart.units();
        return chart.heads(tree).unitHeadedBy(nip == null ? "" : nip.strip()).flatMap(tree::find).map(WorkUnit::code);
    }

    /** The employee with this NIP; a {@link NotFoundException} with key {@code employee.notFound} otherwise. */
    public EmployeeFacts get(String nip) {
        return find(nip).orElseThrow(() -> new NotFoundException("employee.notFound", nip));
    }
}
