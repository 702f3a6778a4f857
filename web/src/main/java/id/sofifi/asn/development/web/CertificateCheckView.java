package id.sofifi.asn.development.web;

import id.sofifi.asn.development.application.CertificateService;
import id.sofifi.asn.development.application.CertificateView;
import id.sofifi.asn.kernel.NotFoundException;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Named;

/**
 * The public check of a training certificate ({@code /sertifikat.xhtml?no=}), where its QR code leads: it shows
 * what the database holds under the number, so a PDF whose text was changed does not match it.
 */
@Named
@RequestScoped
public class CertificateCheckView {
    @EJB
    CertificateService certificates;

    private String no;
    private CertificateView certificate;

    public void check() {
        try {
            certificate = no == null || no.isBlank() ? null : certificates.find(no);
        } catch (NotFoundException e) {
            certificate = null;
        }
    }

    public String getNo() { return no; }

    public void setNo(String no) { this.no = no; }

    public CertificateView getCertificate() { return certificate; }
}
