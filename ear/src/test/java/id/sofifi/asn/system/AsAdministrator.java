package id.sofifi.asn.system;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RunAs;
import jakarta.ejb.Stateless;
import java.util.concurrent.Callable;

/**
 * Deployed only with in-container tests: runs a piece of test code with the ADMIN role, as a logged-in
 * administrator's request would, so that use cases are called through their real security checks.
 */
@Stateless
@PermitAll
@RunAs("ADMIN")
public class AsAdministrator {
    public <T> T call(Callable<T> work) throws Exception {
        return work.call();
    }

    public void run(Runnable work) {
        work.run();
    }
}
