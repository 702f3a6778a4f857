package id.sofifi.asn.workforce.application;

import id.sofifi.asn.audit.application.AuditTrail;
import id.sofifi.asn.identity.domain.Role;
import id.sofifi.asn.kernel.ConflictException;
import id.sofifi.asn.kernel.NotFoundException;
import id.sofifi.asn.kernel.Violations;
import id.sofifi.asn.recruitment.domain.WorkUnit;
import id.sofifi.asn.workforce.domain.Employee;
import id.sofifi.asn.workforce.domain.EmployeeRepository;
import id.sofifi.asn.workforce.domain.UnitHead;
import id.sofifi.asn.workforce.domain.UnitHeadRepository;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Clock;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Kepala unit kerja: an administrator names the employee who heads a work unit, replaces them or leaves the unit
 * without a head; every appointment and removal is audited. A unit has one head at most, an employee heads one unit
 * at most (appointing someone who heads another unit is a conflict: remove them there first).
 */
@Stateless
@RolesAllowed(Role.ADMIN_NAME)
public class UnitHeadService {
    static final String SUBJECT = "UnitHead";

    @Inject
    UnitHeadChart chart;

    @Inject
    UnitHeadRepository heads;

    @Inject
    EmployeeRepository employees;

    @Inject
    AuditTrail audit;

    @Inject
    Clock clock;

    /** The head of the unit {@code unitCode}, if it has one; an unknown unit is a {@link NotFoundException}. */
    @RolesAllowed({Role.ADMIN_NAME, Role.AGENCY_NAME})
    public Optional<UnitHeadView> find(String unitCode) {
        WorkUnit unit = unit(chart.units(), unitCode);
        return heads.findByUnit(unit.id()).map(h -> view(unit, h));
    }

    /** Every head by the code of the unit they head: the organisation screen's column. */
    @RolesAllowed({Role.ADMIN_NAME, Role.AGENCY_NAME})
    public Map<String, UnitHeadView> all() {
        PlacementUnits tree = chart.units();
        Map<String, UnitHeadView> byUnit = new HashMap<>();
        for (UnitHead head : heads.all()) {
            tree.find(head.workUnitId()).ifPresent(unit -> byUnit.put(unit.code(), view(unit, head)));
        }
        return byUnit;
    }

    /**
     * The employee {@code nip} heads the unit from now, in place of its head before, if any. An unknown or missing
     * NIP is refused as field {@code nip}; naming the present head again changes nothing.
     */
    public UnitHeadView appoint(String unitCode, String nip) {
        PlacementUnits tree = chart.units();
        WorkUnit unit = unit(tree, unitCode);
        String wanted = nip == null ? "" : nip.strip();
        Optional<Employee> employee = wanted.isEmpty() ? Optional.empty() : employees.findByNip(wanted);
        new Violations().check(!wanted.isEmpty(), "nip", "validation.required")
                .check(wanted.isEmpty() || employee.isPresent(), "nip", "unitHead.nipUnknown", wanted).throwIfAny();
        Optional<UnitHead> elsewhere = heads.findByNip(wanted).filter(h -> !h.workUnitId().equals(unit.id()));
        if (elsewhere.isPresent()) {
            throw new ConflictException("unitHead.headsAnother", wanted,
                    tree.find(elsewhere.get().workUnitId()).map(WorkUnit::code).orElse("?"));
        }
        Optional<UnitHead> current = heads.findByUnit(unit.id());
        UnitHeadView before = current.map(h -> view(unit, h)).orElse(null);
        if (before != null && before.nip().equals(wanted)) {
            return before;
        }
        UnitHead head = current.orElse(null);
        if (head == null) {
            head = new UnitHead(unit.id(), employee.get().nip(), clock.instant());
        } else {
            head.replace(employee.get().nip(), clock.instant());
        }
        heads.save(head, wanted);
        UnitHeadView after = view(unit, head);
        audit.record(before == null ? "unitHead.appointed" : "unitHead.replaced", SUBJECT, unit.code(), before, after,
                after.name() + " (NIP " + wanted + ") ditetapkan sebagai kepala " + unit.code()
                        + (before == null ? "" : ", menggantikan " + before.name()));
        return after;
    }

    /** The unit has no head from now; a unit without one is a {@link NotFoundException}. */
    public void remove(String unitCode) {
        WorkUnit unit = unit(chart.units(), unitCode);
        UnitHead head = heads.findByUnit(unit.id())
                .orElseThrow(() -> new NotFoundException("unitHead.none", unit.code()));
        UnitHeadView before = view(unit, head);
        heads.remove(head);
        audit.record("unitHead.removed", SUBJECT, unit.code(), before, null,
                before.name() + " (NIP " + before.nip() + ") tidak lagi menjadi kepala " + unit.code());
    }

    private static WorkUnit unit(PlacementUnits tree, String code) {
        String c = code == null ? "" : code.strip();
        return tree.find(c).orElseThrow(() -> new NotFoundException("workUnit.notFound", c));
    }

    private UnitHeadView view(WorkUnit unit, UnitHead head) {
        Employee employee = employees.findByNip(head.nip().value()).orElseThrow();
        return new UnitHeadView(unit.code(), unit.name(), employee.nip().value(), employee.fullName(),
                employee.position(), head.appointedAt());
    }
}
