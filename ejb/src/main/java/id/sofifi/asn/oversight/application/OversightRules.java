package id.sofifi.asn.oversight.application;

import id.sofifi.asn.oversight.domain.DeadlineRules;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;

/** The one place the §5 deadline counts ([P]) are chosen for the running system: the defaults 3/5/10/60. */
@ApplicationScoped
public class OversightRules {
    @Produces
    DeadlineRules deadlineRules() {
        return DeadlineRules.DEFAULTS;
    }
}
