package org.constellation.proposal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.constellation.call.Call;
import org.constellation.call.CallTheme;
import org.constellation.call.Criterion;
import org.constellation.call.Funding;
import org.constellation.funding.Amounts;
import org.constellation.funding.Budget;
import org.constellation.funding.Siret;
import org.constellation.workflow.CamundaForm;
import org.constellation.workflow.FormRules;
import org.constellation.workflow.FormValues;
import org.constellation.workflow.TypedText;
import org.springframework.context.MessageSource;

/**
 * The submission form's rules, enforced on the server whatever the client did. What forms/proposal-submission.form says
 * of each field (required, lengths, formats, choices) is checked by {@link FormRules}, as every task form is, the
 * call's own themes, bonus criteria and umbrella events offered instead of the form's; here only what a form cannot
 * say. Refusals are codes, one per field, in the form's order, which the pages put in words (validation.{code}).
 */
class SubmissionValidator {

    private static final int LONG_TEXT = 10000;

    private static final Pattern CAPACITY = Pattern.compile("^[1-9][0-9]{0,4}$");
    /** Control characters other than line breaks and tabs: never legitimate in a form. */
    /**
     * Invisible format characters in a name or a title: bidirectional overrides (U+202E shows "gpj.exe" as "exe.jpg"),
     * zero-width characters that make two names look alike. A soft hyphen is harmless and kept.
     */
    private static final Pattern INVISIBLE = Pattern.compile("[\\p{Cf}&&[^\\u00AD]]");

    private static final Pattern LINE_BREAK = Pattern.compile("[\\r\\n]");

    private final MessageSource messages;
    private final List<SubmissionRejected.FieldError> errors = new ArrayList<>();

    SubmissionValidator(MessageSource messages) {
        this.messages = messages;
    }

    void rejectIfInvalid(ProposalSubmission s, Call call, Locale locale) {
        rejectIfInvalid(s, call, locale, false);
    }

    /**
     * The same; {@code fromThePortal}, a labelling call's charter must be answered whole (only a proposal registered in
     * Tasklist, whose form cannot list it, comes without answers).
     */
    void rejectIfInvalid(ProposalSubmission s, Call call, Locale locale, boolean fromThePortal) {
        CamundaForm form = ProposalSheet.SUBMISSION_FORM;
        Map<String, Object> values = new HashMap<>(s.asFormValues());
        // Checked against this call, whatever the slug sent: the call was found by it.
        values.put(ProposalSubmission.CALL_SLUG.name(), call.getSlug());
        FormRules.refusals(form, values::get, offeredBy(call))
                .forEach(refusal -> reject(
                        refusal.key(), refusal.code(), refusal.arguments().toArray()));
        form.inputs().forEach(field -> text(field, values.get(field.key())));

        ProposalKind kind = kind(s.kind());
        boolean project = kind == ProposalKind.PROJECT;
        // A contribution (a room, an exhibition) serves every theme; anything else has at least one of the call's.
        if (s.themes().isEmpty() && kind != ProposalKind.CONTRIBUTION) {
            reject(ProposalSubmission.THEMES.name(), "themeRequired");
        }
        // A project says when and where it happens.
        if (project && s.plannedStart() == null) {
            reject(ProposalSubmission.PLANNED_START.name(), "required");
        }
        if (project && s.plannedEnd() == null) {
            reject(ProposalSubmission.PLANNED_END.name(), "required");
        }
        LocalDate start = FormValues.date(s.plannedStart());
        LocalDate end = FormValues.date(s.plannedEnd());
        if (start != null && end != null && end.isBefore(start)) {
            reject(ProposalSubmission.PLANNED_END.name(), "endBeforeStart");
        }
        if (project && s.commune() == null) {
            reject(ProposalSubmission.COMMUNE.name(), "required");
        }
        if (kind == ProposalKind.CONTRIBUTION && s.offers().isEmpty()) {
            reject(ProposalSubmission.OFFERS.name(), "offerRequired");
        }
        if (kind == ProposalKind.CONTRIBUTION && s.offerDescription() == null) {
            reject(ProposalSubmission.OFFER_DESCRIPTION.name(), "required");
        }
        if (s.roomCapacity() != null && !CAPACITY.matcher(s.roomCapacity()).matches()) {
            reject(ProposalSubmission.ROOM_CAPACITY.name(), "capacity");
        }
        budget(s, call, locale);
        charter(s, call, fromThePortal);
        if (!errors.isEmpty()) {
            List<String> order =
                    form.inputs().stream().map(CamundaForm.Component::key).toList();
            // The budget's fields, then the charter's, come after the form's, as the portal shows them.
            errors.sort(Comparator.comparingInt(
                    error -> order.contains(error.field()) ? order.indexOf(error.field()) : order.size()));
            throw new SubmissionRejected(errors, messages, locale);
        }
    }

