package id.sofifi.asn.recruitment.application;

import id.sofifi.asn.audit.application.AuditTrail;
import id.sofifi.asn.identity.domain.Role;
import id.sofifi.asn.kernel.ConflictException;
import id.sofifi.asn.kernel.NotFoundException;
import id.sofifi.asn.kernel.Violations;
import id.sofifi.asn.platform.persistence.Page;
import id.sofifi.asn.platform.persistence.PageRequest;
import id.sofifi.asn.recruitment.domain.WorkUnit;
import id.sofifi.asn.recruitment.domain.WorkUnitRepository;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.util.List;

/**
 * Keeping the organisation tree of the provincial government: OPD at the root, their bidang and UPT below
 * (a parent is named by its code; none for an OPD).
 */
@Stateless
@RolesAllowed(Role.ADMIN_NAME)
public class WorkUnitService {
    static final String SUBJECT = "WorkUnit";

    @Inject
    WorkUnitRepository units;

    @Inject
    AuditTrail audit;

    /** Work units whose code or name contains {@code text} (null for all), one page of them. */
    @PermitAll
    public Page<WorkUnitView> search(String text, PageRequest request) {
        return units.search(text, request).map(WorkUnitView::of);
    }

    /** All work units, for choice lists. */
    @PermitAll
    public List<WorkUnitView> all() {
        return units.all().stream().map(WorkUnitView::of).toList();
    }

    /** The whole organisation tree, each parent before its children: the public list of work units. */
    @PermitAll
    public List<WorkUnitView> tree() {
        return units.tree().stream().map(WorkUnitView::of).toList();
    }

    /** A new unit, under the unit {@code parentCode} names (an OPD when blank). */
    public WorkUnitView create(String code, String name, String parentCode) {
        WorkUnit parent = parent(parentCode);
        WorkUnit unit = new WorkUnit(code, name, parent);
        if (units.codeTaken(unit.code(), null)) {
            throw new ConflictException("workUnit.codeTaken", unit.code());
        }
        units.add(unit);
        WorkUnitView created = WorkUnitView.of(unit);
        audit.record("workUnit.created", SUBJECT, unit.code(), null, created,
                parent == null
                        ? "OPD " + unit.code() + " dibuat"
                        : "Unit kerja " + unit.code() + " dibuat di bawah " + parent.code());
        return created;
    }

    public WorkUnitView rename(String code, long version, String newCode, String newName) {
        WorkUnit unit = load(code);
        unit.checkVersion(version);
        WorkUnitView before = WorkUnitView.of(unit);
        unit.rename(newCode, newName);
        if (units.codeTaken(unit.code(), unit.id())) {
            throw new ConflictException("workUnit.codeTaken", unit.code());
        }
        units.flush(unit);
        WorkUnitView after = WorkUnitView.of(unit);
        audit.record("workUnit.revised", SUBJECT, code, before, after, "OPD " + code + " diubah");
        return after;
    }

    /**
     * Puts a unit under another (an OPD when {@code parentCode} is blank), with its whole branch; refused when
     * the new parent is the unit itself or lies below it.
     */
    public WorkUnitView move(String code, long version, String parentCode) {
        WorkUnit unit = load(code);
        unit.checkVersion(version);
        WorkUnitView before = WorkUnitView.of(unit);
        unit.move(parent(parentCode));
        units.flush(unit);
        WorkUnitView after = WorkUnitView.of(unit);
        audit.record("workUnit.moved", SUBJECT, code, before, after, "Unit " + code + " dipindah ke bawah "
                + (after.parentCode() == null ? "akar (OPD)" : after.parentCode()));
        return after;
    }

    public void delete(String code, long version) {
        WorkUnit unit = load(code);
        unit.checkVersion(version);
        if (units.countChildren(unit) > 0) {
            throw new ConflictException("workUnit.hasChildren", code);
        }
        if (units.countFormations(unit) > 0) {
            throw new ConflictException("workUnit.hasFormations", code);
        }
        WorkUnitView before = WorkUnitView.of(unit);
        units.remove(unit);
        audit.record("workUnit.deleted", SUBJECT, code, before, null, "OPD " + code + " dihapus");
    }

    /** The unit a parent code names, null when blank; an unknown code is refused as field {@code parentCode}. */
    private WorkUnit parent(String parentCode) {
        if (parentCode == null || parentCode.isBlank()) {
            return null;
        }
        WorkUnit parent = units.findByCode(parentCode).orElse(null);
        new Violations().check(parent != null, "parentCode", "workUnit.parentUnknown", parentCode).throwIfAny();
        return parent;
    }

    private WorkUnit load(String code) {
        return units.findByCode(code).orElseThrow(() -> new NotFoundException("workUnit.notFound", code));
    }
}
