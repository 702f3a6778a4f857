package id.sofifi.asn.jobs.batch;

import id.sofifi.asn.recruitment.domain.SelectionPeriod;
import id.sofifi.asn.recruitment.domain.SelectionPeriodRepository;
import jakarta.batch.api.BatchProperty;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;

/**
 * The selection period a job works on, named by the property {@code period} (its code) of the artifact
 * it is injected into, and read once per artifact through recruitment's repository. A job of no period (an
 * employee import) leaves the property out; its {@link #code()} is then null.
 */
@Dependent
public class JobPeriod {
    @Inject
    SelectionPeriodRepository periods;

    @Inject
    @BatchProperty(name = "period")
    String code;

    private SelectionPeriod period;

    private SelectionPeriod period() {
        if (period == null) {
            period = periods.byCode(code);
        }
        return period;
    }

    /** The period's code; null for a job of no period. */
    public String code() {
        return code;
    }

    public long id() {
        return period().id();
    }

    public int fiscalYear() {
        return period().year();
    }
}
