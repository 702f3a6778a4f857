package id.sofifi.asn.workforce.application;

import id.sofifi.asn.identity.application.PasswordLinks;
import id.sofifi.asn.identity.domain.Role;
import id.sofifi.asn.kernel.DomainException;
import id.sofifi.asn.kernel.NotFoundException;
import id.sofifi.asn.workforce.domain.Employee;
import id.sofifi.asn.workforce.domain.EmployeeRepository;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.util.EnumSet;

/**
 * How employees get into their self-service page: they sign in with their NIP and a password they chose through a
 * link mailed to the address on their employee record, so nobody — not the BKD either — ever knows it.
 */
@Stateless
public class EmployeeAccess {
    @Inject
    EmployeeRepository employees;

    @EJB
    PasswordLinks links;

    /**
     * An employee asks for the link themself. The answer is the same whether or not the NIP is known or has an
     * e-mail, so the page cannot be used to find out who works here.
     */
    @PermitAll
    public void requestPasswordLink(String nip, String url) {
        employees.findByNip(nip == null ? "" : nip.strip()).filter(e -> e.email() != null).ifPresent(e -> send(e, url));
    }

    /** An administrator sends the link, e.g. to a newly appointed CPNS; says plainly when there is no e-mail. */
    @RolesAllowed(Role.ADMIN_NAME)
    public void sendPasswordLink(String nip, String url) {
        Employee employee = employees.findByNip(nip).orElseThrow(() -> new NotFoundException("employee.notFound", nip));
        if (employee.email() == null) {
            throw new DomainException("employee.noEmail", nip);
        }
        send(employee, url);
    }

    private void send(Employee employee, String url) {
        links.send(employee.nip().value(), employee.fullName(), EnumSet.of(Role.EMPLOYEE), employee.email(), url);
    }
}
