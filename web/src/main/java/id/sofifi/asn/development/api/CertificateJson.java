package id.sofifi.asn.development.api;

import id.sofifi.asn.platform.api.JsonDates;
import id.sofifi.asn.development.application.CertificateView;

/** {@code GET /certificates/{number}}: what the certificate says as the database holds it, NIP masked. */
public record CertificateJson(String number, String name, String nip, String trainingTitle, String partner, String jp,
        String completedOn, boolean valid) {
    static CertificateJson of(CertificateView c) {
        return new CertificateJson(c.number(), c.name(), c.maskedNip(), c.trainingTitle(), c.partner(), c.jp().text(),
                JsonDates.print(c.completedOn()), true);
    }
}
