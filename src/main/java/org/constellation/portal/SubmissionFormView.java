package org.constellation.portal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.constellation.call.Call;
import org.constellation.call.Commune;
import org.constellation.call.CommuneRegistry;
import org.constellation.call.Criterion;
import org.constellation.call.Funding;
import org.constellation.call.LabelCommitment;
import org.constellation.call.Labelling;
import org.constellation.funding.Amounts;
import org.constellation.proposal.BudgetAnswers;
import org.constellation.proposal.ProposalSubmission;
import org.constellation.proposal.SubmissionRejected;
import org.constellation.workflow.CamundaForm;
import org.constellation.workflow.WrittenDates;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;

/**
 * Renders forms/proposal-submission.form, the start form Tasklist shows to staff, for applicants: the same labels,
 * hints, required fields, lengths and choices. French comes from the form file itself; English from messages_en
 * (form.{key}.label, .description, .option.{value}; form.text.{component id}). The call supplies the choices that
 * differ from call to call (themes, bonus criteria, umbrella events); a call that funds asks for a forecast budget
 * after the form's fields, by its own categories of expenses (issue 32), and a labelling call for its charter after
 * that: each commitment in the call's words, accepted or not, and how it is kept (issue 31). The call's slug comes from
 * the address.
 */
@Component
class SubmissionFormView {

    private static final Set<String> FROM_THE_ADDRESS = Set.of(ProposalSubmission.CALL_SLUG.name());

    private final CamundaForm form = CamundaForm.load(ProposalSubmission.FORM_ID);
    private final MessageSource messages;
    private final CommuneRegistry communes;

    SubmissionFormView(MessageSource messages, CommuneRegistry communes) {
        this.messages = messages;
        this.communes = communes;
    }

    CamundaForm form() {
        return form;
    }

    /** The keys whose values are lists (checklists); every other key takes one value. */
    Set<String> listKeys() {
        return form.inputs().stream()
                .filter(c -> "checklist".equals(c.type()))
                .map(CamundaForm.Component::key)
                .collect(Collectors.toSet());
    }

    /** A blank form: the file's defaults, and the reader's language as the language of the exchanges. */
    Map<String, List<String>> defaults(Locale locale) {
        Map<String, List<String>> values = new LinkedHashMap<>();
        form.inputs().stream()
                .filter(c -> c.defaultValue() != null)
                .forEach(c -> values.put(c.key(), List.of(c.defaultValue())));
        values.put(ProposalSubmission.LANGUAGE.name(), List.of(locale.getLanguage()));
        return values;
    }

    /** The values of a stored proposal, to correct it, its budget and its answers to the charter with them. */
    Map<String, List<String>> valuesOf(ProposalSubmission submission) {
        Map<String, List<String>> values = asLists(submission.asFormValues());
        if (submission.budget() != null) {
            budgetValues(submission.budget(), values);
        }
        for (int i = 0; i < submission.commitments().size(); i++) {
            ProposalSubmission.Answer answer = submission.commitments().get(i);
            if (answer.answer() != null) {
                values.put(ProposalSubmission.answerField(i + 1), List.of(answer.answer()));
            }
            if (answer.how() != null) {
                values.put(ProposalSubmission.howField(i + 1), List.of(answer.how()));
            }
        }
        return values;
    }

    /** A field of a stored proposal as its holder reads it: the form's label, the value in words. */
    record Given(String label, String value) {}

    /**
     * What a stored proposal holds ({@link ProposalSubmission#asFormValues()}), in the form's order and the reader's
     * language, never as a code: a choice shows its label, a date is written out. A value the choices no longer offer
     * (a theme the call dropped since) shows as it was given.
     */
    List<Given> given(Call call, Map<String, Object> submitted, Locale locale) {
        Map<String, List<String>> values = new LinkedHashMap<>();
        asLists(submitted)
                .forEach((key, raw) ->
                        values.put(key, raw.stream().filter(v -> !v.isBlank()).toList()));
        return fields(call, locale, values, Map.of()).stream()
                .filter(field -> field.isInput()
                        && !values.getOrDefault(field.name(), List.of()).isEmpty())
                .map(field -> new Given(field.label(), inWords(field, values.get(field.name()), locale)))
                .toList();
    }

