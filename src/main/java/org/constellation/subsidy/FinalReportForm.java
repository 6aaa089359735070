package org.constellation.subsidy;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.constellation.funding.Amounts;
import org.constellation.workflow.TypedText;

/**
 * The final report as the holder types it on their tracking page (plain rules, {@code FinalReportFormTest}): the
 * project's activity in their words, and for each category of the call's eligible expenses what was realised, beside
 * what their budget forecast, in euros as people type them ({@link Amounts}). Each refusal is a message key beside its
 * field, in the form's order; what was typed is kept to show the form again.
 */
public final class FinalReportForm {

    /** The pages' fields; a category's amount is named after its position: « realised-0 » is the first one's. */
    public static final String ACTIVITY = "activity";

    public static final String REALISED = "realised";

    /** As funding_final_report.activity holds it. */
    static final int LONGEST_ACTIVITY = 4_000;

    /** A category of the call's eligible expenses, and what the holder's budget forecast for it, in cents. */
    public record Line(String category, long forecast) {}

    private final List<Line> lines;
    private final Map<String, String> values = new LinkedHashMap<>();
    private final Map<String, String> errors = new LinkedHashMap<>();
    private final List<Long> realised = new ArrayList<>();
    private String activity;

    private FinalReportForm(List<Line> lines) {
        this.lines = List.copyOf(lines);
    }

    /** The form as it first opens: the activity perhaps taken from the event's report, no amount yet. */
    public static FinalReportForm blank(List<Line> lines, String activity) {
        FinalReportForm form = new FinalReportForm(lines);
        form.values.put(ACTIVITY, activity);
        return form;
    }

    /** The report given earlier, to give again once sent back: its words and its amounts as a person types them. */
    public static FinalReportForm of(List<Line> lines, String activity, List<Long> realised) {
        FinalReportForm form = blank(lines, activity);
        for (int i = 0; i < lines.size() && i < realised.size(); i++) {
            form.values.put(field(i), Amounts.typed(realised.get(i)));
        }
        return form;
    }

    /** Reads the report as a page posts it: the activity, and one amount for each of {@code lines}, in their order. */
    public static FinalReportForm read(List<Line> lines, Map<String, List<String>> posted) {
        FinalReportForm form = new FinalReportForm(lines);
        form.readActivity(first(posted, ACTIVITY));
        for (int i = 0; i < lines.size(); i++) {
            form.readAmount(field(i), first(posted, field(i)));
        }
        return form;
    }

    /** The name of a category's amount on the page: « realised-2 » for the third category. */
    public static String field(int position) {
        return REALISED + "-" + position;
    }

    private static String first(Map<String, List<String>> posted, String field) {
        List<String> values = posted.get(field);
        return values == null || values.isEmpty() ? null : values.get(0);
    }

    private void readActivity(String typed) {
        values.put(ACTIVITY, typed);
        String text = typed == null || typed.isBlank() ? null : typed.strip();
        if (text == null) {
            errors.put(ACTIVITY, "finalReport.error.activityRequired");
        } else if (text.length() > LONGEST_ACTIVITY) {
            errors.put(ACTIVITY, "finalReport.error.activityLength");
        } else if (TypedText.hasHiddenCharacters(text)) {
            errors.put(ACTIVITY, "validation.controlCharacters");
        }
        activity = text;
    }

    /** An amount in euros, 0 when nothing was spent: left empty, it is asked (a forgotten line is no zero). */
    private void readAmount(String field, String typed) {
        values.put(field, typed);
        if (typed == null || typed.isBlank()) {
            errors.put(field, "finalReport.error.realisedRequired");
            realised.add(0L);
            return;
        }
        Amounts.Reading reading = Amounts.read(typed);
        if (!reading.isAmount()) {
            errors.put(field, "validation." + reading.problem().code());
        }
        realised.add(reading.cents());
    }

    public boolean isValid() {
        return errors.isEmpty();
    }

    /** Each refused field's message key, in the form's order. */
    public Map<String, String> errors() {
        return Collections.unmodifiableMap(errors);
    }

    /** The fields as typed, to show the form again. */
    public Map<String, String> values() {
        return Collections.unmodifiableMap(values);
    }

    /** The categories, with their forecast, in the call's order. */
    public List<Line> lines() {
        return lines;
    }

    /** The message key of a field's words, for the summary of refusals. */
    public String fieldKey(String field) {
        return field.startsWith(REALISED) ? "finalReport.field.realised" : "finalReport.field.activity";
    }

    /** The category an amount's field is for; null for the activity. */
    public String categoryOf(String field) {
        return field.startsWith(REALISED + "-")
                ? lines.get(Integer.parseInt(field.substring(REALISED.length() + 1)))
                        .category()
                : null;
    }

    /** The longest activity a page lets through. */
    public int longestActivity() {
        return LONGEST_ACTIVITY;
    }

    public String activity() {
        return activity;
    }

    /** What was realised in each category, in cents, in the lines' order. */
    public List<Long> realised() {
        return Collections.unmodifiableList(realised);
    }

    /** The expenses as kept: each category with its forecast and what was realised. */
    List<FinalReport.Expense> expenses() {
        List<FinalReport.Expense> expenses = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            expenses.add(new FinalReport.Expense(
                    lines.get(i).category(), lines.get(i).forecast(), realised.get(i)));
        }
        return expenses;
    }
}
