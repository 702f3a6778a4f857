package id.sofifi.asn.platform.web;

import id.sofifi.asn.platform.application.StaffHome;
import id.sofifi.asn.platform.application.StaffHomeView;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

/** The staff home page (beranda): what waits for the signed-in person and the key figures, read once per request. */
@Named
@RequestScoped
public class HomeView {
    @Inject
    StaffHome home;

    private StaffHomeView view;

    @PostConstruct
    void load() {
        view = home.home();
    }

    public StaffHomeView getView() { return view; }
}