    /**
     * A labelling call's charter, answered on the portal: each commitment accepted or refused, and how an accepted one
     * is kept. A proposal registered in Tasklist answers none (its form cannot list a call's commitments): the reviewer
     * then checks each with the holder.
     */
    private void charter(ProposalSubmission s, Call call, boolean fromThePortal) {
        if (!call.labels() || (s.commitments().isEmpty() && !fromThePortal)) {
            return;
        }
        for (int i = 0; i < call.getLabelCommitments().size(); i++) {
            ProposalSubmission.Answer answer =
                    i < s.commitments().size() ? s.commitments().get(i) : new ProposalSubmission.Answer(null, null);
            String field = ProposalSubmission.answerField(i + 1);
            String howField = ProposalSubmission.howField(i + 1);
            if (answer.answer() == null) {
                reject(field, "commitmentRequired");
            } else if (!answer.accepted() && !ProposalSubmission.Answer.REFUSED.equals(answer.answer())) {
                reject(field, "choice");
            }
            if (answer.how() == null) {
                if (answer.accepted()) {
                    reject(howField, "howRequired");
                }
            } else {
                line(howField, answer.how(), ProposalSubmission.Answer.LONGEST_HOW);
            }
        }
    }

    /**
     * A funding call's forecast budget (issue 32), given on the portal by a project or an intention (a contribution
     * lends, it asks for nothing): the organisation's SIRET; every amount well formed and not below zero, the amount
     * asked given; each other funder named, with its amount and whether it is obtained; each contribution in kind said,
     * with its value. Then the call's rules: a balanced budget, the amount asked within the ceiling and within the
     * largest share of the eligible expenses. Tasklist's form gives none: it cannot list a call's categories.
     */
    private void budget(ProposalSubmission s, Call call, Locale locale) {
        BudgetAnswers budget = s.budget();
        if (!call.funds() || budget == null || kind(s.kind()) == ProposalKind.CONTRIBUTION) {
            return;
        }
        if (budget.siret() == null) {
            reject(BudgetAnswers.SIRET, "required");
        } else if (!Siret.isValid(budget.siret())) {
            reject(BudgetAnswers.SIRET, "siret");
        }
        int refusedBefore = errors.size();
        for (int i = 0; i < call.getFundingCategories().size(); i++) {
            amount(BudgetAnswers.expenseField(i + 1), budget.expense(i), false);
        }
        amount(BudgetAnswers.OTHER_EXPENSES, budget.otherExpenses(), false);
        amount(BudgetAnswers.ASKED, budget.asked(), true);
        for (int i = 0; i < budget.funders().size(); i++) {
            BudgetAnswers.FunderAnswer funder = budget.funders().get(i);
            if (funder.isBlank()) {
                continue;
            }
            name(BudgetAnswers.funderNameField(i + 1), funder.name(), BudgetAnswers.LONGEST_NAME);
            amount(BudgetAnswers.funderAmountField(i + 1), funder.amount(), true);
            if (funder.status() == null) {
                reject(BudgetAnswers.funderStatusField(i + 1), "required");
            } else if (!BudgetAnswers.FunderAnswer.STATUSES.contains(funder.status())) {
                reject(BudgetAnswers.funderStatusField(i + 1), "choice");
            }
        }
        amount(BudgetAnswers.OWN_FUNDS, budget.ownFunds(), false);
        for (int i = 0; i < budget.inKind().size(); i++) {
            BudgetAnswers.InKindAnswer contribution = budget.inKind().get(i);
            if (!contribution.isBlank()) {
                name(
                        BudgetAnswers.inKindDescriptionField(i + 1),
                        contribution.description(),
                        BudgetAnswers.LONGEST_DESCRIPTION);
                amount(BudgetAnswers.inKindAmountField(i + 1), contribution.amount(), true);
            }
        }
        // The totals of a budget whose amounts cannot all be read say nothing yet.
        if (errors.size() == refusedBefore) {
            rules(budget.read(call.getFundingCategories()), call.getFunding(), locale);
        }
    }

