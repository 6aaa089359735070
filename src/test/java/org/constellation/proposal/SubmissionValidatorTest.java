package org.constellation.proposal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.Period;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.constellation.call.Call;
import org.constellation.call.CallTheme;
import org.constellation.call.Criterion;
import org.constellation.call.Funding;
import org.constellation.call.LabelCommitment;
import org.constellation.call.Season;
import org.constellation.call.UmbrellaEvent;
import org.constellation.workflow.CamundaForm;
import org.constellation.workflow.EmailAddresses;
import org.junit.jupiter.api.Test;
import org.springframework.context.support.ResourceBundleMessageSource;

/** The submission form's rules as the server enforces them, with messages in the applicant's language. */
class SubmissionValidatorTest {

    final ResourceBundleMessageSource messages = new ResourceBundleMessageSource();
    final Call call =
            new Call("appel", new Season("s", "S", LocalDate.of(2027, 9, 1), LocalDate.of(2028, 8, 31)), "Appel");

    SubmissionValidatorTest() {
        messages.setBasename("messages");
        messages.setDefaultEncoding("UTF-8");
        messages.setFallbackToSystemLocale(false);
        call.getThemes().add(new CallTheme("astronomy", "Astronomie"));
        call.getCriteria().add(new Criterion(Criterion.Kind.BONUS, "network", "Réseau"));
    }

    Map<String, Object> valid() {
        Map<String, Object> values = new HashMap<>();
        values.put("kind", "PROJECT");
        values.put("organisationName", "Club");
        values.put("organisationType", "ASSOCIATION");
        values.put("contactName", "Alice");
        values.put("contactEmail", "alice@example.org");
        values.put("title", "Titre");
        values.put("summary", "Résumé\nsur deux lignes");
        values.put("themes", List.of("astronomy"));
        values.put("plannedStart", "2027-10-12");
        values.put("plannedEnd", "2027-10-12T00:00:00.000Z");
        values.put("commune", "Grenoble");
        return values;
    }

    SubmissionRejected rejection(Map<String, Object> values, Locale locale) {
        try {
            new SubmissionValidator(messages).rejectIfInvalid(ProposalSubmission.fromFormValues(values), call, locale);
        } catch (SubmissionRejected rejected) {
            return rejected;
        }
        return null;
    }

    List<String> fieldsIn(SubmissionRejected rejected) {
        return rejected.errors().stream()
                .map(error -> error.field() + ":" + error.code())
                .toList();
    }

    @Test
    void aCompleteProjectPasses() {
        assertThat(rejection(valid(), Locale.FRENCH)).isNull();
    }

    @Test
    void everyBrokenRuleIsReportedAtOnceOnItsField() {
        Map<String, Object> values = valid();
        values.put("kind", "PARTY");
        values.put("contactEmail", "alice at example");
        values.put("title", "Ligne 1\r\nBcc: victim@example.org");
        values.put("summary", "bip\u0007");
        values.put("themes", List.of("cooking"));
        values.put("plannedEnd", "2027-10-01");
        values.put("bonusCriteria", List.of("fame"));
        assertThat(fieldsIn(rejection(values, Locale.FRENCH)))
                .containsExactly(
                        "kind:choice",
                        "contactEmail:email",
                        "title:singleLine",
                        "summary:controlCharacters",
                        "themes:choice",
                        "plannedEnd:endBeforeStart",
                        "bonusCriteria:choice");
    }

    @Test
    void aProjectNeedsDatesAndACommuneButAnIntentionDoesNot() {
        Map<String, Object> values = valid();
        values.remove("plannedStart");
        values.remove("plannedEnd");
        values.remove("commune");
        assertThat(fieldsIn(rejection(values, Locale.FRENCH)))
                .containsExactly("plannedStart:required", "plannedEnd:required", "commune:required");
        values.put("kind", "INTENTION");
        assertThat(rejection(values, Locale.FRENCH)).isNull();
    }

    @Test
    void aContributionSaysWhatItOffers() {
        Map<String, Object> values = valid();
        values.put("kind", "CONTRIBUTION");
        assertThat(fieldsIn(rejection(values, Locale.FRENCH)))
                .containsExactly("offers:offerRequired", "offerDescription:required");
    }

