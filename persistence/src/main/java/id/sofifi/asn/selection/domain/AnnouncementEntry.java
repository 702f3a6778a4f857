package id.sofifi.asn.selection.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.util.Objects;

/**
 * One line of an announcement: registration number, name, formation and result code, never the NIK.
 * Rows are written set-based when a draft is prepared and hashed when it is published (see
 * {@link AnnouncementRepository}); the application only reads them through this mapping.
 */
@Entity
@Table(name = "announcement_entry")
@IdClass(AnnouncementEntry.Key.class)
public class AnnouncementEntry {
    @Id
    @Column(name = "announcement_id")
    private Long announcementId;

    @Id
    private int seq;

    @Column(name = "registration_number", insertable = false, updatable = false)
    private String registrationNumber;

    @Column(name = "full_name", insertable = false, updatable = false)
    private String fullName;

    @Column(name = "formation_code", insertable = false, updatable = false)
    private String formationCode;

    @Column(insertable = false, updatable = false)
    private String code;

    @Column(name = "previous_hash", insertable = false, updatable = false)
    private String previousHash;

    @Column(name = "entry_hash", insertable = false, updatable = false)
    private String entryHash;

    protected AnnouncementEntry() {
    }

    public AnnouncementChain.Link link() {
        return new AnnouncementChain.Link(seq, registrationNumber, fullName, formationCode, code, previousHash,
                entryHash);
    }

    public Long announcementId() {
        return announcementId;
    }

    public int seq() {
        return seq;
    }

    public String registrationNumber() {
        return registrationNumber;
    }

    public String fullName() {
        return fullName;
    }

    public String formationCode() {
        return formationCode;
    }

    public String code() {
        return code;
    }

    public String previousHash() {
        return previousHash;
    }

    public String entryHash() {
        return entryHash;
    }

    /** The composite key (announcement, seq). */
    public static class Key implements Serializable {
        private static final long serialVersionUID = 1L;
        private Long announcementId;
        private int seq;

        public Key() {
        }

        public Key(Long announcementId, int seq) {
            this.announcementId = announcementId;
            this.seq = seq;
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Key k && Objects.equals(announcementId, k.announcementId) && seq == k.seq;
        }

        @Override
        public int hashCode() {
            return Objects.hash(announcementId, seq);
        }
    }
}
