package id.sofifi.asn.recruitment.domain;

import id.sofifi.asn.identity.domain.LoginCredentials;
import id.sofifi.asn.identity.domain.LoginOutcome;
import id.sofifi.asn.identity.domain.LoginPolicy;
import id.sofifi.asn.kernel.Nik;
import id.sofifi.asn.privacy.domain.SealedNik;
import id.sofifi.asn.kernel.Sex;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Locale;

/**
 * Pelamar: a person with a portal account, identified by a NIK that matches their birth date and
 * sex. They may log in before confirming their e-mail, but can submit an application only after.
 */
@Entity
@Table(name = "applicant")
public class Applicant {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Embedded
    private SealedNik nik;

    @Column(name = "full_name", nullable = false, length = 200)
    private String fullName;

    @Column(name = "birth_date", nullable = false)
    private LocalDate birthDate;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 1)
    private Sex sex;

    @Column(nullable = false, length = 200)
    private String email;

    @Column(nullable = false, length = 20)
    private String phone;

    @Embedded
    private LoginCredentials credentials;

    @Column(name = "email_confirmed_at")
    private Instant emailConfirmedAt;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Version
    private long version;

    protected Applicant() {
    }

    public Applicant(Nik nik, ApplicantDetails details, char[] password, Instant now) {
        this.nik = SealedNik.of(nik);
        this.fullName = details.fullName().strip();
        this.birthDate = details.birthDate();
        this.sex = details.sex();
        this.email = details.email().strip().toLowerCase(Locale.ROOT);
        this.phone = details.phone().strip();
        this.credentials = new LoginCredentials(password);
        this.createdAt = now;
    }

    public LoginOutcome attemptLogin(char[] password, Instant now, LoginPolicy policy) {
        return credentials.attempt(password, now, policy);
    }

    public void confirmEmail(Instant now) {
        if (emailConfirmedAt == null) {
            emailConfirmedAt = now;
        }
    }

    public void resetPassword(char[] password) {
        credentials.replace(password);
    }

    public boolean emailConfirmed() {
        return emailConfirmedAt != null;
    }

    public Long id() {
        return id;
    }

    public Nik nik() {
        return nik.open();
    }

    public String fullName() {
        return fullName;
    }

    public LocalDate birthDate() {
        return birthDate;
    }

    public Sex sex() {
        return sex;
    }

    public String email() {
        return email;
    }

    public String phone() {
        return phone;
    }
}
