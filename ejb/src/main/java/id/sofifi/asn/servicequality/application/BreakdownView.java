package id.sofifi.asn.servicequality.application;

import id.sofifi.asn.servicequality.domain.Demographic;
import id.sofifi.asn.servicequality.domain.IkmGrade;
import java.math.BigDecimal;
import java.util.List;

/**
 * The results by the groups of one respondent fact; a group below the minimum shows nothing but that it is small
 * ({@link id.sofifi.asn.servicequality.domain.RespondentGroup}).
 */
public record BreakdownView(Demographic fact, List<Group> groups) {
    /** One group: its enum name ({@code ""} = not told), and its figures when disclosed. */
    public record Group(String group, boolean disclosed, long respondents, BigDecimal converted, IkmGrade grade) {
    }
}