    private static String inWords(FormField field, List<String> values, Locale locale) {
        return values.stream()
                .map(value -> field.choices().stream()
                        .filter(choice -> choice.value().equals(value))
                        .map(FormField.Choice::label)
                        .findFirst()
                        .orElseGet(() ->
                                "date".equals(field.type()) ? WrittenDates.day(LocalDate.parse(value), locale) : value))
                .collect(Collectors.joining(", "));
    }

    private static Map<String, List<String>> asLists(Map<String, Object> raw) {
        Map<String, List<String>> values = new LinkedHashMap<>();
        raw.forEach((key, value) -> {
            if (value instanceof List<?> list) {
                values.put(key, list.stream().map(Object::toString).toList());
            } else if (value != null) {
                values.put(key, List.of(value.toString()));
            }
        });
        return values;
    }

    List<FormField> fields(Call call, Locale locale, Map<String, List<String>> values, Map<String, String> errors) {
        List<FormField> fields = new ArrayList<>();
        for (CamundaForm.Component component : form.components()) {
            if ("text".equals(component.type())) {
                fields.addAll(text(component, locale));
            } else if (component.isInput() && !FROM_THE_ADDRESS.contains(component.key())) {
                fields.add(input(
                        component,
                        call,
                        locale,
                        values.getOrDefault(component.key(), List.of()),
                        errors.get(component.key())));
            }
        }
        fields.addAll(budget(call, locale, values, errors));
        fields.addAll(charter(call, locale, values, errors));
        return fields;
    }

    /**
     * A call that funds (issue 32): the project's forecast budget, after the form's fields. What the call funds and up
     * to how much; the organisation's SIRET; an amount for each of the call's categories of eligible expenses and for
     * any other expense; the resources: the amount asked of the call, up to four other public funders, each asked or
     * obtained, and own funds; up to three contributions in kind with their value; last, where the server says that the
     * totals differ. A contribution gives none, which the intro says: a form field cannot hide for it.
     */
    private List<FormField> budget(
            Call call, Locale locale, Map<String, List<String>> values, Map<String, String> errors) {
        if (!call.funds()) {
            return List.of();
        }
        Funding funding = call.getFunding();
        List<FormField> fields = new ArrayList<>();
        fields.add(block("heading", message("portal.budget.title", locale), 2));
        fields.add(block(
                "paragraph",
                messages.getMessage(
                        "portal.budget.intro",
                        new Object[] {funding.getLargestShare(), Amounts.written(funding.getCeiling(), locale)},
                        locale),
                0));
        fields.add(budgetField(
                "textfield",
                BudgetAnswers.SIRET,
                message("portal.budget.siret", locale),
                message("portal.budget.siretHint", locale),
                true,
                null,
                values,
                errors));
        fields.add(block("heading", message("portal.budget.expenses", locale), 3));
        fields.add(block("paragraph", message("portal.budget.expensesIntro", locale), 0));
        List<String> categories = call.getFundingCategories();
        for (int i = 0; i < categories.size(); i++) {
            fields.add(budgetField(
                    "amount", BudgetAnswers.expenseField(i + 1), categories.get(i), null, false, null, values, errors));
        }
        fields.add(budgetField(
                "amount",
                BudgetAnswers.OTHER_EXPENSES,
                message("portal.budget.otherExpenses", locale),
                message("portal.budget.otherExpensesHint", locale),
                false,
                null,
                values,
                errors));
        fields.add(block("heading", message("portal.budget.resources", locale), 3));
        fields.add(budgetField(
                "amount",
                BudgetAnswers.ASKED,
                message("portal.budget.asked", locale),
                messages.getMessage(
                        "portal.budget.askedHint",
                        new Object[] {Amounts.written(funding.getCeiling(), locale), funding.getLargestShare()},
                        locale),
                true,
                null,
                values,
                errors));
        for (int position = 1; position <= BudgetAnswers.MAX_FUNDERS; position++) {
            Object[] number = {position};
            fields.add(budgetField(
                    "textfield",
                    BudgetAnswers.funderNameField(position),
                    messages.getMessage("portal.budget.funderName", number, locale),
                    position == 1 ? message("portal.budget.funderNameHint", locale) : null,
                    false,
                    BudgetAnswers.LONGEST_NAME,
                    values,
                    errors));
            fields.add(budgetField(
                    "amount",
                    BudgetAnswers.funderAmountField(position),
                    messages.getMessage("portal.budget.funderAmount", number, locale),
                    null,
                    false,
                    null,
                    values,
                    errors));
            fields.add(funderStatus(position, locale, values, errors));
        }
        fields.add(budgetField(
                "amount",
                BudgetAnswers.OWN_FUNDS,
                message("portal.budget.ownFunds", locale),
                null,
                false,
                null,
                values,
                errors));
        fields.add(block("heading", message("portal.budget.inKind", locale), 3));
        fields.add(block("paragraph", message("portal.budget.inKindIntro", locale), 0));
        for (int position = 1; position <= BudgetAnswers.MAX_IN_KIND; position++) {
            Object[] number = {position};
            fields.add(budgetField(
                    "textfield",
                    BudgetAnswers.inKindDescriptionField(position),
                    messages.getMessage("portal.budget.inKindDescription", number, locale),
                    null,
                    false,
                    BudgetAnswers.LONGEST_DESCRIPTION,
                    values,
                    errors));
            fields.add(budgetField(
                    "amount",
                    BudgetAnswers.inKindAmountField(position),
                    messages.getMessage("portal.budget.inKindAmount", number, locale),
                    null,
                    false,
                    null,
                    values,
                    errors));
        }
        fields.add(new FormField(
                "check",
                "f-" + BudgetAnswers.BALANCE,
                BudgetAnswers.BALANCE,
                message("portal.budget.balance", locale),
                message("portal.budget.balanceHint", locale),
                false,
                null,
                List.of(),
                null,
                errors.get(BudgetAnswers.BALANCE),
                null,
                0));
        return fields;
    }

