package id.sofifi.asn.servicequality.application;

import id.sofifi.asn.identity.domain.Role;
import id.sofifi.asn.kernel.Violations;
import id.sofifi.asn.kernel.Wit;
import id.sofifi.asn.servicequality.domain.Answers;
import id.sofifi.asn.servicequality.domain.Channel;
import id.sofifi.asn.servicequality.domain.IkmIndex;
import id.sofifi.asn.servicequality.domain.ReceiptCode;
import id.sofifi.asn.servicequality.domain.ReceiptCodeRepository;
import id.sofifi.asn.servicequality.domain.ServiceUnit;
import id.sofifi.asn.servicequality.domain.ServiceUnitRepository;
import id.sofifi.asn.servicequality.domain.SurveyResponse;
import id.sofifi.asn.servicequality.domain.SurveyResponseRepository;
import id.sofifi.asn.servicequality.domain.SurveySource;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;

/**
 * The public satisfaction survey (survei kepuasan masyarakat): a citizen's response, and the index of a unit over a
 * period. A response is the citizen's own anonymous record, stored as given and never changed, so it is not an audit
 * event; what staff decide about responses is.
 */
@Stateless
@RolesAllowed(Role.ADMIN_NAME)
public class SurveyService {
    @Inject
    ServiceUnitRepository units;

    @Inject
    SurveyResponseRepository responses;

    @Inject
    ReceiptCodeRepository receipts;

    @Inject
    SubmissionLimit limit;

    @Inject
    KioskSources kiosks;

    @Inject
    BurstWatch bursts;

    @EJB
    ServiceUnitService serviceUnits;

    @Inject
    Clock clock;

    /**
     * Stores a response once every field is right: nine answers 1–4 or blank (at least one), the day of the service
     * (not after today, at most 90 days ago, in WIT), a receipt code of this unit not used before (409 when used),
     * and, from a phone, within the hour's limit of its address (429 beyond it); a kiosk paired with this unit is
     * exempt from the limit. A response that is part of a burst is stored and flagged ({@link BurstWatch}).
     */
    @PermitAll
    public void submit(SurveySubmission submission) {
        ServiceUnit unit = unit(submission.serviceUnitCode());
        Instant now = clock.instant();
        Violations v = new Violations();
        Answers answers = Answers.of(submission.answers(), v);
        SurveyResponse.checkServedOn(submission.servedOn(), LocalDate.ofInstant(now, Wit.ZONE), v);
        ReceiptCode receipt = null;
        String typed = submission.receiptCode();
        if (typed != null && !typed.isBlank()) {
            receipt = receipts.find(unit, typed).orElse(null);
            v.check(receipt != null, "receiptCode", "receiptCode.unknown");
        }
        v.throwIfAny();
        SurveySource source = kiosks.source(unit, submission.kioskToken())
                .orElseGet(() -> SurveySource.phone(submission.clientAddress()));
        if (source.channel() == Channel.PHONE) {
            limit.count(unit, source, now);
        }
        if (receipt != null) {
            receipt.use(now);
        }
        SurveyResponse response = new SurveyResponse(unit, answers, submission.servedOn(), submission.respondent(),
                source, receipt, now);
        responses.add(response);
        bursts.watch(response, source);
    }

    /** The index of the unit over the responses served in [{@code from}, {@code to}] (ASN-RULES §3). */
    @PermitAll
    public IkmView index(String serviceUnitCode, LocalDate from, LocalDate to) {
        Violations v = new Violations();
        v.require(from, "from");
        if (v.require(to, "to") && from != null) {
            v.check(!to.isBefore(from), "to", "ikm.periodReversed");
        }
        v.throwIfAny();
        ServiceUnit unit = unit(serviceUnitCode);
        return IkmView.of(serviceUnits.find(unit.code()), from, to, IkmIndex.of(responses.tally(unit, from, to)),
                responses.excluded(unit, from, to));
    }

    private ServiceUnit unit(String code) {
        return units.require(code);
    }
}
