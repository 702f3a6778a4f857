package id.sofifi.asn.recruitment.application;

import id.sofifi.asn.audit.application.AuditTrail;
import id.sofifi.asn.identity.application.Caller;
import id.sofifi.asn.identity.application.LoginResult;
import id.sofifi.asn.identity.domain.LoginOutcome;
import id.sofifi.asn.identity.domain.LoginPolicy;
import id.sofifi.asn.identity.domain.NewPassword;
import id.sofifi.asn.identity.domain.OneTimeSecret;
import id.sofifi.asn.identity.domain.PasswordHash;
import id.sofifi.asn.kernel.ConflictException;
import id.sofifi.asn.kernel.DomainException;
import id.sofifi.asn.kernel.Nik;
import id.sofifi.asn.kernel.Violations;
import id.sofifi.asn.kernel.Wit;
import id.sofifi.asn.recruitment.domain.Applicant;
import id.sofifi.asn.recruitment.domain.ApplicantDetails;
import id.sofifi.asn.recruitment.domain.ApplicantRepository;
import id.sofifi.asn.recruitment.domain.ApplicantToken;
import id.sofifi.asn.recruitment.domain.TokenPurpose;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Optional;

/**
 * Applicant accounts on the portal: registration with the NIK check (ASN-RULES §1.1), e-mail
 * confirmation and password reset by mailed single-use links, and login with the staff lock-out rules.
 */
@Stateless
@PermitAll
public class ApplicantAccountService {
    static final String SUBJECT = "Applicant";
    private static final String UNKNOWN_ACCOUNT_HASH = PasswordHash.hash("no such applicant".toCharArray());

    @Inject
    ApplicantRepository applicants;

    @Inject
    ApplicantMail mail;

    @Inject
    AuditTrail audit;

    @Inject
    Clock clock;

    /**
     * Opens an account and mails the confirmation link ({@code confirmUrl} + {@code ?token=…}).
     * Every invalid field is reported at once; a NIK or e-mail already registered is a conflict.
     */
    public void register(ApplicantDetails typed, char[] password, char[] repeated, String confirmUrl) {
        ApplicantDetails details = typed.normalized();
        Violations violations = new Violations();
        Optional<Nik> nik = details.validate(violations, LocalDate.now(clock.withZone(Wit.ZONE)));
        NewPassword.check(password, repeated, violations);
        violations.throwIfAny();
        if (applicants.findByNik(nik.orElseThrow()).isPresent()) {
            throw new ConflictException("applicant.nikTaken");
        }
        if (applicants.findByEmail(details.email()).isPresent()) {
            throw new ConflictException("applicant.emailTaken", details.email());
        }
        Applicant applicant = new Applicant(nik.get(), details, password, clock.instant());
        applicants.add(applicant);
        String key = Caller.applicant(applicant.id()).name();
        audit.recordAs(key, "applicant.registered", SUBJECT, key, null, applicant.nik().masked(),
                "Akun pelamar " + applicant.nik().masked() + " dibuat");
        mail.confirmationLink(applicant.email(), applicant.fullName(),
                confirmUrl + "?token=" + newToken(applicant, TokenPurpose.CONFIRM_EMAIL));
    }

    public void confirmEmail(String token) {
        Applicant applicant = redeem(token, TokenPurpose.CONFIRM_EMAIL);
        applicant.confirmEmail(clock.instant());
        String key = Caller.applicant(applicant.id()).name();
        audit.recordAs(key, "applicant.emailConfirmed", SUBJECT, key, null, null, "E-mail pelamar dikonfirmasi");
    }

    /** Mails a reset link if the address belongs to an account; says nothing either way, so addresses stay private. */
    public void requestPasswordReset(String email, String resetUrl) {
        if (email == null || email.isBlank()) {
            return;
        }
        applicants.findByEmail(email).ifPresent(applicant -> mail.resetLink(applicant.email(), applicant.fullName(),
                resetUrl + "?token=" + newToken(applicant, TokenPurpose.RESET_PASSWORD)));
    }

    public void resetPassword(String token, char[] password, char[] repeated) {
        Violations violations = new Violations();
        NewPassword.check(password, repeated, violations);
        violations.throwIfAny();
        Applicant applicant = redeem(token, TokenPurpose.RESET_PASSWORD);
        applicant.resetPassword(password);
        applicant.confirmEmail(clock.instant());
        String key = Caller.applicant(applicant.id()).name();
        audit.recordAs(key, "applicant.passwordReset", SUBJECT, key, null, null, "Kata sandi pelamar diatur ulang");
    }

    /** One login attempt by NIK; commits on its own so that failures count even though the caller is refused. */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public LoginResult login(String nik, char[] password) {
        Optional<Applicant> found = nik == null ? Optional.empty() : applicants.lockForLogin(nik.strip());
        if (found.isEmpty()) {
            PasswordHash.matches(password, UNKNOWN_ACCOUNT_HASH);
            return new LoginResult(LoginOutcome.UNKNOWN_ACCOUNT, null);
        }
        Applicant applicant = found.get();
        LoginOutcome outcome = applicant.attemptLogin(password, clock.instant(), LoginPolicy.STANDARD);
        return new LoginResult(outcome, outcome == LoginOutcome.SUCCESS ? Caller.applicant(applicant.id()) : null);
    }

    private Applicant redeem(String token, TokenPurpose purpose) {
        return applicants.findToken(OneTimeSecret.hashOf(token)).map(t -> t.redeem(purpose, clock.instant()))
                .orElseThrow(() -> new DomainException("applicant.linkInvalid"));
    }

    private String newToken(Applicant applicant, TokenPurpose purpose) {
        OneTimeSecret secret = OneTimeSecret.create();
        applicants.addToken(new ApplicantToken(applicant, purpose, secret.hash(), clock.instant()));
        return secret.token();
    }

}
