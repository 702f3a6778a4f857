package id.sofifi.asn.servicequality.application;

import id.sofifi.asn.audit.application.AuditTrail;
import id.sofifi.asn.identity.domain.Role;
import id.sofifi.asn.kernel.ConflictException;
import id.sofifi.asn.kernel.ValidationFailure;
import id.sofifi.asn.kernel.Violations;
import id.sofifi.asn.platform.persistence.Page;
import id.sofifi.asn.platform.persistence.PageRequest;
import id.sofifi.asn.recruitment.domain.WorkUnit;
import id.sofifi.asn.recruitment.domain.WorkUnitRepository;
import id.sofifi.asn.servicequality.domain.ServiceUnit;
import id.sofifi.asn.servicequality.domain.ServiceUnitRepository;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/** Keeping the service units (unit layanan) of the work units: anyone reads them, administrators add them. */
@Stateless
@RolesAllowed(Role.ADMIN_NAME)
public class ServiceUnitService {
    static final String SUBJECT = "ServiceUnit";

    @Inject
    ServiceUnitRepository units;

    @Inject
    WorkUnitRepository workUnits;

    @Inject
    AuditTrail audit;

    /** All service units, for the public list and choice lists. */
    @PermitAll
    public List<ServiceUnitView> all() {
        Map<Long, WorkUnit> byId = workUnitsById();
        return units.all().stream().map(u -> ServiceUnitView.of(u, byId.get(u.workUnitId()))).toList();
    }

    @PermitAll
    public Page<ServiceUnitView> search(String text, PageRequest request) {
        Map<Long, WorkUnit> byId = workUnitsById();
        return units.search(text, request).map(u -> ServiceUnitView.of(u, byId.get(u.workUnitId())));
    }

    /** The unit of the code; unknown → not found. */
    @PermitAll
    public ServiceUnitView find(String code) {
        ServiceUnit unit = units.require(code);
        return ServiceUnitView.of(unit, workUnitsById().get(unit.workUnitId()));
    }

    /** The unit's A4 poster (PDF) with a QR code of {@code surveyUrl}, its public survey page. */
    @PermitAll
    public byte[] poster(String code, String surveyUrl) {
        return SurveyPoster.render(find(code), surveyUrl);
    }

    /** A new unit of the work unit {@code workUnitCode}; an unknown work unit is refused as that field. */
    public ServiceUnitView create(String code, String name, String workUnitCode, Integer annualUsers) {
        boolean named = workUnitCode != null && !workUnitCode.isBlank();
        WorkUnit workUnit = named ? workUnits.findByCode(workUnitCode).orElse(null) : null;
        Violations v = new Violations().check(!named || workUnit != null, "workUnitCode", "serviceUnit.workUnitUnknown",
                workUnitCode);
        ServiceUnit unit = null;
        try {
            unit = new ServiceUnit(code, name, workUnit == null ? null : workUnit.id(), annualUsers);
        } catch (ValidationFailure failure) {
            v.addAll(failure.violations());
        }
        v.throwIfAny();
        if (units.findByCode(unit.code()).isPresent()) {
            throw new ConflictException("serviceUnit.codeTaken", unit.code());
        }
        units.add(unit);
        ServiceUnitView created = ServiceUnitView.of(unit, workUnit);
        audit.record("serviceUnit.created", SUBJECT, unit.code(), null, created,
                "Unit layanan " + unit.code() + " dibuat di " + workUnit.code());
        return created;
    }

    private Map<Long, WorkUnit> workUnitsById() {
        return workUnits.all().stream().collect(Collectors.toMap(WorkUnit::id, Function.identity()));
    }
}
