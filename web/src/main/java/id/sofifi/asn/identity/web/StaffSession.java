package id.sofifi.asn.identity.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.security.enterprise.SecurityContext;
import java.security.Principal;

/** The logged-in staff member as the staff template shows them, and which menu entries they get. */
@Named
@RequestScoped
public class StaffSession {
    @Inject
    SecurityContext security;

    public String getName() {
        Principal principal = security.getCallerPrincipal();
        return principal == null ? "" : principal.getName();
    }

    public boolean hasRole(String role) {
        return security.isCallerInRole(role);
    }
}