    @Test
    void theMessageSpeaksTheApplicantsLanguage() {
        Map<String, Object> values = valid();
        values.put("title", "x".repeat(201));
        assertThat(rejection(values, Locale.FRENCH).readableMessage()).isEqualTo("Titre : 200 caractères au plus.");
        assertThat(rejection(values, Locale.ENGLISH).readableMessage()).isEqualTo("Title: 200 characters at most.");
    }

    /** The form's own rules (a pattern here) are worded by the field when it has words of its own. */
    @Test
    void aRefusalOfTheFormIsWordedForItsField() {
        Map<String, Object> values = valid();
        values.put("contactPhone", "appelez-moi");
        assertThat(fieldsIn(rejection(values, Locale.FRENCH))).containsExactly("contactPhone:format");
        assertThat(rejection(values, Locale.FRENCH).readableMessage())
                .isEqualTo("Téléphone : numéro de téléphone invalide.");
        assertThat(rejection(values, Locale.ENGLISH).readableMessage()).isEqualTo("Phone: invalid phone number.");
    }

    /**
     * The server enforces what forms/proposal-submission.form declares, field by field: the longest value it allows
     * passes and one character more is refused; a required field left empty is refused; every listed choice passes and
     * an unlisted one is refused. A rule changed in the form and not on the server (or the reverse) fails here.
     */
    @Test
    void theServerEnforcesTheRulesOfTheFormFile() {
        call.getUmbrellaEvents().add(new UmbrellaEvent("Nuit des étoiles"));
        CamundaForm form = CamundaForm.load("proposal-submission");
        for (CamundaForm.Component field : form.inputs()) {
            String key = field.key();
            if (key.equals("callSlug")) {
                continue;
            }
            if (field.maxLength() != null) {
                // An address at its longest: 64 characters before the @ (RFC 5321), a long domain after it.
                String longest = key.equals("contactEmail")
                        ? "a".repeat(64) + "@" + ("b".repeat(61) + ".").repeat(3)
                                + "o".repeat(field.maxLength() - 64 - 1 - 186)
                        : key.equals("contactPhone") ? "0".repeat(field.maxLength()) : "x".repeat(field.maxLength());
                assertThat(rejection(with(key, longest), Locale.FRENCH))
                        .as(key + " at its longest")
                        .isNull();
                assertThat(fieldsIn(rejection(with(key, longest + "x"), Locale.FRENCH)))
                        .as(key)
                        .contains(key + ":tooLong");
            }
            if (field.required()) {
                Map<String, Object> without = with(key, null);
                without.remove(key);
                assertThat(fieldsIn(rejection(without, Locale.FRENCH)))
                        .as(key + " required")
                        .anyMatch(error -> error.startsWith(key + ":"));
            }
            if (!field.options().isEmpty()
                    && !List.of("themes", "bonusCriteria", "umbrellaEvent").contains(key)) {
                boolean list = field.type().equals("checklist");
                for (CamundaForm.Option option : field.options()) {
                    Map<String, Object> values = with(key, list ? List.of(option.value()) : option.value());
                    if (key.equals("kind") && option.value().equals("CONTRIBUTION")) {
                        values.put("offers", List.of("ROOM"));
                        values.put("offerDescription", "Une salle de 80 places");
                    }
                    assertThat(rejection(values, Locale.FRENCH))
                            .as(key + "=" + option.value())
                            .isNull();
                }
                Object unlisted = list ? List.of("NOT_AN_OPTION") : "NOT_AN_OPTION";
                assertThat(fieldsIn(rejection(with(key, unlisted), Locale.FRENCH)))
                        .as(key)
                        .contains(key + ":choice");
            }
        }
    }

    private Map<String, Object> with(String key, Object value) {
        Map<String, Object> values = valid();
        values.put(key, value);
        return values;
    }

