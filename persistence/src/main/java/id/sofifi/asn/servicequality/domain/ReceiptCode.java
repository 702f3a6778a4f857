package id.sofifi.asn.servicequality.domain;

import id.sofifi.asn.kernel.Codes;
import id.sofifi.asn.kernel.ConflictException;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.random.RandomGenerator;

/**
 * Kode struk: a one-time code the counter prints on the service receipt, so that a response can show it came from
 * someone who was served there. Accepted once; a second use is a conflict.
 */
@Entity
@Table(name = "receipt_code")
public class ReceiptCode {
    /**
     * Letters and digits that cannot be misread on a thermal print (no 0/O, 1/I/L, 2/Z, 5/S, 8/B): 8 of 24 give about
     * 1.1 × 10^11 codes, far beyond what guessing within the per-address limit reaches.
     */
    private static final String ALPHABET = "ACDEFGHJKMNPQRTUVWXY3467";
    private static final int HALF = 4;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(optional = false)
    @JoinColumn(name = "service_unit_id")
    private ServiceUnit serviceUnit;

    @Column(nullable = false, unique = true, length = 9)
    private String code;

    @Column(name = "issued_at", nullable = false)
    private Instant issuedAt;

    @Column(name = "used_at")
    private Instant usedAt;

    @Version
    private long version;

    protected ReceiptCode() {
    }

    /** A new code of the unit, e.g. {@code K7QM-3XPA}, drawn from {@code random} (a secure one in production). */
    public ReceiptCode(ServiceUnit serviceUnit, RandomGenerator random, Instant issuedAt) {
        StringBuilder drawn = new StringBuilder();
        for (int i = 0; i < 2 * HALF; i++) {
            if (i == HALF) {
                drawn.append('-');
            }
            drawn.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
        }
        this.serviceUnit = serviceUnit;
        this.code = drawn.toString();
        this.issuedAt = issuedAt;
    }

    /** A code as a citizen types it: upper-case, spaces around ignored, the dash optional. */
    public static String normalize(String typed) {
        String c = Codes.normalize(typed);
        if (c != null && c.length() == 2 * HALF && c.indexOf('-') < 0) {
            return c.substring(0, HALF) + "-" + c.substring(HALF);
        }
        return c;
    }

    /** Accepts the code for one response; refused once it has been used. */
    public void use(Instant at) {
        if (usedAt != null) {
            throw new ConflictException("receiptCode.used", code);
        }
        usedAt = at;
    }

    public Long id() {
        return id;
    }

    public ServiceUnit serviceUnit() {
        return serviceUnit;
    }

    public String code() {
        return code;
    }

    public Instant issuedAt() {
        return issuedAt;
    }

    public boolean used() {
        return usedAt != null;
    }
}
