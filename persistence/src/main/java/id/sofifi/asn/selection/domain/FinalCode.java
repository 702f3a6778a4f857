package id.sofifi.asn.selection.domain;

/** Final result codes (ASN-RULES.md §1.6–1.7); the label is what announcements and the API show. */
public enum FinalCode implements ResultCode {
    PASSED("L"), PLACED_SAME_LOCATION("L-1"), PLACED_OTHER_LOCATION("L-2"), FAILED("TL"), ABSENT("TH"), WITHDRAWN(
            "APS"), DISQUALIFIED("DIS"), NOT_ELIGIBLE("TMS");

    private final String label;

    FinalCode(String label) {
        this.label = label;
    }

    @Override
    public String label() {
        return label;
    }

    public static FinalCode fromLabel(String label) {
        return Labels.byLabel(values(), FinalCode::label, label);
    }
}
