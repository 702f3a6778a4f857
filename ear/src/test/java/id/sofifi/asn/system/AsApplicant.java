package id.sofifi.asn.system;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RunAs;
import jakarta.ejb.Stateless;
import java.util.concurrent.Callable;
import org.jboss.ejb3.annotation.RunAsPrincipal;

/**
 * Deployed only with in-container tests: runs test code as the demo applicant (the first applicant account of a
 * fresh database).
 */
@Stateless
@PermitAll
@RunAs("APPLICANT")
@RunAsPrincipal("applicant:1")
public class AsApplicant {
    public <T> T call(Callable<T> work) throws Exception {
        return work.call();
    }
}