    @Test
    void aDateWithAnythingAfterTheDayIsRefusedNotCut() {
        Map<String, Object> values = valid();
        values.put("plannedStart", "2027-10-12' OR 1=1");
        assertThat(fieldsIn(rejection(values, Locale.FRENCH))).contains("plannedStart:date");
        values.put("plannedStart", "2027-10-12T18:00:00+02:00");
        assertThat(rejection(values, Locale.FRENCH)).isNull();
    }

    @Test
    void invisibleAndBidirectionalCharactersAreRefusedInNamesAndTitles() {
        for (String sneaky : List.of("\u202Eexe.jpg", "Ti\u200Btre", "Ti\uFEFFtre", "Titre\u2028suite")) {
            Map<String, Object> values = valid();
            values.put("title", sneaky);
            values.put("contactName", sneaky);
            assertThat(fieldsIn(rejection(values, Locale.FRENCH)))
                    .as(sneaky)
                    .contains("title:controlCharacters", "contactName:controlCharacters");
        }
        Map<String, Object> hyphenated = valid();
        hyphenated.put("title", "Astro\u00ADnomie");
        assertThat(rejection(hyphenated, Locale.FRENCH)).isNull();
    }

    @Test
    void anAddressTheMailerCannotParseIsRefused() {
        for (String unsendable : List.of(
                "<script>@x.test",
                "a b@example.org",
                "Alice <alice@example.org>",
                "alice@exa mple.org",
                "alice@@example.org",
                "alice@example..org")) {
            assertThat(EmailAddresses.isSendable(unsendable)).as(unsendable).isFalse();
        }
        assertThat(EmailAddresses.isSendable("alice.martin+saison@example.org")).isTrue();
        Map<String, Object> values = valid();
        values.put("contactEmail", "<script>@x.test");
        assertThat(fieldsIn(rejection(values, Locale.FRENCH))).contains("contactEmail:email");
    }

    @Test
    void aContributionNeedsNoThemeAProjectDoes() {
        Map<String, Object> room = valid();
        room.put("kind", "CONTRIBUTION");
        room.put("themes", List.of());
        room.put("offers", List.of("ROOM"));
        room.put("offerDescription", "Une salle de 80 places.");
        room.put("roomCapacity", "80");
        assertThat(rejection(room, Locale.FRENCH)).isNull();
        Map<String, Object> project = valid();
        project.put("themes", List.of());
        assertThat(fieldsIn(rejection(project, Locale.FRENCH))).contains("themes:themeRequired");
    }

    SubmissionRejected rejection(ProposalSubmission submission) {
        return rejection(submission, Locale.FRENCH);
    }

    SubmissionRejected rejection(ProposalSubmission submission, Locale locale) {
        try {
            new SubmissionValidator(messages).rejectIfInvalid(submission, call, locale);
        } catch (SubmissionRejected rejected) {
            return rejected;
        }
        return null;
    }

    /**
     * A labelling call's charter (issue 31), answered on the portal: each commitment taken or not, how a commitment
     * taken is kept, on one line. Tasklist's form answers none: the reviewer then checks each with the holder.
     */
    @Test
    void aLabellingCallsCharterIsAnsweredWhole() {
        call.getLabelling().set(true, "Made in Nouvelle-Aquitaine", null);
        call.setLabelCommitments(List.of(
                new LabelCommitment("Gratuit", LabelCommitment.CheckedBy.FORM),
                new LabelCommitment("Un scientifique présent", LabelCommitment.CheckedBy.REVIEWER)));
        ProposalSubmission fromTasklist = ProposalSubmission.fromFormValues(valid());
        assertThat(rejection(fromTasklist)).isNull();

        SubmissionRejected rejected = rejection(fromTasklist.withCommitments(List.of(
                new ProposalSubmission.Answer("ACCEPTED", null), new ProposalSubmission.Answer(null, "Peut-être"))));
        assertThat(fieldsIn(rejected)).containsExactly("commitment1How:howRequired", "commitment2:commitmentRequired");
        assertThat(rejected.errors().get(1).getCodes()).contains("validation.commitmentRequired");
        assertThat(fieldsIn(rejection(fromTasklist.withCommitments(List.of(
                        new ProposalSubmission.Answer("MAYBE", "Oui"),
                        new ProposalSubmission.Answer("ACCEPTED", "Une astronome\nau laboratoire"))))))
                .containsExactly("commitment1:choice", "commitment2How:singleLine");
        assertThat(fieldsIn(rejection(fromTasklist.withCommitments(List.of(
                        new ProposalSubmission.Answer("REFUSED", null),
                        new ProposalSubmission.Answer("ACCEPTED", "x".repeat(501)))))))
                .containsExactly("commitment2How:tooLong");
        assertThat(rejection(fromTasklist.withCommitments(List.of(
                        new ProposalSubmission.Answer("REFUSED", null),
                        new ProposalSubmission.Answer("ACCEPTED", "Une astronome du laboratoire.")))))
                .as("a commitment refused is an answer: the check fails it, the form does not")
                .isNull();
    }

