package org.constellation.eligibility;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.FileInputStream;
import java.io.InputStream;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.camunda.bpm.dmn.engine.DmnDecision;
import org.camunda.bpm.dmn.engine.DmnEngine;
import org.camunda.bpm.dmn.engine.DmnEngineConfiguration;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * processes/eligibility.dmn, criterion by criterion, with the boundaries that matter: the first and last day of the
 * season, a commune just outside the territory, no theme or several, a missing date. Season: 2018-09-01 to 2019-08-31.
 * The facts are the delegate's own ({@link EligibilityFacts}): a name or a written date changed there is tested here.
 */
class EligibilityDecisionTableTest {

    static DmnEngine engine;
    static DmnDecision decision;

    @BeforeAll
    static void parse() throws Exception {
        engine = DmnEngineConfiguration.createDefaultDmnEngineConfiguration().buildEngine();
        try (InputStream dmn = new FileInputStream("processes/eligibility.dmn")) {
            decision = engine.parseDecision("eligibility", dmn);
        }
    }

    /** A project in Grenoble, on one theme, open to all, on the given dates, as the delegate gives its facts. */
    static EligibilityFacts proposal(String plannedStart, String plannedEnd) {
        return new EligibilityFacts(
                LocalDate.parse("2018-09-01"),
                LocalDate.parse("2019-08-31"),
                List.of("38185", "38151", "38421"),
                plannedStart == null ? null : LocalDate.parse(plannedStart),
                plannedEnd == null ? null : LocalDate.parse(plannedEnd),
                "Grenoble",
                "38185",
                false,
                1,
                1,
                "PROJECT",
                List.of("GENERAL_PUBLIC", "FAMILIES"));
    }

    /** The same facts in another commune: known when it has an INSEE code. */
    static EligibilityFacts in(EligibilityFacts f, String commune, String insee, boolean nearby) {
        return new EligibilityFacts(
                f.seasonStart(),
                f.seasonEnd(),
                f.territory(),
                f.plannedStart(),
                f.plannedEnd(),
                commune,
                insee,
                nearby,
                f.themeCount(),
                f.minThemes(),
                f.kind(),
                f.audiences());
    }

    /** The same facts for a proposal of this kind on {@code chosen} of the call's themes, {@code asked} asked. */
    static EligibilityFacts onThemes(EligibilityFacts f, long chosen, int asked, String kind) {
        return new EligibilityFacts(
                f.seasonStart(),
                f.seasonEnd(),
                f.territory(),
                f.plannedStart(),
                f.plannedEnd(),
                f.commune(),
                f.communeInsee(),
                f.communeNearby(),
                chosen,
                asked,
                kind,
                f.audiences());
    }

    static EligibilityFacts forAudiences(EligibilityFacts f, List<String> audiences) {
        return new EligibilityFacts(
                f.seasonStart(),
                f.seasonEnd(),
                f.territory(),
                f.plannedStart(),
                f.plannedEnd(),
                f.commune(),
                f.communeInsee(),
                f.communeNearby(),
                f.themeCount(),
                f.minThemes(),
                f.kind(),
                audiences);
    }

    static Map<String, Map<String, Object>> evaluate(EligibilityFacts facts) {
        return engine.evaluateDecisionTable(decision, facts.variables()).getResultList().stream()
                .collect(Collectors.toMap(entries -> (String) entries.get("criterion"), entries -> entries));
    }

    @ParameterizedTest(name = "{0} → {1} ({2})")
    @CsvSource(
            nullValues = "none",
            value = {
                "2018-09-01, 2018-09-01, PASS, first day of the season",
                "2019-08-31, 2019-08-31, PASS, last day of the season",
                "2018-09-01, 2019-08-31, PASS, the whole season",
                "2018-10-12, none, PASS, one day without an end date",
                "2018-08-31, 2018-08-31, FAIL, the day before the season",
                "2019-09-01, 2019-09-01, FAIL, the day after the season",
                "2019-08-01, 2019-09-02, FAIL, ends after the season",
                "none, none, CHECK, a missing date"
            })
    void datesWithinTheSeason(String start, String end, String expected, String why) {
        Map<String, Map<String, Object>> results = evaluate(proposal(start, end));
        assertThat(results).as(why).hasSize(4);
        assertThat((String) results.get("dates").get("result")).as(why).isEqualTo(expected);
        // Days as readers write them, never ISO dates.
        assertThat((String) results.get("dates").get("explanationFr"))
                .isNotBlank()
                .doesNotContain("2018-", "2019-");
        assertThat((String) results.get("dates").get("explanationEn"))
                .isNotBlank()
                .doesNotContain("2018-", "2019-");
        if ("PASS".equals(expected)) {
            assertThat((String) results.get("dates").get("explanationFr"))
                    .contains("du 1er septembre 2018 au 31 août 2019");
            assertThat((String) results.get("dates").get("explanationEn"))
                    .contains("1 September 2018 to 31 August 2019");
        }
    }

