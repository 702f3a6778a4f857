package id.sofifi.asn.oversight.api;

/**
 * The body of a case action; each action reads its own field: routing {@code workUnitCode}, refusal and reopening
 * {@code reason}, follow-up {@code answer}, the reporter's reply {@code secret} and {@code text}, merging a duplicate
 * {@code intoTrackingCode}, the reporter's rating {@code secret} and {@code rating} (1–4); closing none.
 */
public record CaseActionJson(String workUnitCode, String reason, String answer, String secret, String text,
        String intoTrackingCode, Integer rating) {
    static final CaseActionJson EMPTY = new CaseActionJson(null, null, null, null, null, null, null);

    static CaseActionJson orEmpty(CaseActionJson body) {
        return body == null ? EMPTY : body;
    }
}
