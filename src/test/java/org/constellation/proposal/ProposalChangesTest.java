package org.constellation.proposal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.Period;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.constellation.call.Call;
import org.constellation.call.CallTheme;
import org.constellation.call.Season;
import org.junit.jupiter.api.Test;

/** What a correction changed, in the team's words: labels, choices and dates as people read them, never codes. */
class ProposalChangesTest {

    private static ProposalSubmission submission(Map<String, Object> changed) {
        Map<String, Object> values = new HashMap<>(Map.of(
                "callSlug",
                "appel",
                "kind",
                "PROJECT",
                "organisationName",
                "Club",
                "organisationType",
                "ASSOCIATION",
                "contactName",
                "Alice Martin",
                "contactEmail",
                "alice@example.org",
                "language",
                "fr",
                "title",
                "Nuit des étoiles",
                "summary",
                "Résumé",
                "themes",
                List.of("astronomy")));
        values.put("audiences", List.of("GENERAL_PUBLIC"));
        values.put("plannedStart", "2027-10-12");
        values.put("commune", "Meylan");
        values.putAll(changed);
        return ProposalSubmission.fromFormValues(values);
    }

    @Test
    void eachChangedAnswerIsOneLineInWordsAndPersonalDetailsAreNotQuoted() {
        Call call = new Call(
                "appel", new Season("saison", "Saison", LocalDate.of(2027, 9, 1), LocalDate.of(2028, 8, 31)), "Appel");
        call.getThemes().add(new CallTheme("astronomy", "Astronomie"));
        call.getThemes().add(new CallTheme("comets", "Comètes"));

        List<String> changes = ProposalChanges.between(
                submission(Map.of()),
                submission(Map.of(
                        "commune",
                        "Chambéry",
                        "plannedStart",
                        "2028-09-01",
                        "themes",
                        List.of("astronomy", "comets"),
                        "audiences",
                        List.of("GENERAL_PUBLIC", "FAMILIES"),
                        "contactEmail",
                        "alice@autre.example.org")),
                call);

        assertThat(changes)
                .contains(
                        "Commune où se déroule la proposition : Meylan → Chambéry",
                        "Date de début prévue : 12 octobre 2027 → 1er septembre 2028",
                        "Thèmes de l'appel : Astronomie → Astronomie, Comètes");
        assertThat(changes)
                .anySatisfy(line -> assertThat(line).endsWith(" : modifié").doesNotContain("autre"));
        assertThat(String.join("\n", changes)).doesNotContain("GENERAL_PUBLIC", "FAMILIES", "comets", "2028-09-01");
        assertThat(ProposalChanges.between(submission(Map.of()), submission(Map.of()), call))
                .isEmpty();
    }

    /**
     * A funding call's budget corrected (issue 32): each amount that moved, by its category; the SIRET, the funders and
     * the contributions in kind said to have changed, not quoted.
     */
    @Test
    void aBudgetCorrectedSaysWhichAmountsMoved() {
        Call call = new Call(
                "appel", new Season("saison", "Saison", LocalDate.of(2027, 9, 1), LocalDate.of(2028, 8, 31)), "Appel");
        call.getFunding()
                .set(true, 3_000_000L, 1_000_000L, 50, 50, Period.ofMonths(6), 2_300_000, false, "Métropole", null);
        call.setFundingCategories(List.of("Intervenants", "Matériel"));
        BudgetAnswers before = new BudgetAnswers(
                "73282932000074",
                List.of("12\u202F000", "8\u202F000"),
                "0",
                "8\u202F000",
                List.of(new BudgetAnswers.FunderAnswer("Région", "6\u202F000", "ASKED")),
                "6\u202F000",
                List.of(new BudgetAnswers.InKindAnswer("Salle", "500")));
        BudgetAnswers after = new BudgetAnswers(
                "44306184100047",
                List.of("12\u202F000", "9\u202F000"),
                "0",
                "9\u202F000",
                List.of(new BudgetAnswers.FunderAnswer("Région", "6\u202F000", "OBTAINED")),
                "6\u202F000",
                List.of(new BudgetAnswers.InKindAnswer("Salle de la mairie", "500")));

        assertThat(ProposalChanges.between(
                        submission(Map.of()).withBudget(before),
                        submission(Map.of()).withBudget(after),
                        call))
                .containsExactly(
                        "SIRET : modifié",
                        "Dépense « Matériel » : 8\u202F000\u00A0€ → 9\u202F000\u00A0€",
                        "Montant demandé à l’appel : 8\u202F000\u00A0€ → 9\u202F000\u00A0€",
                        "Autres financeurs publics : modifiés",
                        "Contributions en nature : modifiées");
        assertThat(ProposalChanges.between(
                        submission(Map.of()), submission(Map.of()).withBudget(after), call))
                .as("a proposal registered in Tasklist, its budget given on correction")
                .containsExactly("Budget prévisionnel : donné");
        assertThat(ProposalChanges.between(
                        submission(Map.of()).withBudget(after),
                        submission(Map.of()).withBudget(after),
                        call))
                .isEmpty();
    }
}
