package id.sofifi.asn.recruitment.application;

import id.sofifi.asn.recruitment.domain.AdministrationAnnouncement;
import id.sofifi.asn.recruitment.domain.AnnouncedResult;
import java.time.Instant;
import java.util.List;

/** A published administrative result list as the public reads it. */
public record AnnouncementView(
        String periodCode,
        String periodName,
        int revision,
        Instant publishedAt,
        Instant objectionCloses,
        List<Entry> entries) {

    /** One announced line: no NIK, ever. */
    public record Entry(String registrationNumber, String fullName, String result) {
        static Entry of(AnnouncedResult r) {
            return new Entry(r.registrationNumber(), r.fullName(), r.result().name());
        }
    }

    static AnnouncementView of(AdministrationAnnouncement a) {
        return new AnnouncementView(
                a.period().code(),
                a.period().name(),
                a.revision(),
                a.publishedAt(),
                a.objectionCloses(),
                a.entries().stream().map(Entry::of).toList());
    }
}
