package id.sofifi.asn.servicequality.domain;

import java.util.List;

/**
 * What the index is computed from: the number of respondents and, per element, the sum of its answers and how many
 * answered it. The database sums a period's responses into one; tests add responses one by one.
 */
public record IkmTally(long respondents, List<Long> sums, List<Long> answered) {
    public IkmTally {
        if (sums.size() != SurveyElement.COUNT || answered.size() != SurveyElement.COUNT) {
            throw new IllegalArgumentException("a tally has one sum and one count per element");
        }
        sums = List.copyOf(sums);
        answered = List.copyOf(answered);
    }

    /** No respondents at all. */
    public static IkmTally empty() {
        return of(List.of());
    }

    /** The tally of the given responses, each a respondent. */
    public static IkmTally of(List<Answers> responses) {
        long[] sum = new long[SurveyElement.COUNT];
        long[] count = new long[SurveyElement.COUNT];
        for (Answers answers : responses) {
            List<Integer> given = answers.list();
            for (int u = 0; u < SurveyElement.COUNT; u++) {
                if (given.get(u) != null) {
                    sum[u] += given.get(u);
                    count[u]++;
                }
            }
        }
        return new IkmTally(responses.size(), boxed(sum), boxed(count));
    }

    private static List<Long> boxed(long[] values) {
        return java.util.Arrays.stream(values).boxed().toList();
    }
}
