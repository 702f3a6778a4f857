package id.sofifi.asn.performance.web;

import java.io.Serializable;

/** One editable indicator line of the plan form. */
public class IndicatorRow implements Serializable {
    private static final long serialVersionUID = 1L;

    private String description;
    private String target;

    public IndicatorRow() {
    }

    IndicatorRow(String description, String target) {
        this.description = description;
        this.target = target;
    }

    boolean blank() {
        return (description == null || description.isBlank()) && (target == null || target.isBlank());
    }

    public String getDescription() { return description; }

    public void setDescription(String description) { this.description = description; }

    public String getTarget() { return target; }

    public void setTarget(String target) { this.target = target; }
}