    @ParameterizedTest(name = "{0} ({1}) → {2}")
    @CsvSource(
            nullValues = "none",
            value = {"Grenoble, 38185, PASS", "Échirolles, 38151, PASS", "Lyon, 69123, FAIL", "none, none, CHECK"})
    void communeWithinTheTerritory(String commune, String insee, String expected) {
        Map<String, Map<String, Object>> results =
                evaluate(in(proposal("2018-10-12", "2018-10-12"), commune, insee, false));
        assertThat((String) results.get("territory").get("result")).isEqualTo(expected);
        if (expected.equals("FAIL")) {
            // Lyon is a commune of another département: the explanation names it.
            assertThat((String) results.get("territory").get("explanationFr")).contains("Lyon", "territoire");
            assertThat((String) results.get("territory").get("explanationEn")).contains("Lyon", "territory");
        }
    }

    @ParameterizedTest(name = "{2}, {0} theme(s) → {1}")
    @CsvSource({
        "0, FAIL, PROJECT",
        "1, PASS, PROJECT",
        "3, PASS, PROJECT",
        "0, FAIL, INTENTION",
        "0, PASS, CONTRIBUTION",
        "2, PASS, CONTRIBUTION"
    })
    void atLeastOneThemeOfTheCallExceptForAContribution(int themes, String expected, String kind) {
        Map<String, Map<String, Object>> results =
                evaluate(onThemes(proposal("2018-10-12", "2018-10-12"), themes, 1, kind));
        assertThat((String) results.get("themes").get("result")).isEqualTo(expected);
        if (themes == 0 && "CONTRIBUTION".equals(kind)) {
            assertThat((String) results.get("themes").get("explanationFr")).contains("sert tous les thèmes");
        }
    }

    @ParameterizedTest(name = "{0} of {1} theme(s) asked → {2}")
    @CsvSource({"1, 2, FAIL", "2, 2, PASS", "3, 2, PASS"})
    void aCallMayAskForSeveralOfItsThemes(int themes, int asked, String expected) {
        Map<String, Map<String, Object>> results =
                evaluate(onThemes(proposal("2018-10-12", "2018-10-12"), themes, asked, "PROJECT"));
        assertThat((String) results.get("themes").get("result")).isEqualTo(expected);
        if ("FAIL".equals(expected)) {
            assertThat((String) results.get("themes").get("explanationFr")).contains("il en faut 2");
        }
    }

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource({"GENERAL_PUBLIC, PASS", "SCHOOL_CLASSES, CHECK"})
    void openToTheGeneralPublicAsDeclared(String audience, String expected) {
        EligibilityFacts facts = forAudiences(proposal("2018-10-12", "2018-10-12"), List.of(audience));
        assertThat((String) evaluate(facts).get("public").get("result")).isEqualTo(expected);
    }

    @ParameterizedTest(name = "{0} (known {2}, nearby {3}) → {1}")
    @CsvSource({
        "Crolles, CHECK, true, true",
        "Voiron, CHECK, true, true",
        "Lyon, FAIL, true, false",
        "Grenobel, CHECK, false, false"
    })
    void aCommuneNearTheTerritoryOrUnknownIsForAPersonToJudge(
            String commune, String expected, boolean known, boolean nearby) {
        EligibilityFacts facts = in(proposal("2018-10-12", "2018-10-12"), commune, known ? "00000" : null, nearby);
        Map<String, Object> territory = evaluate(facts).get("territory");
        assertThat((String) territory.get("result")).isEqualTo(expected);
        String explanation = (String) territory.get("explanationFr");
        assertThat(explanation).contains(commune);
        if (nearby) {
            assertThat(explanation).contains("territoires proches");
        } else if (!known) {
            assertThat(explanation).contains("n'est pas une commune reconnue");
        }
    }
}
