package id.sofifi.asn.servicequality.application;

import id.sofifi.asn.servicequality.domain.Respondent;
import java.time.LocalDate;
import java.util.List;

/**
 * A citizen's filled-in survey as the page or the API received it, not yet checked: the nine answers in element
 * order (null = blank), the day of the service, the receipt code if any, what they told about themself, the
 * client's address (only its hash is kept, for the limit per hour and the burst check) and the device token of a
 * paired kiosk tablet (null from a phone; an unknown or revoked token counts as a phone).
 */
public record SurveySubmission(String serviceUnitCode, List<Integer> answers, LocalDate servedOn, String receiptCode,
        Respondent respondent, String clientAddress, String kioskToken) {
}
