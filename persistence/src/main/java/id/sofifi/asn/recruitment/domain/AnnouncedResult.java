package id.sofifi.asn.recruitment.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;

/** One line of a published administrative result: registration number, name and MS/TMS — never the NIK. */
@Embeddable
public class AnnouncedResult {
    @Column(name = "registration_number", nullable = false, length = 30)
    private String registrationNumber;

    @Column(name = "full_name", nullable = false, length = 200)
    private String fullName;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 3)
    private AdministrationResult result;

    protected AnnouncedResult() {}

    public AnnouncedResult(String registrationNumber, String fullName, AdministrationResult result) {
        this.registrationNumber = registrationNumber;
        this.fullName = fullName;
        this.result = result;
    }

    public String registrationNumber() {
        return registrationNumber;
    }

    public String fullName() {
        return fullName;
    }

    public AdministrationResult result() {
        return result;
    }
}
