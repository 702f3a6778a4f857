package id.sofifi.asn.privacy.application;

import java.io.Serializable;
import id.sofifi.asn.privacy.domain.PersonalDataRead;
import java.time.Instant;

/** One read of a person's data as the breach report shows it: when, who, what, which record, from where. */
public record PersonalDataAccess(Instant occurredAt, String actor, String what, String subjectKey,
        String remoteAddress) implements Serializable {
    static PersonalDataAccess of(PersonalDataRead r) {
        return new PersonalDataAccess(r.occurredAt(), r.actor(), r.what(), r.subjectKey(), r.remoteAddress());
    }
}
