package id.sofifi.asn.system;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RunAs;
import jakarta.ejb.Stateless;
import java.util.concurrent.Callable;
import org.jboss.ejb3.annotation.RunAsPrincipal;

/** Deployed only with in-container tests: runs test code as a supervisor, someone other than the verifier. */
@Stateless
@PermitAll
@RunAs("SUPERVISOR")
@RunAsPrincipal("supervisor-it")
public class AsSupervisor {
    public <T> T call(Callable<T> work) throws Exception {
        return work.call();
    }
}