    /** Whether another funder's support is asked or obtained: a choice. */
    private FormField funderStatus(
            int position, Locale locale, Map<String, List<String>> values, Map<String, String> errors) {
        String name = BudgetAnswers.funderStatusField(position);
        List<String> answered = values.getOrDefault(name, List.of());
        return new FormField(
                "radio",
                "f-" + name,
                name,
                messages.getMessage("portal.budget.funderStatus", new Object[] {position}, locale),
                null,
                false,
                null,
                BudgetAnswers.FunderAnswer.STATUSES.stream()
                        .map(status -> new FormField.Choice(
                                "f-" + name + "-" + status,
                                status,
                                message("portal.budget.funder." + status, locale),
                                answered.contains(status)))
                        .toList(),
                answered.isEmpty() ? null : answered.get(0),
                errors.get(name),
                null,
                0);
    }

    /** A field of the budget, the page's own and not the form file's: its value as posted, its error. */
    private static FormField budgetField(
            String type,
            String name,
            String label,
            String hint,
            boolean required,
            Integer maxLength,
            Map<String, List<String>> values,
            Map<String, String> errors) {
        List<String> typed = values.getOrDefault(name, List.of());
        return new FormField(
                type,
                "f-" + name,
                name,
                label,
                hint,
                required,
                maxLength,
                List.of(),
                typed.isEmpty() ? null : typed.get(0),
                errors.get(name),
                null,
                0);
    }

    /**
     * A labelling call's charter, after the form's fields: a heading, what accepting means, then for each commitment a
     * choice to accept it or not (required) and how the applicant keeps it (required when accepted, which the server
     * says: a form field cannot).
     */
    private List<FormField> charter(
            Call call, Locale locale, Map<String, List<String>> values, Map<String, String> errors) {
        if (!call.labels()) {
            return List.of();
        }
        List<FormField> fields = new ArrayList<>();
        fields.add(block(
                "heading",
                messages.getMessage(
                        "portal.charter.title",
                        new Object[] {call.getLabelling().getName()},
                        locale),
                2));
        fields.add(block("paragraph", messages.getMessage("portal.charter.intro", null, locale), 0));
        List<LabelCommitment> commitments = call.getLabelCommitments();
        for (int i = 0; i < commitments.size(); i++) {
            String words = commitments.get(i).label();
            String answer = ProposalSubmission.answerField(i + 1);
            String how = ProposalSubmission.howField(i + 1);
            List<String> answered = values.getOrDefault(answer, List.of());
            List<FormField.Choice> choices =
                    List.of(ProposalSubmission.Answer.ACCEPTED, ProposalSubmission.Answer.REFUSED).stream()
                            .map(value -> new FormField.Choice(
                                    "f-" + answer + "-" + value,
                                    value,
                                    messages.getMessage("portal.charter.answer." + value, null, locale),
                                    answered.contains(value)))
                            .toList();
            fields.add(new FormField(
                    "radio",
                    "f-" + answer,
                    answer,
                    words,
                    null,
                    true,
                    null,
                    choices,
                    answered.isEmpty() ? null : answered.get(0),
                    errors.get(answer),
                    null,
                    0));
            List<String> typed = values.getOrDefault(how, List.of());
            fields.add(new FormField(
                    "textfield",
                    "f-" + how,
                    how,
                    messages.getMessage("portal.charter.how", new Object[] {words}, locale),
                    messages.getMessage("portal.charter.howHint", null, locale),
                    false,
                    ProposalSubmission.Answer.LONGEST_HOW,
                    List.of(),
                    typed.isEmpty() ? null : typed.get(0),
                    errors.get(how),
                    null,
                    0));
        }
        return fields;
    }

