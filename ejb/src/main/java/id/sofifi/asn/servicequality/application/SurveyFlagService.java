package id.sofifi.asn.servicequality.application;

import id.sofifi.asn.audit.application.AuditTrail;
import id.sofifi.asn.identity.domain.Role;
import id.sofifi.asn.kernel.Codes;
import id.sofifi.asn.kernel.NotFoundException;
import id.sofifi.asn.platform.persistence.Page;
import id.sofifi.asn.platform.persistence.PageRequest;
import id.sofifi.asn.servicequality.domain.FlagFilter;
import id.sofifi.asn.servicequality.domain.FlagReason;
import id.sofifi.asn.servicequality.domain.ServiceUnit;
import id.sofifi.asn.servicequality.domain.ServiceUnitRepository;
import id.sofifi.asn.servicequality.domain.SurveyResponse;
import id.sofifi.asn.servicequality.domain.SurveyResponseRepository;
import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Clock;

/**
 * The BKD's watch over flagged responses (issue 11): the list, filterable by unit, reason and exclusion, and the
 * decision to exclude a response from the index with a written reason, or to count it again. Each decision is
 * audited; the response itself stays stored either way.
 */
@Stateless
@RolesAllowed(Role.ADMIN_NAME)
public class SurveyFlagService {
    static final String SUBJECT = "SurveyResponse";

    @Inject
    ServiceUnitRepository units;

    @Inject
    SurveyResponseRepository responses;

    @Inject
    AuditTrail audit;

    @Inject
    Clock clock;

    @Resource
    SessionContext session;

    /** Flagged responses, newest first; a blank unit code means all units, an unknown one is not found. */
    public Page<FlaggedResponseView> flagged(String serviceUnitCode, FlagReason reason, Boolean excluded,
            PageRequest request) {
        ServiceUnit unit = serviceUnitCode == null || serviceUnitCode.isBlank() ? null : units.require(serviceUnitCode);
        return responses.flagged(new FlagFilter(unit, reason, excluded), request).map(FlaggedResponseView::of);
    }

    /** Leaves a flagged response out of the index; the reason is required (5–500 characters). */
    public FlaggedResponseView exclude(String serviceUnitCode, long id, String reason) {
        SurveyResponse response = response(serviceUnitCode, id);
        FlaggedResponseView before = FlaggedResponseView.of(response);
        response.exclude(reason, session.getCallerPrincipal().getName(), clock.instant());
        FlaggedResponseView after = FlaggedResponseView.of(response);
        audit.record("surveyResponse.excluded", SUBJECT, String.valueOf(id), before, after,
                "Jawaban survei " + id + " unit layanan " + response.serviceUnit().code() + " dikeluarkan dari IKM: "
                        + after.exclusionReason());
        return after;
    }

    /** Counts an excluded response again. */
    public FlaggedResponseView include(String serviceUnitCode, long id) {
        SurveyResponse response = response(serviceUnitCode, id);
        FlaggedResponseView before = FlaggedResponseView.of(response);
        response.include();
        FlaggedResponseView after = FlaggedResponseView.of(response);
        audit.record("surveyResponse.included", SUBJECT, String.valueOf(id), before, after,
                "Jawaban survei " + id + " unit layanan " + response.serviceUnit().code() + " dihitung lagi dalam IKM");
        return after;
    }

    /** The response of that unit; another unit's is not found, as an unknown one. */
    private SurveyResponse response(String serviceUnitCode, long id) {
        return responses.find(id).filter(r -> r.serviceUnit().code().equals(Codes.normalize(serviceUnitCode)))
                .orElseThrow(() -> new NotFoundException("surveyResponse.notFound", id));
    }
}
