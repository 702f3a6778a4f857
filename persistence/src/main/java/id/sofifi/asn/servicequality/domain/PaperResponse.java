package id.sofifi.asn.servicequality.domain;

import id.sofifi.asn.jobs.csv.CsvFields;
import id.sofifi.asn.jobs.csv.CsvReader;
import id.sofifi.asn.kernel.Sex;
import id.sofifi.asn.kernel.Violations;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * One paper form of an import (API-CONTRACT {@code survey-imports}): the day of the service, the nine answers
 * {@code u1}…{@code u9} (empty = not answered, at least one given) and the optional respondent facts by their enum
 * names. Paper forms are collected over months and entered later, so the day may lie up to
 * {@link #MAX_DAYS_BEFORE_ENTRY} days back (a phone's response: 90).
 */
public record PaperResponse(long line, LocalDate servedOn, Answers answers, Respondent respondent) {
    public static final List<String> COLUMNS = List.of("served_on", "u1", "u2", "u3", "u4", "u5", "u6", "u7", "u8",
            "u9", "sex", "age", "education", "occupation");
    static final int MAX_DAYS_BEFORE_ENTRY = 366;

    /** The row's form, or empty with every problem recorded in {@code violations} under its column. */
    public static Optional<PaperResponse> parse(CsvReader.Row row, LocalDate today, Violations violations) {
        if (!row.complete(violations)) {
            return Optional.empty();
        }
        LocalDate servedOn = CsvFields.date(row.get("served_on"), "served_on", violations);
        if (servedOn != null) {
            violations.check(!servedOn.isAfter(today), "served_on", "survey.servedInFuture");
            violations.check(!servedOn.isBefore(today.minusDays(MAX_DAYS_BEFORE_ENTRY)), "served_on",
                    "survey.servedTooLongAgo", MAX_DAYS_BEFORE_ENTRY);
        }
        List<Integer> given = new ArrayList<>();
        for (int u = 1; u <= SurveyElement.COUNT; u++) {
            given.add(answer(row.get("u" + u), "u" + u, violations));
        }
        violations.check(given.stream().anyMatch(a -> a != null && a > 0), "row", "survey.noAnswer");
        Respondent respondent = new Respondent(optional(row, "sex", Sex.class, violations),
                optional(row, "age", AgeBand.class, violations),
                optional(row, "education", Education.class, violations),
                optional(row, "occupation", Occupation.class, violations));
        if (!violations.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new PaperResponse(row.line(), servedOn, Answers.of(given), respondent));
    }

    /** An answer 1–4, null when empty; anything else is refused (and answered as 0, never stored). */
    private static Integer answer(String text, String field, Violations violations) {
        if (text == null) {
            return null;
        }
        boolean valid = text.length() == 1 && text.charAt(0) >= '0' + SurveyElement.LOWEST
                && text.charAt(0) <= '0' + SurveyElement.HIGHEST;
        violations.check(valid, field, "surveyImport.answerRange");
        return valid ? Integer.valueOf(text) : 0;
    }

    private static <E extends Enum<E>> E optional(CsvReader.Row row, String column, Class<E> type, Violations v) {
        String text = row.get(column);
        return text == null ? null : CsvFields.choice(text, type, column, v);
    }

    /** The form as the audit's digest keeps it: line, day, answers and facts. */
    @Override
    public String toString() {
        return line + "|" + servedOn + "|" + answers + "|" + respondent.sex() + "|" + respondent.ageBand() + "|"
                + respondent.education() + "|" + respondent.occupation();
    }
}
