package id.sofifi.asn.servicequality.application;

import id.sofifi.asn.servicequality.domain.Demographic;
import id.sofifi.asn.servicequality.domain.IkmIndex;
import id.sofifi.asn.servicequality.domain.IkmTally;
import id.sofifi.asn.servicequality.domain.RespondentGroup;
import id.sofifi.asn.servicequality.domain.ServiceUnit;
import id.sofifi.asn.servicequality.domain.ServiceUnitRepository;
import id.sofifi.asn.servicequality.domain.SurveyResponseRepository;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * What the public results page shows beside the index: the trend by quarter of a year, and the breakdowns by
 * respondent facts, each group only from five respondents (issue 11). Excluded responses count in neither.
 */
@Stateless
@PermitAll
public class SurveyResultsService {
    private static final int QUARTERS = 4;

    @Inject
    ServiceUnitRepository units;

    @Inject
    SurveyResponseRepository responses;

    /** The index of each quarter of {@code year}, quarters without responses included (0 respondents). */
    public List<QuarterView> quarters(String serviceUnitCode, int year) {
        Map<Integer, IkmTally> tallies = responses.byQuarter(unit(serviceUnitCode), year);
        List<QuarterView> quarters = new ArrayList<>();
        for (int q = 1; q <= QUARTERS; q++) {
            quarters.add(QuarterView.of(q, IkmIndex.of(tallies.getOrDefault(q, IkmTally.empty()))));
        }
        return quarters;
    }

    /** The breakdown by each respondent fact over the responses served in [{@code from}, {@code to}]. */
    public List<BreakdownView> breakdowns(String serviceUnitCode, LocalDate from, LocalDate to) {
        ServiceUnit unit = unit(serviceUnitCode);
        List<BreakdownView> breakdowns = new ArrayList<>();
        for (Demographic fact : Demographic.values()) {
            Map<String, IkmTally> tallies = responses.byGroup(unit, from, to, fact);
            List<String> groups = new ArrayList<>(fact.groups());
            if (tallies.containsKey("")) {
                groups.add("");
            }
            breakdowns.add(new BreakdownView(fact, groups.stream()
                    .map(g -> group(RespondentGroup.of(g, tallies.getOrDefault(g, IkmTally.empty())))).toList()));
        }
        return breakdowns;
    }

    private static BreakdownView.Group group(RespondentGroup group) {
        IkmIndex index = group.shownIndex().orElse(null);
        return new BreakdownView.Group(group.group(), group.disclosed(), group.respondents(),
                index == null ? null : index.converted().orElse(null),
                index == null ? null : index.grade().orElse(null));
    }

    private ServiceUnit unit(String code) {
        return units.require(code);
    }
}
