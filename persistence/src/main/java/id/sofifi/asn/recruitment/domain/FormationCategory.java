package id.sofifi.asn.recruitment.domain;

/**
 * Jenis formasi. Each category is judged by one threshold group (ASN-RULES.md §1.4, API-CONTRACT.md):
 * umum and putra/putri Kalimantan by the general rule; lulusan terbaik and diaspora by the cumlaude
 * rule; disabilitas, putra/putri Papua and daerah tertinggal by the affirmative rule.
 */
public enum FormationCategory {
    GENERAL(ThresholdGroup.GENERAL), CUMLAUDE(ThresholdGroup.CUMLAUDE), DIASPORA(ThresholdGroup.CUMLAUDE), DISABILITY(
            ThresholdGroup.AFFIRMATIVE), PAPUA(ThresholdGroup.AFFIRMATIVE), DISADVANTAGED_REGION(
                    ThresholdGroup.AFFIRMATIVE), KALIMANTAN(ThresholdGroup.GENERAL);

    private final ThresholdGroup thresholdGroup;

    FormationCategory(ThresholdGroup thresholdGroup) {
        this.thresholdGroup = thresholdGroup;
    }

    public ThresholdGroup thresholdGroup() {
        return thresholdGroup;
    }
}
