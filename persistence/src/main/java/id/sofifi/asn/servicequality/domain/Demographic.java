package id.sofifi.asn.servicequality.domain;

import id.sofifi.asn.kernel.Sex;
import java.util.Arrays;
import java.util.List;

/** A respondent fact the results are broken down by, with the column that holds it. */
public enum Demographic {
    SEX("sex", Sex.class), AGE_BAND("age_band", AgeBand.class), EDUCATION("education",
            Education.class), OCCUPATION("occupation", Occupation.class);

    private final String column;
    private final Class<? extends Enum<?>> groups;

    Demographic(String column, Class<? extends Enum<?>> groups) {
        this.column = column;
        this.groups = groups;
    }

    /** The groups of the fact in the form's order, by enum name. */
    public List<String> groups() {
        return Arrays.stream(groups.getEnumConstants()).map(Enum::name).toList();
    }

    /** The column of survey_response: a fixed name, never the caller's text. */
    String column() {
        return column;
    }
}
