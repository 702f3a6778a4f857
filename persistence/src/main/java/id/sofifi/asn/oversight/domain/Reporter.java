package id.sofifi.asn.oversight.domain;

import id.sofifi.asn.kernel.EmailAddress;
import id.sofifi.asn.kernel.Violations;
import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/**
 * Identitas pelapor: all optional (the secret lets a reporter follow the case without one), never public (§5, §6),
 * stored in its own table by {@link Complaint}.
 */
@Embeddable
public class Reporter {
    @Column(name = "name", table = Complaint.REPORTER_TABLE, length = 200)
    private String name;

    @Column(name = "email", table = Complaint.REPORTER_TABLE, length = 254)
    private String email;

    @Column(name = "phone", table = Complaint.REPORTER_TABLE, length = 30)
    private String phone;

    protected Reporter() {
    }

    public Reporter(String name, String email, String phone) {
        this.name = blankToNull(name);
        this.email = blankToNull(email);
        this.phone = blankToNull(phone);
    }

    /** The field mistakes of this identity, named under {@code prefix} (e.g. {@code reporter.email}). */
    public void check(Violations v, String prefix) {
        v.check(name == null || name.length() <= 200, prefix + ".name", "validation.length", 1, 200);
        v.check(email == null || EmailAddress.valid(email), prefix + ".email", "complaint.emailInvalid");
        v.check(phone == null || phone.matches("\\+?[0-9 ()-]{6,30}"), prefix + ".phone", "complaint.phoneInvalid");
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }

    public String name() {
        return name;
    }

    public String email() {
        return email;
    }

    public String phone() {
        return phone;
    }
}
