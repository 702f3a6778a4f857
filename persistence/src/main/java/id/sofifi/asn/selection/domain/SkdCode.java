package id.sofifi.asn.selection.domain;

/** SKD result codes (ASN-RULES.md §1.5); the label is what announcements and the API show. */
public enum SkdCode implements ResultCode {
    PROCEEDS("P/L"), PASSES("P"), BELOW_THRESHOLD("TL"), ABSENT("TH"), DISQUALIFIED("DIS");

    private final String label;

    SkdCode(String label) {
        this.label = label;
    }

    @Override
    public String label() {
        return label;
    }

    public static SkdCode fromLabel(String label) {
        return Labels.byLabel(values(), SkdCode::label, label);
    }
}
