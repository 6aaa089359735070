package org.constellation.workflow;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import java.io.File;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The deployed forms' own rules, read from forms/, as every task completion is checked against them. */
class FormRulesTest {

    static List<String> problems(String form, Map<String, Object> values) {
        return FormRules.problems(CamundaForm.load(form), values::get);
    }

    static Map<String, Object> values(Object... pairs) {
        Map<String, Object> values = new HashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            values.put((String) pairs[i], pairs[i + 1]);
        }
        return values;
    }

    @Test
    void aRequiredChoiceMustBeMadeAndBeOneOfTheForms() {
        assertThat(problems("check-eligibility", values()))
                .singleElement()
                .asString()
                .endsWith(" : ce champ est obligatoire.");
        assertThat(problems("check-eligibility", values("eligibilityDecision", "MAYBE")))
                .singleElement()
                .asString()
                .endsWith(" : choix inconnu « MAYBE ».");
        assertThat(problems("check-eligibility", values("eligibilityDecision", "ELIGIBLE")))
                .isEmpty();
        assertThat(problems("check-eligibility", values("eligibilityDecision", List.of("ELIGIBLE", "INELIGIBLE"))))
                .as("a list sent for one choice, over the REST API")
                .contains("Décision : une valeur simple, s'il vous plaît.");
    }

    @Test
    void aReasonIsAskedOnlyWhereTheFormShowsItForTheseValues() {
        // The reviewer overrules the automatic PASS: Tasklist shows the reason field, which is required.
        Map<String, Object> overruled =
                values("eligibilityDecision", "INELIGIBLE", "datesAutomatic", "PASS", "datesVerdict", "FAIL");
        assertThat(problems("check-eligibility", overruled))
                .singleElement()
                .asString()
                .endsWith(" : ce champ est obligatoire.");
        overruled.put("datesReason", "Les dates tombent hors de la saison.");
        assertThat(problems("check-eligibility", overruled)).isEmpty();
        // Agreeing with the rules, or deciding a criterion they could not (CHECK), needs no reason.
        assertThat(problems(
                        "check-eligibility",
                        values("eligibilityDecision", "ELIGIBLE", "datesAutomatic", "PASS", "datesVerdict", "PASS")))
                .isEmpty();
        assertThat(problems(
                        "check-eligibility",
                        values("eligibilityDecision", "ELIGIBLE", "datesAutomatic", "CHECK", "datesVerdict", "FAIL")))
                .isEmpty();
    }

    @Test
    void aCallsOwnCriterionNeedsTheReviewersReasonAndARequestForInformationItsText() {
        Map<String, Object> own =
                values("eligibilityDecision", "ELIGIBLE", "custom1Automatic", "CHECK", "custom1Verdict", "PASS");
        assertThat(problems("check-eligibility", own))
                .singleElement()
                .asString()
                .endsWith(" : ce champ est obligatoire.");
        own.put("custom1Reason", "Porté par des lycéens.");
        assertThat(problems("check-eligibility", own)).isEmpty();
        assertThat(problems("check-eligibility", values("eligibilityDecision", "INCOMPLETE")))
                .containsExactly("Informations à demander au porteur : ce champ est obligatoire.");
    }

    @Test
    void textsKeepToTheirLength() {
        assertThat(problems(
                        "prepare-programme-entry",
                        values(
                                "entryShortDescription",
                                "x".repeat(201),
                                "entryDescription",
                                "Une soirée d'observation.",
                                "entryStartsAt",
                                "2027-10-12T20:00+02:00",
                                "entryEndsAt",
                                "2027-10-12T23:00+02:00",
                                "entryAttendanceMode",
                                "OFFLINE")))
                .singleElement()
                .asString()
                .endsWith(" : 200 caractères au plus.");
    }

    @Test
    void aHiddenFieldIsNotChecked() {
        String tooLong = "x".repeat(4001);
        assertThat(problems(
                        "check-eligibility", values("eligibilityDecision", "ELIGIBLE", "eligibilityReasons", tooLong)))
                .isEmpty();
        assertThat(problems(
                        "check-eligibility",
                        values("eligibilityDecision", "INELIGIBLE", "eligibilityReasons", tooLong)))
                .singleElement()
                .asString()
                .endsWith(" : 4000 caractères au plus.");
    }

    @Test
    void numbersStayWithinTheFormsBoundsAndDatesParse() {
        Map<String, Object> forum = values(
                "forumAt",
                "2027-03-12T14:00+01:00",
                "forumPlace",
                "Salle des fêtes",
                "forumTables",
                20L,
                "forumSlotMinutes",
                15L,
                "forumSlots",
                8L);
        assertThat(problems("organise-forum", forum)).isEmpty();
        forum.put("forumTables", 0L);
        forum.put("forumSlots", "beaucoup");
        forum.put("forumAt", "demain");
        assertThat(problems("organise-forum", forum))
                .containsExactlyInAnyOrder(
                        "Date et heure du forum : date et heure invalides.",
                        "Nombre de tables : un nombre entre 1 et 500.",
                        "Nombre de créneaux : un nombre, s'il vous plaît.");
    }

    @Test
    void optionsOfferedByTheTaskAreTheOnlyOnesAccepted() {
        Map<String, Object> chosen = values(
                "introducedPartners",
                List.of("42"),
                "partnerCandidates",
                "[{\"label\":\"Club d'astronomie\",\"value\":\"42\"}]");
        assertThat(problems("match-partners", chosen)).isEmpty();
        chosen.put("introducedPartners", List.of("42", "7"));
        assertThat(problems("match-partners", chosen))
                .singleElement()
                .asString()
                .endsWith(" : choix inconnu « 7 ».");
    }

    @Test
    void everyConditionOfEveryFormIsFeelTheEngineReads() {
        for (File file : new File("forms").listFiles((dir, name) -> name.endsWith(".form"))) {
            CamundaForm form = CamundaForm.load(file.getName().replace(".form", ""));
            form.inputs()
                    .forEach(field -> assertThatCode(() -> FormRules.hidden(field, key -> null))
                            .as(form.id() + " " + field.key())
                            .doesNotThrowAnyException());
        }
    }
}