    private String message(String key, Locale locale) {
        return messages.getMessage(key, null, locale);
    }

    /** A heading or a paragraph of text among the fields. */
    private static FormField block(String type, String text, int level) {
        return new FormField(type, null, null, text, null, false, null, List.of(), null, null, null, level);
    }

    /** The model of a form page: its fields with values and errors, and the error summary at the top. */
    void fill(Model model, Call call, Map<String, List<String>> values, Map<String, String> errors, Locale locale) {
        List<FormField> fields = fields(call, locale, values, errors);
        model.addAttribute("call", call);
        model.addAttribute("fields", fields);
        model.addAttribute("communeSuggestions", communeSuggestions(call));
        // A commitment of the charter is named in the call's words, as its field is.
        model.addAttribute(
                "errors",
                errors.entrySet().stream()
                        .map(error -> new FieldProblem(
                                "f-" + error.getKey(),
                                fields.stream()
                                        .filter(field -> error.getKey().equals(field.name()))
                                        .map(FormField::label)
                                        .findFirst()
                                        .orElseGet(() -> label(error.getKey(), locale)),
                                error.getValue()))
                        .toList());
    }

    /**
     * The names the commune field suggests (a datalist: the browser offers them as one types, without script): the
     * territory's communes, then the others of its départements, which the rules treat as nearby.
     */
    List<String> communeSuggestions(Call call) {
        Set<String> names = new LinkedHashSet<>();
        call.getTerritory().stream().map(Commune::name).sorted().forEach(names::add);
        communes.communesOf(communes.departementsOf(call.getTerritory())).forEach(c -> names.add(c.name()));
        return List.copyOf(names);
    }

    /**
     * The posted values as a submission: one value per single-value field, lists for checklists; the call is the one of
     * the address. A field sent twice where one value is expected is an error, not a choice.
     */
    ProposalSubmission parse(Map<String, List<String>> values, String slug, Map<String, String> errors, Locale locale) {
        Set<String> listKeys = listKeys();
        Map<String, Object> raw = new LinkedHashMap<>();
        for (String key : ProposalSubmission.FIELDS) {
            List<String> posted = values.getOrDefault(key, List.of());
            if (listKeys.contains(key)) {
                raw.put(key, posted);
            } else if (posted.size() > 1) {
                errors.put(key, messages.getMessage("validation.singleValue", null, locale));
            } else if (!posted.isEmpty()) {
                raw.put(key, posted.get(0));
            }
        }
        raw.put(ProposalSubmission.CALL_SLUG.name(), slug);
        return ProposalSubmission.fromFormValues(raw)
                .withCommitments(answers(values, errors, locale))
                .withBudget(budgetAnswers(values, errors, locale));
    }

