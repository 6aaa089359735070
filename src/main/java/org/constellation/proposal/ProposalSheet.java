package org.constellation.proposal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.constellation.call.Call;
import org.constellation.call.CallTheme;
import org.constellation.call.Criterion;
import org.constellation.workflow.CamundaForm;
import org.constellation.workflow.WrittenDates;

/**
 * A proposal as the team reads it: every answer of the submission form under the form's own label, in words (the call's
 * themes and bonus criteria by their names, choices by their labels, dates written out), in the form's order. The
 * reviewer's check, the case page and the committee's export all show this one reading.
 */
public record ProposalSheet(List<Line> lines) {

    /** One answer; {@code key} is the form's field key (columns of an export), {@code value} is empty if unanswered. */
    public record Line(String key, String label, String value) {}

    static final CamundaForm SUBMISSION_FORM = CamundaForm.load(ProposalSubmission.FORM_ID);
    /** The call is what the sheet is read in; it is not an answer. */
    private static final Set<String> NOT_ANSWERS = Set.of(ProposalSubmission.CALL_SLUG.name());

    private static final Set<String> DATES =
            Set.of(ProposalSubmission.PLANNED_START.name(), ProposalSubmission.PLANNED_END.name());
    /** The contact person's details stay in our tables, erased on schedule; the engine's history never keeps them. */
    private static final Set<String> CONTACT = Set.of(
            ProposalSubmission.CONTACT_NAME.name(),
            ProposalSubmission.CONTACT_EMAIL.name(),
            ProposalSubmission.CONTACT_PHONE.name());

    public static ProposalSheet of(Proposal proposal) {
        return of(ProposalSubmission.of(proposal), proposal.getCall());
    }

    static ProposalSheet of(ProposalSubmission submission, Call call) {
        Map<String, Object> values = submission.asFormValues();
        List<Line> lines = new ArrayList<>();
        for (String key : keys()) {
            lines.add(new Line(key, label(key), written(key, values.get(key), call)));
        }
        lines.addAll(charter(submission, call));
        return new ProposalSheet(List.copyOf(lines));
    }

    /**
     * A labelling call's charter as the applicant answered it, one line per commitment after the form's answers: its
     * words, then whether it was taken and how it is kept. Not columns of an export: {@link #keys} leaves them out.
     */
    private static List<Line> charter(ProposalSubmission submission, Call call) {
        if (!call.labels()) {
            return List.of();
        }
        List<Line> lines = new ArrayList<>();
        for (int i = 0; i < call.getLabelCommitments().size(); i++) {
            ProposalSubmission.Answer answer = i < submission.commitments().size()
                    ? submission.commitments().get(i)
                    : null;
            String value = "";
            if (answer != null && answer.answer() != null) {
                value = (answer.accepted() ? "accepté" : "refusé")
                        + (answer.how() == null || answer.how().isBlank()
                                ? ""
                                : " — " + answer.how().strip());
            }
            lines.add(new Line(
                    ProposalSubmission.answerField(i + 1),
                    "Engagement « " + call.getLabelCommitments().get(i).label() + " »",
                    value));
        }
        return lines;
    }

    /** The answers' keys, in the form's order: an export's columns. */
    public static List<String> keys() {
        return ProposalSubmission.FIELDS.stream()
                .filter(key -> !NOT_ANSWERS.contains(key))
                .toList();
    }

    /** The form's label of an answer. */
    public static String label(String key) {
        return SUBMISSION_FORM.component(key).map(CamundaForm.Component::label).orElse(key);
    }

    /** The answer of {@code key}, or "" when there is none. */
    public String value(String key) {
        return lines.stream()
                .filter(line -> line.key().equals(key))
                .map(Line::value)
                .findFirst()
                .orElse("");
    }

    /**
     * The answered lines but the contact person's, « Libellé : valeur », one per line: what the reviewers' forms show
     * (the case page, one link away, has the contact details).
     */
    public String forReviewers() {
        return lines.stream()
                .filter(line -> !line.value().isEmpty() && !CONTACT.contains(line.key()))
                .map(line -> line.label() + " : " + line.value())
                .collect(Collectors.joining("\n"));
    }

    static boolean unanswered(Object value) {
        return normalised(value) == null;
    }

    static Object normalised(Object value) {
        if (value instanceof Collection<?> values) {
            return values.isEmpty()
                    ? null
                    : new TreeSet<>(values.stream().map(String::valueOf).toList());
        }
        return value == null || value.toString().isBlank()
                ? null
                : value.toString().strip();
    }

    /** An answer in words: the choice's label for a code, a date written out, several choices joined by commas. */
    static String written(String key, Object value, Call call) {
        if (unanswered(value)) {
            return "";
        }
        Function<String, String> choice;
        if (ProposalSubmission.THEMES.name().equals(key)) {
            choice = code -> call.getThemes().stream()
                    .filter(t -> t.code().equals(code))
                    .map(CallTheme::label)
                    .findFirst()
                    .orElse(code);
        } else if (ProposalSubmission.BONUS_CRITERIA.name().equals(key)) {
            choice = code -> call.getCriteria().stream()
                    .filter(c -> c.code().equals(code))
                    .map(Criterion::label)
                    .findFirst()
                    .orElse(code);
        } else {
            choice = code -> SUBMISSION_FORM
                    .component(key)
                    .flatMap(c -> c.options().stream()
                            .filter(o -> o.value().equals(code))
                            .findFirst())
                    .map(CamundaForm.Option::label)
                    .orElse(code);
        }
        if (value instanceof Collection<?> values) {
            return values.stream().map(String::valueOf).map(choice).sorted().collect(Collectors.joining(", "));
        }
        if (DATES.contains(key)) {
            return WrittenDates.day(LocalDate.parse(value.toString()), Locale.FRENCH);
        }
        return choice.apply(value.toString().strip());
    }
}
