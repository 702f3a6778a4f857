package id.sofifi.asn.recruitment.web;

import id.sofifi.asn.platform.persistence.PageRequest;
import id.sofifi.asn.recruitment.application.PeriodView;
import id.sofifi.asn.recruitment.application.SelectionPeriodService;
import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import java.io.Serializable;
import java.util.List;

/** A staff screen that works on one selection period, chosen among all; the first one listed at the start. */
public abstract class PeriodScreen implements Serializable {
    private static final long serialVersionUID = 1L;

    @EJB
    SelectionPeriodService periods;

    protected String periodCode;
    private List<PeriodView> periodChoices;

    @PostConstruct
    protected void choosePeriod() {
        periodChoices = periods.list(null, PageRequest.of(0, PageRequest.MAX_SIZE)).items();
        periodCode = periodChoices.isEmpty() ? null : periodChoices.get(0).code();
    }

    public List<PeriodView> getPeriodChoices() { return periodChoices; }

    public String getPeriodCode() { return periodCode; }

    public void setPeriodCode(String periodCode) { this.periodCode = periodCode; }
}