    /** A call that funds (issue 32): 10 000 € at most a project, half its eligible expenses, two categories. */
    void funds() {
        call.getFunding()
                .set(
                        true,
                        3_000_000L,
                        1_000_000L,
                        50,
                        50,
                        Period.ofMonths(6),
                        Funding.AGREEMENT_THRESHOLD,
                        false,
                        "Grenoble-Alpes Métropole",
                        "35600000000048");
        call.setFundingCategories(List.of("Intervenants", "Matériel"));
    }

    /** 20 000 € of eligible expenses and a room lent worth 500 €, for 8 000 € asked, 6 000 € asked of the Région. */
    static BudgetAnswers balanced() {
        return new BudgetAnswers(
                "732 829 320 00074",
                List.of("12 000", "8 000"),
                null,
                "8 000 €",
                List.of(
                        new BudgetAnswers.FunderAnswer("Région", "6 000", "ASKED"),
                        new BudgetAnswers.FunderAnswer(null, null, null)),
                "6 000",
                List.of(new BudgetAnswers.InKindAnswer("Salle prêtée par la mairie", "500")));
    }

    static BudgetAnswers with(BudgetAnswers b, List<String> expenses, String other, String asked, String ownFunds) {
        return new BudgetAnswers(b.siret(), expenses, other, asked, b.funders(), ownFunds, b.inKind());
    }

    String message(SubmissionRejected rejected, int index, Locale locale) {
        return messages.getMessage(rejected.errors().get(index), locale);
    }

    @Test
    void aFundingCallsBalancedBudgetWithinItsLimitsPasses() {
        funds();
        ProposalSubmission fromTasklist = ProposalSubmission.fromFormValues(valid());
        assertThat(rejection(fromTasklist))
                .as("Tasklist's form cannot list the call's categories: it gives no budget")
                .isNull();
        assertThat(rejection(fromTasklist.withBudget(balanced()))).isNull();
    }

    /** Totals that differ are refused where the page says so, with both totals in the applicant's words. */
    @Test
    void anUnbalancedBudgetIsRefusedWithItsTotals() {
        funds();
        ProposalSubmission unbalanced = ProposalSubmission.fromFormValues(valid())
                .withBudget(with(balanced(), List.of("12 000", "8 000"), null, "8 000", "5 000"));
        SubmissionRejected rejected = rejection(unbalanced);
        assertThat(fieldsIn(rejected)).containsExactly("budgetBalance:budgetUnbalanced");
        assertThat(message(rejected, 0, Locale.FRENCH))
                .isEqualTo("le budget n’est pas équilibré : 20\u202F500\u00A0€ de dépenses pour 19\u202F500\u00A0€ de"
                        + " ressources. Les deux totaux doivent être égaux.");
        assertThat(message(rejection(unbalanced, Locale.ENGLISH), 0, Locale.ENGLISH))
                .contains("€20,500 of expenses for €19,500 of resources");
    }

