package id.sofifi.asn.performance.web;

import id.sofifi.asn.kernel.Wit;
import id.sofifi.asn.performance.application.EvaluationReportService;
import id.sofifi.asn.performance.application.ReportView;
import id.sofifi.asn.platform.persistence.PageRequest;
import id.sofifi.asn.platform.web.PagedLazyModel;
import id.sofifi.asn.platform.web.UseCase;
import id.sofifi.asn.recruitment.application.WorkUnitService;
import id.sofifi.asn.recruitment.application.WorkUnitView;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.IntStream;

/**
 * Staff screen: laporan evaluasi berkala. Operators and administrators start the report of a quarter or a year
 * (optionally one work unit), follow it while it runs (the page polls), download its PDF and XLSX, and an
 * administrator publishes a ready one after confirming, which freezes it with its SHA-256.
 */
@Named
@ViewScoped
public class ReportsView implements Serializable {
    private static final long serialVersionUID = 1L;
    /** How many recent reports decide whether the page keeps polling. */
    private static final int WATCHED = 20;

    @EJB
    EvaluationReportService reports;

    @EJB
    WorkUnitService workUnits;

    private final PagedLazyModel<ReportView> table = new PagedLazyModel<>((filters, request) -> reports.list(request));
    private int year = LocalDate.now(Wit.ZONE).getYear();
    /** 1–4, or 0 for the whole year. */
    private int quarter;
    private String workUnitCode;

    public void start() {
        LocalDate from = LocalDate.of(year, quarter == 0 ? 1 : 3 * quarter - 2, 1);
        LocalDate to = quarter == 0 ? from.plusYears(1).minusDays(1) : from.plusMonths(3).minusDays(1);
        UseCase.run(() -> reports.start(from, to, workUnitCode), "evaluationReport.startedMessage");
    }

    public void publish(long id) {
        UseCase.run(() -> reports.publish(id), "evaluationReport.publishedMessage", id);
    }

    /** Whether one of the recent reports is still computing: the page polls while it is. */
    public boolean isRunning() {
        return reports.list(PageRequest.of(0, WATCHED)).items().stream().anyMatch(ReportView::running);
    }

    /** This year and the four before it. */
    public List<Integer> getYears() {
        int now = LocalDate.now(Wit.ZONE).getYear();
        return IntStream.rangeClosed(0, 4).mapToObj(i -> now - i).toList();
    }

    public List<WorkUnitView> getWorkUnits() { return workUnits.tree(); }

    public PagedLazyModel<ReportView> getTable() { return table; }

    public int getYear() { return year; }

    public void setYear(int year) { this.year = year; }

    public int getQuarter() { return quarter; }

    public void setQuarter(int quarter) { this.quarter = quarter; }

    public String getWorkUnitCode() { return workUnitCode; }

    public void setWorkUnitCode(String workUnitCode) { this.workUnitCode = workUnitCode; }
}
