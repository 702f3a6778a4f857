package id.sofifi.asn.privacy.application;

import id.sofifi.asn.audit.application.AuditTrail;
import id.sofifi.asn.identity.domain.Role;
import id.sofifi.asn.kernel.Codes;
import id.sofifi.asn.kernel.Nik;
import id.sofifi.asn.kernel.NotFoundException;
import id.sofifi.asn.platform.persistence.Page;
import id.sofifi.asn.platform.persistence.PageRequest;
import id.sofifi.asn.privacy.domain.PersonalDataReadRepository;
import id.sofifi.asn.privacy.domain.SealedNik;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;

/**
 * "Who read this person's data, when": the report an administrator needs for a breach notice within 3 × 24 hours
 * (§6). The person is found by NIK, registration number or NIP; each report asked for is audited.
 */
@Stateless
@RolesAllowed(Role.ADMIN_NAME)
public class PersonalDataAccessService {
    static final String SUBJECT = "PersonalData";

    @Inject
    PersonalDataReadRepository reads;

    @Inject
    AuditTrail audit;

    public Page<PersonalDataAccess> reads(PersonQuery query, PageRequest request) {
        Nik nik = query.validate();
        String hash = nik != null ? SealedNik.hashOf(nik) : personHash(query);
        String who = nik != null
                ? nik.masked()
                : query.registrationNumber() != null ? query.registrationNumber() : query.nip();
        audit.record("personalData.accessReported", SUBJECT, who, null, null,
                "Laporan akses data pribadi " + who + " dibaca");
        return reads.ofPerson(hash, request).map(PersonalDataAccess::of);
    }

    private String personHash(PersonQuery query) {
        if (query.registrationNumber() != null) {
            String number = Codes.normalize(query.registrationNumber());
            return reads.nikHashOfApplication(number)
                    .orElseThrow(() -> new NotFoundException("application.notFound", number));
        }
        return reads.nikHashOfEmployee(query.nip())
                .orElseThrow(() -> new NotFoundException("employee.notFound", query.nip()));
    }
}