    /**
     * A budget's fields as posted, whatever the call: the server asks for one of a funding call's projects only. As
     * many expenses as the page posted (its fields are always sent), every row of funders and contributions in kind.
     */
    private BudgetAnswers budgetAnswers(Map<String, List<String>> values, Map<String, String> errors, Locale locale) {
        List<String> expenses = new ArrayList<>();
        for (int position = 1; position <= Funding.MAX_CATEGORIES; position++) {
            String field = BudgetAnswers.expenseField(position);
            if (!values.containsKey(field)) {
                break;
            }
            expenses.add(single(values, field, errors, locale));
        }
        List<BudgetAnswers.FunderAnswer> funders = new ArrayList<>();
        for (int position = 1; position <= BudgetAnswers.MAX_FUNDERS; position++) {
            funders.add(new BudgetAnswers.FunderAnswer(
                    single(values, BudgetAnswers.funderNameField(position), errors, locale),
                    single(values, BudgetAnswers.funderAmountField(position), errors, locale),
                    single(values, BudgetAnswers.funderStatusField(position), errors, locale)));
        }
        List<BudgetAnswers.InKindAnswer> inKind = new ArrayList<>();
        for (int position = 1; position <= BudgetAnswers.MAX_IN_KIND; position++) {
            inKind.add(new BudgetAnswers.InKindAnswer(
                    single(values, BudgetAnswers.inKindDescriptionField(position), errors, locale),
                    single(values, BudgetAnswers.inKindAmountField(position), errors, locale)));
        }
        return new BudgetAnswers(
                single(values, BudgetAnswers.SIRET, errors, locale),
                expenses,
                single(values, BudgetAnswers.OTHER_EXPENSES, errors, locale),
                single(values, BudgetAnswers.ASKED, errors, locale),
                funders,
                single(values, BudgetAnswers.OWN_FUNDS, errors, locale),
                inKind);
    }

    /** A budget kept, in its fields. */
    private static void budgetValues(BudgetAnswers budget, Map<String, List<String>> values) {
        put(values, BudgetAnswers.SIRET, budget.siret());
        for (int i = 0; i < budget.expenses().size(); i++) {
            put(values, BudgetAnswers.expenseField(i + 1), budget.expense(i));
        }
        put(values, BudgetAnswers.OTHER_EXPENSES, budget.otherExpenses());
        put(values, BudgetAnswers.ASKED, budget.asked());
        for (int i = 0; i < budget.funders().size(); i++) {
            BudgetAnswers.FunderAnswer funder = budget.funders().get(i);
            put(values, BudgetAnswers.funderNameField(i + 1), funder.name());
            put(values, BudgetAnswers.funderAmountField(i + 1), funder.amount());
            put(values, BudgetAnswers.funderStatusField(i + 1), funder.status());
        }
        put(values, BudgetAnswers.OWN_FUNDS, budget.ownFunds());
        for (int i = 0; i < budget.inKind().size(); i++) {
            BudgetAnswers.InKindAnswer contribution = budget.inKind().get(i);
            put(values, BudgetAnswers.inKindDescriptionField(i + 1), contribution.description());
            put(values, BudgetAnswers.inKindAmountField(i + 1), contribution.amount());
        }
    }

    private static void put(Map<String, List<String>> values, String key, String value) {
        if (value != null) {
            values.put(key, List.of(value));
        }
    }

    /**
     * The answers to a charter, in its order: as many as the page posted (its how-fields are always sent, its choices
     * once made); none for a call without one. Blank is no answer.
     */
    private List<ProposalSubmission.Answer> answers(
            Map<String, List<String>> values, Map<String, String> errors, Locale locale) {
        List<ProposalSubmission.Answer> answers = new ArrayList<>();
        for (int position = 1; position <= Labelling.MAX_COMMITMENTS; position++) {
            String answer = ProposalSubmission.answerField(position);
            String how = ProposalSubmission.howField(position);
            if (!values.containsKey(answer) && !values.containsKey(how)) {
                break;
            }
            answers.add(new ProposalSubmission.Answer(
                    single(values, answer, errors, locale), single(values, how, errors, locale)));
        }
        return answers;
    }

    private String single(Map<String, List<String>> values, String key, Map<String, String> errors, Locale locale) {
        List<String> posted = values.getOrDefault(key, List.of());
        if (posted.size() > 1) {
            errors.put(key, messages.getMessage("validation.singleValue", null, locale));
            return null;
        }
        return posted.isEmpty() || posted.get(0).isBlank()
                ? null
                : posted.get(0).strip();
    }

    /** The server's verdict, one message per field (the first), in the reader's language. */
    Map<String, String> errors(SubmissionRejected rejected, Locale locale) {
        Map<String, String> errors = new LinkedHashMap<>();
        rejected.errors().forEach(error -> errors.putIfAbsent(error.field(), messages.getMessage(error, locale)));
        return errors;
    }

