package id.sofifi.asn.workforce.batch;

import id.sofifi.asn.audit.domain.AuditChain;
import id.sofifi.asn.jobs.batch.JobAudit;
import id.sofifi.asn.jobs.failure.JobFailure;
import id.sofifi.asn.kernel.Nik;
import id.sofifi.asn.recruitment.domain.ApplicantFacts;
import id.sofifi.asn.selection.domain.Appointees.Appointee;
import id.sofifi.asn.workforce.domain.Employee;
import id.sofifi.asn.workforce.domain.EmployeeAppointed;
import id.sofifi.asn.workforce.domain.EmployeeRepository;
import id.sofifi.asn.workforce.domain.EmploymentType;
import id.sofifi.asn.workforce.domain.Nip;
import id.sofifi.asn.workforce.domain.NipAllocation;
import jakarta.batch.api.BatchProperty;
import jakarta.batch.api.chunk.AbstractItemWriter;
import jakarta.enterprise.context.Dependent;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Appoints one chunk of appointees as CPNS at their placed formation's position and work unit, with TMT
 * {@code appointedOn}. Who is already an employee by their registration number is skipped, so appointing again
 * appoints nobody twice. The NIPs are allocated for the whole chunk at once (lowest free serial per prefix in
 * registration-number order, ASN-RULES §4); each appointment is announced as {@link EmployeeAppointed} and the
 * chunk is audited, all in the chunk's transaction.
 */
@Named
@Dependent
public class AppointmentWriter extends AbstractItemWriter {
    @Inject
    EmployeeRepository employees;

    @Inject
    Event<EmployeeAppointed> appointed;

    @Inject
    JobAudit audit;

    @Inject
    Clock clock;

    @Inject
    @BatchProperty(name = "appointedOn")
    String appointedOn;

    @Override
    public void writeItems(List<Object> items) {
        try {
            appoint(items);
        } catch (RuntimeException e) {
            throw JobFailure.plain(e);
        }
    }

    private void appoint(List<Object> items) {
        LocalDate tmt = LocalDate.parse(appointedOn);
        List<Appointee> chunk = items.stream().map(Appointee.class::cast).toList();
        if (chunk.isEmpty()) {
            return;
        }
        List<Appointee> fresh = chunk.stream()
                .filter(a -> employees.findByRegistrationNumber(a.registrationNumber()).isEmpty()).toList();
        Map<String, Nip> nips = new NipAllocation(tmt, employees::usedSerials)
                .allocate(fresh.stream().map(a -> new NipAllocation.Appointee(a.registrationNumber(),
                        a.applicant().birthDate(), a.applicant().sex())).toList());
        Instant now = clock.instant();
        for (Appointee a : fresh) {
            Nip nip = nips.get(a.registrationNumber());
            ApplicantFacts.Facts who = a.applicant();
            employees.add(Employee.appoint(nip, new Nik(who.nik()),
                    new Employee.Person(who.fullName(), who.birthDate(), who.sex(), who.email()),
                    new Employee.Placement(EmploymentType.CPNS, tmt, a.position(), a.workUnitId()),
                    a.registrationNumber(), now));
            appointed.fire(new EmployeeAppointed(a.registrationNumber(), nip.value(), tmt));
        }
        audit.record("appointment.chunk", "Employee",
                AuditChain.sha256(nips.entrySet().stream().map(e -> e.getKey() + " " + e.getValue())
                        .collect(Collectors.joining("\n"))),
                "Pengangkatan CPNS TMT " + tmt + ", nomor " + chunk.get(0).registrationNumber() + "–"
                        + chunk.get(chunk.size() - 1).registrationNumber() + ": " + fresh.size() + " diangkat, "
                        + (chunk.size() - fresh.size()) + " sudah pegawai");
    }
}
