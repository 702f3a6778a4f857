package id.sofifi.asn.development.application;

import id.sofifi.asn.development.domain.TrainingRecord;
import id.sofifi.asn.development.domain.TrainingRecordRepository;
import id.sofifi.asn.identity.domain.Role;
import id.sofifi.asn.kernel.NotFoundException;
import id.sofifi.asn.workforce.application.EmployeeDirectory;
import id.sofifi.asn.workforce.application.OwnRecords;
import id.sofifi.asn.workforce.application.EmployeeFacts;
import id.sofifi.asn.workforce.domain.Nip;
import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;

/**
 * Certificates of passed trainings. Anyone checks one by its number and sees what the database says, whatever a
 * PDF in someone's hand says, with the NIP masked (UU 27/2022); staff and the employee themself print the PDF.
 */
@Stateless
@PermitAll
public class CertificateService {
    @Inject
    TrainingRecordRepository records;

    @Inject
    EmployeeDirectory employees;

    @Resource
    SessionContext session;

    @Inject
    OwnRecords ownRecords;

    public CertificateView find(String number) {
        return view(load(number));
    }

    /** The certificate as a PDF whose QR code leads to {@code verificationUrl}. */
    @RolesAllowed({Role.ADMIN_NAME, Role.EMPLOYEE_NAME})
    public byte[] pdf(String number, String verificationUrl) {
        TrainingRecord r = load(number);
        ownRecords.require(session, r.nip(), Role.ADMIN_NAME);
        return TrainingCertificate.render(view(r), r.nip(), verificationUrl);
    }

    private TrainingRecord load(String number) {
        String n = number == null ? "" : number.strip();
        return records.findByCertificate(n).orElseThrow(() -> new NotFoundException("certificate.notFound", n));
    }

    private CertificateView view(TrainingRecord r) {
        String name = employees.find(r.nip()).map(EmployeeFacts::fullName).orElse("");
        return new CertificateView(r.certificateNumber(), name, new Nip(r.nip()).masked(), r.title(), r.partnerName(),
                r.jp(), r.startsOn(), r.completedOn());
    }
}