    /** An entry of the error summary: links to the field, says what is wrong. */
    record FieldProblem(String fieldId, String label, String message) {}

    /** The label of a field in the reader's language, for error summaries. */
    String label(String key, Locale locale) {
        return form.component(key)
                .map(c -> messages.getMessage("form." + key + ".label", null, c.label(), locale))
                .orElseGet(() -> messages.getMessage("field." + key, null, key, locale));
    }

    /** Markdown of the form's text blocks: "## " opens the page, "### " a section; other lines are paragraphs. */
    private List<FormField> text(CamundaForm.Component component, Locale locale) {
        String markdown = messages.getMessage("form.text." + component.id(), null, component.text(), locale);
        List<FormField> blocks = new ArrayList<>();
        for (String line : markdown.split("\n")) {
            String trimmed = line.strip();
            if (trimmed.isEmpty()) {
                continue;
            }
            int hashes = trimmed.indexOf(' ');
            if (trimmed.startsWith("#")
                    && hashes > 0
                    && trimmed.substring(0, hashes).chars().allMatch(ch -> ch == '#')) {
                blocks.add(new FormField(
                        "heading",
                        null,
                        null,
                        trimmed.substring(hashes + 1),
                        null,
                        false,
                        null,
                        List.of(),
                        null,
                        null,
                        null,
                        Math.max(1, hashes - 1)));
            } else {
                blocks.add(new FormField(
                        "paragraph", null, null, trimmed, null, false, null, List.of(), null, null, null, 0));
            }
        }
        return blocks;
    }

    private FormField input(
            CamundaForm.Component component, Call call, Locale locale, List<String> current, String error) {
        String key = component.key();
        String id = "f-" + key;
        String label = messages.getMessage("form." + key + ".label", null, component.label(), locale);
        String description = component.description() == null
                ? null
                : messages.getMessage("form." + key + ".description", null, component.description(), locale);
        List<FormField.Choice> choices = options(component, call, locale).entrySet().stream()
                .map(option -> new FormField.Choice(
                        id + "-" + option.getKey(),
                        option.getKey(),
                        option.getValue(),
                        current.contains(option.getKey())))
                .toList();
        String type = "datetime".equals(component.type()) ? "date" : component.type();
        String showWhen = component.shownWhen() == null
                ? null
                : component.shownWhen().key() + "=" + component.shownWhen().value();
        return new FormField(
                type,
                id,
                key,
                label,
                description,
                component.required(),
                component.maxLength(),
                choices,
                current.isEmpty() ? null : current.get(0),
                error,
                showWhen,
                0);
    }

    /**
     * value → label, in the form's order; the call's own lists where calls differ, translated where a translation of
     * the code exists (the reference call's themes and criteria), in the call's words otherwise.
     */
    private Map<String, String> options(CamundaForm.Component component, Call call, Locale locale) {
        Map<String, String> options = new LinkedHashMap<>();
        String key = component.key();
        if (ProposalSubmission.THEMES.name().equals(key)) {
            call.getThemes()
                    .forEach(theme -> options.put(
                            theme.code(),
                            theme.labelEn() != null && "en".equals(locale.getLanguage())
                                    ? theme.labelEn()
                                    : optionLabel(key, new CamundaForm.Option(theme.code(), theme.label()), locale)));
        } else if (ProposalSubmission.BONUS_CRITERIA.name().equals(key)) {
            call.criteriaOfKind(Criterion.Kind.BONUS)
                    .forEach(criterion -> options.put(
                            criterion.code(),
                            optionLabel(key, new CamundaForm.Option(criterion.code(), criterion.label()), locale)));
        } else if (ProposalSubmission.UMBRELLA_EVENT.name().equals(key)) {
            call.umbrellaEventNames().forEach(event -> options.put(event, event));
        } else {
            component
                    .options()
                    .forEach(option -> options.put(option.value(), optionLabel(component.key(), option, locale)));
        }
        return options;
    }

    String optionLabel(String key, CamundaForm.Option option, Locale locale) {
        return messages.getMessage("form." + key + ".option." + option.value(), null, option.label(), locale);
    }
}