    /** The call's rules a well-formed budget breaks, each said with the sums at stake, written for the applicant. */
    private void rules(Budget budget, Funding funding, Locale locale) {
        List<Budget.Breach> breaches = budget.breaches(funding.terms());
        if (breaches.contains(Budget.Breach.UNBALANCED)) {
            reject(
                    BudgetAnswers.BALANCE,
                    "budgetUnbalanced",
                    Amounts.written(budget.totalExpenses(), locale),
                    Amounts.written(budget.totalResources(), locale));
        }
        // The amount asked shows one refusal: the ceiling's first.
        if (breaches.contains(Budget.Breach.ABOVE_CEILING)) {
            reject(
                    BudgetAnswers.ASKED,
                    "aboveCeiling",
                    Amounts.written(budget.asked(), locale),
                    Amounts.written(funding.getCeiling(), locale));
        }
        if (breaches.contains(Budget.Breach.ABOVE_SHARE)) {
            reject(
                    BudgetAnswers.ASKED,
                    "aboveShare",
                    Amounts.written(budget.asked(), locale),
                    funding.getLargestShare(),
                    Amounts.written(budget.eligibleExpenses(), locale),
                    Amounts.written(budget.largestAsk(funding.getLargestShare()), locale));
        }
    }

    /** An amount of the budget as typed: blank is none, refused when {@code required}; else well formed, from 0. */
    private void amount(String field, String typed, boolean required) {
        if (typed == null) {
            if (required) {
                reject(field, "required");
            }
            return;
        }
        Amounts.Reading amount = Amounts.read(typed);
        if (!amount.isAmount()) {
            reject(field, amount.problem().code());
        }
    }

    /** A name or a few words on a row of the budget: required once the row is filled, on one line. */
    private void name(String field, String text, int longest) {
        if (text == null) {
            reject(field, "required");
        } else {
            line(field, text, longest);
        }
    }

    /** A short text on one line, without hidden characters. */
    private void line(String field, String text, int longest) {
        if (text.length() > longest) {
            reject(field, "tooLong", longest);
        } else if (TypedText.hasHiddenCharacters(text)
                || INVISIBLE.matcher(text).find()) {
            reject(field, "controlCharacters");
        } else if (LINE_BREAK.matcher(text).find()) {
            reject(field, "singleLine");
        }
    }

    /** The applicant's answer to a request for information: some text, as long as a detailed description at most. */
    void rejectIfInvalidAnswer(String answer, Locale locale) {
        if (answer == null) {
            reject("answer", "required");
        } else if (answer.length() > LONG_TEXT) {
            reject("answer", "tooLong", LONG_TEXT);
        } else if (TypedText.hasHiddenCharacters(answer)) {
            reject("answer", "controlCharacters");
        }
        if (!errors.isEmpty()) {
            throw new SubmissionRejected(errors, messages, locale);
        }
    }

    /** The choices that differ from call to call, by the form's key. */
    private static Map<String, Set<String>> offeredBy(Call call) {
        return Map.of(
                ProposalSubmission.THEMES.name(),
                call.getThemes().stream().map(CallTheme::code).collect(Collectors.toSet()),
                ProposalSubmission.BONUS_CRITERIA.name(),
                call.criteriaOfKind(Criterion.Kind.BONUS).stream()
                        .map(Criterion::code)
                        .collect(Collectors.toSet()),
                ProposalSubmission.UMBRELLA_EVENT.name(),
                Set.copyOf(call.umbrellaEventNames()));
    }

    private static ProposalKind kind(String value) {
        for (ProposalKind kind : ProposalKind.values()) {
            if (kind.name().equals(value)) {
                return kind;
            }
        }
        return null;
    }

    /**
     * What a form cannot say of a text: no control character, and a single-line field (textfield) on one line and
     * without invisible characters.
     */
    private void text(CamundaForm.Component field, Object value) {
        if (!(value instanceof String text) || !List.of("textfield", "textarea").contains(field.type())) {
            return;
        }
        boolean line = "textfield".equals(field.type());
        if (TypedText.hasHiddenCharacters(text)) {
            reject(field.key(), "controlCharacters");
        } else if (line && LINE_BREAK.matcher(text).find()) {
            reject(field.key(), "singleLine");
        } else if (line && INVISIBLE.matcher(text).find()) {
            reject(field.key(), "controlCharacters");
        }
    }

    /** A field's first refusal is the one it shows. */
    private void reject(String field, String code, Object... arguments) {
        if (errors.stream().noneMatch(error -> error.field().equals(field))) {
            errors.add(new SubmissionRejected.FieldError(field, code, arguments));
        }
    }
}
