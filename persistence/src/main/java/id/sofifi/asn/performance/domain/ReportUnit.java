package id.sofifi.asn.performance.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * One work unit's row of a laporan evaluasi berkala: its place in the report (the organisation tree's order) and its
 * figures as JSON, stored once per report and unit, so a restarted job that computes a unit again replaces its row.
 */
@Entity
@Table(name = "evaluation_report_unit")
public class ReportUnit {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "report_id", nullable = false)
    private long reportId;

    @Column(nullable = false)
    private int position;

    @Column(name = "work_unit_code", nullable = false, length = 30)
    private String workUnitCode;

    @Column(nullable = false, columnDefinition = "text")
    private String figures;

    protected ReportUnit() {
    }

    public ReportUnit(long reportId, int position, String workUnitCode, String figures) {
        this.reportId = reportId;
        this.position = position;
        this.workUnitCode = workUnitCode;
        this.figures = figures;
    }

    /** New figures for the unit, computed again by a restarted run. */
    public void replace(String newFigures) {
        this.figures = newFigures;
    }

    public long reportId() {
        return reportId;
    }

    public int position() {
        return position;
    }

    public String workUnitCode() {
        return workUnitCode;
    }

    public String figures() {
        return figures;
    }
}
