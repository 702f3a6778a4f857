package id.sofifi.asn.performance.domain;

import java.io.Serializable;
import id.sofifi.asn.kernel.Violations;
import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/**
 * One expected work result of a plan (indikator kinerja individu) with its target, e.g. "Dokumen analisis jabatan
 * tersusun" / "12 dokumen".
 */
@Embeddable
public class WorkIndicator implements Serializable {
    static final int DESCRIPTION_MIN = 3;
    static final int DESCRIPTION_MAX = 300;
    static final int TARGET_MAX = 100;

    @Column(nullable = false, length = DESCRIPTION_MAX)
    private String description;

    @Column(nullable = false, length = TARGET_MAX)
    private String target;

    protected WorkIndicator() {
    }

    public WorkIndicator(String description, String target) {
        this.description = description == null ? null : description.strip();
        this.target = target == null ? null : target.strip();
    }

    /** Records what is wrong with this indicator, the {@code index}th of the plan (from 0). */
    void check(int index, Violations violations) {
        violations.text(description, "indicators[" + index + "].description", DESCRIPTION_MIN, DESCRIPTION_MAX);
        violations.text(target, "indicators[" + index + "].target", 1, TARGET_MAX);
    }

    public String description() {
        return description;
    }

    public String target() {
        return target;
    }
}
