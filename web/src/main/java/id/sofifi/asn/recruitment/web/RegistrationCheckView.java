package id.sofifi.asn.recruitment.web;

import id.sofifi.asn.recruitment.application.PublicRegistration;
import id.sofifi.asn.recruitment.application.RegistrationService;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Named;

/** The public check of a registration card, which anyone may open (the card's QR code leads here). */
@Named
@RequestScoped
public class RegistrationCheckView {
    @EJB
    RegistrationService registrations;

    private String no;
    private PublicRegistration registration;

    public void check() {
        registration = no == null || no.isBlank() ? null : registrations.checkRegistration(no).orElse(null);
    }

    public String getNo() { return no; }

    public void setNo(String no) { this.no = no; }

    public PublicRegistration getRegistration() { return registration; }
}
