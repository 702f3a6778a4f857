package id.sofifi.asn.privacy.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * One read of a person's data (§6): who read what of whom, when and from which address, kept so that a leak can be
 * reported to the people it touched within 3 × 24 hours. The person is named by their NIK's keyed hash.
 */
@Entity
@Table(name = "personal_data_read")
public class PersonalDataRead {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "occurred_at", nullable = false)
    private Instant occurredAt;

    @Column(nullable = false, length = 100)
    private String actor;

    @Column(nullable = false, length = 60)
    private String what;

    @Column(name = "subject_key", nullable = false, length = 200)
    private String subjectKey;

    @Column(name = "nik_hash", nullable = false, length = 44)
    private String nikHash;

    @Column(name = "remote_address", length = 64)
    private String remoteAddress;

    protected PersonalDataRead() {
    }

    public PersonalDataRead(Instant occurredAt, String actor, String what, String subjectKey, String nikHash,
            String remoteAddress) {
        this.occurredAt = occurredAt;
        this.actor = actor;
        this.what = what;
        this.subjectKey = subjectKey;
        this.nikHash = nikHash;
        this.remoteAddress = remoteAddress;
    }

    public Instant occurredAt() {
        return occurredAt;
    }

    public String actor() {
        return actor;
    }

    public String what() {
        return what;
    }

    public String subjectKey() {
        return subjectKey;
    }

    public String remoteAddress() {
        return remoteAddress;
    }
}
