package id.sofifi.asn.workforce.web;

import id.sofifi.asn.workforce.application.EmployeeDirectory;
import id.sofifi.asn.workforce.application.EmployeeFacts;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.security.enterprise.SecurityContext;

/** The signed-in employee's own page: the caller's name is their NIP, so nobody reads another's record here. */
@Named
@RequestScoped
public class SelfServiceView {
    @EJB
    EmployeeDirectory directory;

    @Inject
    SecurityContext security;

    private EmployeeFacts employee;

    public EmployeeFacts getEmployee() {
        if (employee == null) {
            employee = directory.get(security.getCallerPrincipal().getName());
        }
        return employee;
    }
}
