package id.sofifi.asn.recruitment.domain;

import id.sofifi.asn.kernel.CodeFormat;
import id.sofifi.asn.kernel.Codes;
import id.sofifi.asn.kernel.DomainException;
import id.sofifi.asn.kernel.Violations;
import id.sofifi.asn.platform.persistence.StaleVersion;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * A work unit of the provincial government. The units form a tree: a root is an Organisasi Perangkat Daerah
 * (OPD, e.g. Dinas Kesehatan), its children are its bidang and UPT (unit pelaksana teknis, e.g. a laboratory),
 * which may have children of their own. {@link #move} keeps it a tree: a unit never comes under itself or under
 * one of its own descendants.
 */
@Entity
@Table(name = "work_unit")
public class WorkUnit {
    /** 2–20 characters, e.g. {@code DINKES}. */
    public static final CodeFormat CODE = new CodeFormat(2, 20);

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false, unique = true, length = 20)
    private String code;

    @Column(nullable = false, length = 200)
    private String name;

    /** The unit this one belongs to; none for an OPD. */
    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "parent_id")
    private WorkUnit parent;

    @Version
    private long version;

    protected WorkUnit() {
    }

    /** An OPD: a unit at the root of the tree. */
    public WorkUnit(String code, String name) {
        rename(code, name);
    }

    /** A bidang or UPT under {@code parent} (an OPD when {@code parent} is null). */
    public WorkUnit(String code, String name, WorkUnit parent) {
        this(code, name);
        this.parent = parent;
    }

    public final void rename(String code, String name) {
        String c = Codes.normalize(code);
        String n = name == null ? null : name.strip();
        new Violations().code(c, "code", CODE).text(n, "name", 3, 200).throwIfAny();
        this.code = c;
        this.name = n;
    }

    /**
     * Puts this unit under {@code newParent} (null: makes it an OPD). Refused with {@code workUnit.cycle} when
     * the new parent is this unit or lies below it, which would cut the branch off the tree.
     */
    public void move(WorkUnit newParent) {
        for (WorkUnit above = newParent; above != null; above = above.parent) {
            if (above == this) {
                throw new DomainException("workUnit.cycle", code, newParent.code);
            }
        }
        this.parent = newParent;
    }

    /**
     * The units ordered as the organisation chart reads: each OPD followed by its bidang and UPT, depth first, so a
     * parent always comes before its children; siblings by name. A unit whose parent is not among {@code units}
     * is listed as a root.
     */
    public static List<WorkUnit> inTreeOrder(Collection<WorkUnit> units) {
        // entities compare by identity, which is what a tree of one persistence context needs
        Map<WorkUnit, List<WorkUnit>> children = new HashMap<>();
        List<WorkUnit> roots = new ArrayList<>();
        Set<WorkUnit> present = new HashSet<>(units);
        for (WorkUnit unit : units) {
            if (unit.parent == null || !present.contains(unit.parent)) {
                roots.add(unit);
            } else {
                children.computeIfAbsent(unit.parent, p -> new ArrayList<>()).add(unit);
            }
        }
        List<WorkUnit> ordered = new ArrayList<>(units.size());
        addDepthFirst(roots, children, ordered);
        return ordered;
    }

    private static void addDepthFirst(List<WorkUnit> siblings, Map<WorkUnit, List<WorkUnit>> children,
            List<WorkUnit> ordered) {
        siblings.sort(Comparator.comparing(WorkUnit::name).thenComparing(WorkUnit::code));
        for (WorkUnit unit : siblings) {
            ordered.add(unit);
            addDepthFirst(children.getOrDefault(unit, new ArrayList<>()), children, ordered);
        }
    }

    /** How many units lie above this one: 0 for an OPD. */
    public int depth() {
        int depth = 0;
        for (WorkUnit above = parent; above != null; above = above.parent) {
            depth++;
        }
        return depth;
    }

    public Optional<WorkUnit> parent() {
        return Optional.ofNullable(parent);
    }

    public void checkVersion(long expected) {
        StaleVersion.refuseUnless(expected, version);
    }

    public Long id() {
        return id;
    }

    public String code() {
        return code;
    }

    public String name() {
        return name;
    }

    public long version() {
        return version;
    }
}
