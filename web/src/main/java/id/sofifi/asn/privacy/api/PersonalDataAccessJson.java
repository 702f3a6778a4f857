package id.sofifi.asn.privacy.api;

import id.sofifi.asn.platform.api.WitTime;
import id.sofifi.asn.privacy.application.PersonalDataAccess;

/** One read of a person's data: when (WIT), who, what, which record, from which address. */
public record PersonalDataAccessJson(String occurredAt, String actor, String what, String subject,
        String remoteAddress) {
    static PersonalDataAccessJson of(PersonalDataAccess r) {
        return new PersonalDataAccessJson(WitTime.iso(r.occurredAt()), r.actor(), r.what(), r.subjectKey(),
                r.remoteAddress());
    }
}