    @Test
    void theAmountAskedStaysWithinTheCeilingAndTheShare() {
        funds();
        ProposalSubmission project = ProposalSubmission.fromFormValues(valid());
        SubmissionRejected aboveCeiling =
                rejection(project.withBudget(with(balanced(), List.of("12 000", "8 000"), null, "12 000", "2 000")));
        assertThat(fieldsIn(aboveCeiling)).containsExactly("budgetAsked:aboveCeiling");
        assertThat(message(aboveCeiling, 0, Locale.FRENCH))
                .isEqualTo("vous demandez 12\u202F000\u00A0€, au-delà du plafond de l’appel : 10\u202F000\u00A0€ par"
                        + " projet.");
        SubmissionRejected aboveShare =
                rejection(project.withBudget(with(balanced(), List.of("6 000", "8 000"), "6 000", "8 000", "6 000")));
        assertThat(fieldsIn(aboveShare)).containsExactly("budgetAsked:aboveShare");
        assertThat(message(aboveShare, 0, Locale.FRENCH))
                .isEqualTo("vous demandez 8\u202F000\u00A0€, au-delà de 50 % de vos dépenses éligibles"
                        + " (14\u202F000\u00A0€) : 7\u202F000\u00A0€ au plus.");
        assertThat(rejection(
                        project.withBudget(with(balanced(), List.of("6 000", "8 000"), "7 000", "7 000", "8 000"))))
                .as("exactly half of the eligible expenses")
                .isNull();
    }

    /** Each amount read as French writes it, each row of funders and contributions whole; the totals wait for them. */
    @Test
    void everyFieldOfTheBudgetIsCheckedBesideItself() {
        funds();
        BudgetAnswers broken = new BudgetAnswers(
                "732 829 320 00075",
                List.of("douze mille", "8 000"),
                "1,234",
                null,
                List.of(
                        new BudgetAnswers.FunderAnswer("Région", "6 000", "MAYBE"),
                        new BudgetAnswers.FunderAnswer("Département", null, null),
                        new BudgetAnswers.FunderAnswer("Ville\nde Grenoble", "1 000", "OBTAINED")),
                "-2 000",
                List.of(new BudgetAnswers.InKindAnswer(null, "500"), new BudgetAnswers.InKindAnswer(null, null)));
        SubmissionRejected rejected =
                rejection(ProposalSubmission.fromFormValues(valid()).withBudget(broken));
        assertThat(fieldsIn(rejected))
                .containsExactly(
                        "siret:siret",
                        "budgetExpense1:amount",
                        "budgetOtherExpenses:amount",
                        "budgetAsked:required",
                        "budgetFunder1Status:choice",
                        "budgetFunder2Amount:required",
                        "budgetFunder2Status:required",
                        "budgetFunder3Name:singleLine",
                        "budgetOwnFunds:amountNegative",
                        "budgetInKind1Description:required");
        assertThat(message(rejected, 1, Locale.FRENCH))
                .isEqualTo("un montant en euros, par exemple 12 000 ou 12 000,50.");
        assertThat(message(rejected, 0, Locale.FRENCH)).contains("SIRET de 14 chiffres");
    }

    /** A contribution lends: it asks for nothing, and gives no budget; a call that funds nothing asks for none. */
    @Test
    void onlyAFundingCallsProjectsAndIntentionsGiveABudget() {
        funds();
        BudgetAnswers empty = new BudgetAnswers(null, List.of(), null, null, List.of(), null, List.of());
        Map<String, Object> contribution = valid();
        contribution.put("kind", "CONTRIBUTION");
        contribution.put("offers", List.of("ROOM"));
        contribution.put("offerDescription", "Une salle de 80 places");
        assertThat(rejection(ProposalSubmission.fromFormValues(contribution).withBudget(empty)))
                .isNull();
        Map<String, Object> intention = valid();
        intention.put("kind", "INTENTION");
        assertThat(fieldsIn(
                        rejection(ProposalSubmission.fromFormValues(intention).withBudget(empty))))
                .containsExactly("siret:required", "budgetAsked:required");
        call.getFunding()
                .set(false, null, null, null, 50, Period.ofMonths(6), Funding.AGREEMENT_THRESHOLD, false, null, null);
        assertThat(rejection(ProposalSubmission.fromFormValues(intention).withBudget(empty)))
                .isNull();
    }
}
