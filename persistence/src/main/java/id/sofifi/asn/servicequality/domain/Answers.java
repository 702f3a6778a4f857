package id.sofifi.asn.servicequality.domain;

import id.sofifi.asn.kernel.Violations;
import jakarta.persistence.Embeddable;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Objects;

/**
 * The nine answers of one respondent in the order of {@link SurveyElement}, each 1–4 or blank; at least one is
 * given, since a response with no answer at all is not a respondent (ASN-RULES §3).
 */
@Embeddable
public class Answers {
    private Short u1;
    private Short u2;
    private Short u3;
    private Short u4;
    private Short u5;
    private Short u6;
    private Short u7;
    private Short u8;
    private Short u9;

    protected Answers() {
    }

    private Answers(Integer[] a) {
        u1 = shortOf(a[0]);
        u2 = shortOf(a[1]);
        u3 = shortOf(a[2]);
        u4 = shortOf(a[3]);
        u5 = shortOf(a[4]);
        u6 = shortOf(a[5]);
        u7 = shortOf(a[6]);
        u8 = shortOf(a[7]);
        u9 = shortOf(a[8]);
    }

    /**
     * The answers as given, blanks as null; refused with field {@code answers} when there are not nine or none is
     * given, and {@code answers[i]} (counting from 0, as the JSON array does) for an answer outside 1–4.
     */
    public static Answers of(List<Integer> given) {
        Violations v = new Violations();
        Answers answers = of(given, v);
        v.throwIfAny();
        return answers;
    }

    /** As {@link #of(List)}, recording what is wrong among the other fields of a form; null when invalid. */
    public static Answers of(List<Integer> given, Violations v) {
        if (given == null || given.size() != SurveyElement.COUNT) {
            v.check(false, "answers", "survey.answerCount", SurveyElement.COUNT);
            return null;
        }
        boolean valid = true;
        for (int i = 0; i < given.size(); i++) {
            Integer answer = given.get(i);
            boolean inRange = answer == null || answer >= SurveyElement.LOWEST && answer <= SurveyElement.HIGHEST;
            v.check(inRange, "answers[" + i + "]", "validation.range", SurveyElement.LOWEST, SurveyElement.HIGHEST);
            valid &= inRange;
        }
        boolean answered = given.stream().anyMatch(Objects::nonNull);
        v.check(answered, "answers", "survey.noAnswer");
        return valid && answered ? new Answers(given.toArray(Integer[]::new)) : null;
    }

    /** The nine answers in element order, blanks as null. */
    public List<Integer> list() {
        List<Integer> all = new ArrayList<>(Arrays.asList(intOf(u1), intOf(u2), intOf(u3), intOf(u4), intOf(u5),
                intOf(u6), intOf(u7), intOf(u8), intOf(u9)));
        return Collections.unmodifiableList(all);
    }

    /** The answer to an element, null when left blank. */
    public Integer get(SurveyElement element) {
        return list().get(element.ordinal());
    }

    private static Short shortOf(Integer answer) {
        return answer == null ? null : answer.shortValue();
    }

    private static Integer intOf(Short answer) {
        return answer == null ? null : answer.intValue();
    }

    @Override
    public String toString() {
        return list().toString();
    }
}
