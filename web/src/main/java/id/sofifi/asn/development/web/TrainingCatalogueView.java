package id.sofifi.asn.development.web;

import id.sofifi.asn.development.application.TrainingService;
import id.sofifi.asn.development.application.TrainingView;
import id.sofifi.asn.platform.persistence.PageRequest;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Named;
import java.util.List;

/** The public catalogue of trainings not yet over, for anyone, without login or session. */
@Named
@RequestScoped
public class TrainingCatalogueView {
    /** A province runs a few dozen trainings a year; one page holds the coming ones. */
    private static final int SHOWN = 100;

    @EJB
    TrainingService trainings;

    private List<TrainingView> upcoming;

    public List<TrainingView> getUpcoming() {
        if (upcoming == null) {
            upcoming = trainings.catalogue(PageRequest.of(0, SHOWN)).items();
        }
        return upcoming;
    }
}
