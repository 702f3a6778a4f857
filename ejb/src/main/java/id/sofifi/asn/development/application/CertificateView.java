package id.sofifi.asn.development.application;

import id.sofifi.asn.development.domain.Jp;
import java.time.LocalDate;

/**
 * What a certificate says, as the database holds it: what the public check shows (NIP masked) and the PDF prints.
 */
public record CertificateView(String number, String name, String maskedNip, String trainingTitle, String partner, Jp jp,
        LocalDate startsOn, LocalDate completedOn) {
}
