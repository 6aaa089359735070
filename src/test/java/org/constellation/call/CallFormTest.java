package org.constellation.call;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.Period;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.IntStream;
import org.constellation.funding.Budget;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Test;
import org.springframework.test.util.ReflectionTestUtils;

class CallFormTest {

    static final Season SEASON = season();
    static final Set<String> GROUPS = Set.of("reviewers", "naturalistes");

    static Season season() {
        Season season =
                new Season("saison-2027", "Saison 2027-2028", LocalDate.of(2027, 9, 1), LocalDate.of(2028, 8, 31));
        ReflectionTestUtils.setField(season, "id", 7L);
        return season;
    }

    static Map<String, String> complete() {
        Map<String, String> values = new HashMap<>();
        values.put("title", "Environnement et biodiversité");
        values.put("slug", "environnement");
        values.put("season", "7");
        values.put("introduction", "Une saison consacrée au vivant.");
        values.put("themes", "biodiversity | Biodiversité | Biodiversity\r\nSciences de la Terre\n\n");
        values.put("dates", "on");
        values.put("datesLabel", "Pendant la saison");
        values.put("territory", "on");
        values.put("territoryLabel", "Dans la Métropole");
        values.put("ownCriteria", "Associe une école\nGratuit");
        values.put("bonusCriteria", "network | Réseau d'acteurs\nCo-construit avec le public");
        values.put("minThemes", "1");
        values.put("opensOn", "2026-11-01");
        values.put("deadline", "2027-01-26T23:59");
        values.put("contactName", "Claire Dumas");
        values.put("contactEmail", "appel@example.org");
        values.put("umbrellaEvents", "Fête de la Science | 2027-10-02 | 2027-10-12\nNuit des musées");
        values.put("eligibilityCheckDays", "10");
        values.put("reviewerGroup", "reviewers");
        return values;
    }

    static Call applied(Map<String, String> values) {
        Call call = new Call("x", SEASON, "x");
        CallForm.posted(values).applyTo(call, SEASON);
        return call;
    }

    @Test
    void aCompleteFormIsReadIntoTheCallWithCodesForWhatHasNone() {
        CallForm form = CallForm.posted(complete());
        assertThat(form.refusals(Set.of(), GROUPS, null)).isEmpty();
        Call call = applied(complete());
        assertThat(call.getThemes())
                .containsExactly(
                        new CallTheme("biodiversity", "Biodiversité", "Biodiversity"),
                        new CallTheme("sciences-de-la-terre", "Sciences de la Terre", null));
        assertThat(call.getCriteria())
                .extracting(Criterion::code)
                .containsExactly("dates", "territory", "custom1", "custom2", "network", "co-construit-avec-le-public");
        assertThat(call.getDeadline()).isEqualTo(OffsetDateTime.parse("2027-01-26T23:59+01:00"));
        assertThat(call.getSeasonStartsOn())
                .as("the season's period by default")
                .isEqualTo(SEASON.getStartsOn());
        assertThat(call.getUmbrellaEvents())
                .containsExactly(
                        new UmbrellaEvent("Fête de la Science", LocalDate.of(2027, 10, 2), LocalDate.of(2027, 10, 12)),
                        new UmbrellaEvent("Nuit des musées", null, null));
        assertThat(call.eligibilityCheckDelay()).hasValue(Period.ofDays(10));
        assertThat(call.informationReminderDelay()).isEmpty();
        assertThat(CallForm.of(call).value("deadline")).isEqualTo("2027-01-26T23:59");
    }

    @Test
    void aCallMayKeepDataLongerThanTheDefaultsButNotLessThanTheAppealPeriod() {
        Map<String, String> values = complete();
        values.put("retentionUnsuccessfulMonths", "12");
        Call call = applied(values);
        assertThat(call.retention(RetentionClass.UNSUCCESSFUL)).hasValue(Period.ofMonths(12));
        assertThat(call.retention(RetentionClass.PROGRAMMED))
                .as("the configuration's default")
                .isEmpty();
        assertThat(CallForm.of(call).value("retentionUnsuccessfulMonths")).isEqualTo("12");
        assertThat(call.copyFor(SEASON, "copie").retention(RetentionClass.UNSUCCESSFUL))
                .hasValue(Period.ofMonths(12));
        values.put("retentionProgrammedMonths", "1");
        assertThat(CallForm.posted(values).refusals(Set.of(), GROUPS, null))
                .containsOnly(Map.entry("retentionProgrammedMonths", "call.error.range"));
    }

    /** Issue 28: how to contest a rejection, in the team's words; empty, the default (ContestText). */
    @Test
    void aCallMayWriteItsOwnMeansOfRedress() {
        Map<String, String> values = complete();
        assertThat(applied(values).getContestText()).isNull();
        values.put("contestText", "  Écrivez au jury de l’appel dans les deux mois.\r\nIl répond sous quinze jours.  ");
        Call call = applied(values);
        assertThat(call.getContestText())
                .isEqualTo("Écrivez au jury de l’appel dans les deux mois.\nIl répond sous quinze jours.");
        assertThat(CallForm.of(call).value("contestText")).isEqualTo(call.getContestText());
        assertThat(call.copyFor(SEASON, "copie").getContestText()).isEqualTo(call.getContestText());
        values.put("contestText", "x".repeat(4001));
        assertThat(CallForm.posted(values).refusals(Set.of(), GROUPS, null))
                .containsOnly(Map.entry("contestText", "call.error.tooLong"));
    }

    @Test
    void eachRefusalIsNamedByItsField() {
        Map<String, String> values = complete();
        values.put("title", " ");
        values.put("slug", "Environnement 2027");
        values.put("deadline", "2026-10-01T12:00");
        values.put("contactEmail", "<script>@x.test");
        values.put("communityUrl", "javascript:alert(1)");
        values.put("forumTables", "beaucoup");
        values.put("ownCriteria", "1\n2\n3\n4\n5\n6");
        values.put("umbrellaEvents", "Fête | le 2 octobre");
        values.put("reviewerGroup", "inconnus");
        assertThat(CallForm.posted(values).refusals(Set.of(), GROUPS, null))
                .containsOnly(
                        Map.entry("title", "call.error.required"),
                        Map.entry("slug", "call.error.slug"),
                        Map.entry("deadline", "call.error.deadlineBeforeOpening:2026-11-01"),
                        Map.entry("contactEmail", "call.error.email"),
                        Map.entry("communityUrl", "call.error.url"),
                        Map.entry("forumTables", "call.error.number"),
                        Map.entry("ownCriteria", "call.error.tooManyLines:5"),
                        Map.entry("umbrellaEvents", "call.error.eventLine"),
                        Map.entry("reviewerGroup", "call.error.group"));
        assertThat(CallForm.posted(complete()).refusals(Set.of("environnement"), GROUPS, null))
                .containsOnly(Map.entry("slug", "call.error.slugTaken"));
    }

    /**
     * A deadline before the opening read « la fin est avant le début », and a forum before the deadline passed unsaid:
     * each is refused with the date it must follow, which the page writes in words.
     */
    @Test
    void theDeadlineFollowsTheOpeningAndTheForumTheDeadline() {
        Map<String, String> values = complete();
        values.put("forumAt", "2027-01-20T18:00");
        assertThat(CallForm.posted(values).refusals(Set.of(), GROUPS, null))
                .containsOnly(Map.entry("forumAt", "call.error.forumBeforeDeadline:2027-01-26T23:59"));
        values.put("forumAt", "2027-02-03T18:00");
        assertThat(CallForm.posted(values).refusals(Set.of(), GROUPS, null)).isEmpty();
        values.put("deadline", "2026-10-31T23:59");
        assertThat(CallForm.posted(values).refusals(Set.of(), GROUPS, null))
                .containsOnly(Map.entry("deadline", "call.error.deadlineBeforeOpening:2026-11-01"));
    }

    /** The season's page said one mistake per try: an end before the start waited until the rest was right. */
    @Test
    void aSeasonFormNamesEveryMistakeAtOnce() {
        SeasonForm season = new SeasonForm(" ", "Saison 2027", "2027-09-01", "2027-06-30", "x".repeat(301));
        assertThat(season.refusals(Set.of()))
                .containsOnly(
                        Map.entry("title", "call.error.required"),
                        Map.entry("slug", "call.error.slug"),
                        Map.entry("endsOn", "call.error.order"),
                        Map.entry("themeLine", "call.error.tooLong"));
        assertThat(new SeasonForm("Saison", "saison", "2027-09-01", "le 30 juin", null).refusals(Set.of("saison")))
                .containsOnly(Map.entry("slug", "call.error.slugTaken"), Map.entry("endsOn", "call.error.date"));
    }

    @Test
    void aDraftMovedToAnotherSeasonTakesItsPeriodUnlessTheCoordinatorSetOne() {
        Call draft = applied(complete());
        Season next =
                new Season("saison-2028", "Saison 2028-2029", LocalDate.of(2028, 9, 1), LocalDate.of(2029, 8, 31));
        ReflectionTestUtils.setField(next, "id", 8L);
        Map<String, String> moved = new HashMap<>(CallForm.of(draft).values());
        moved.put("season", "8");
        CallForm.posted(moved).applyTo(draft, next);
        assertThat(draft.getSeasonStartsOn()).isEqualTo(next.getStartsOn());
        moved.put("periodStart", "2028-10-01");
        CallForm.posted(moved).applyTo(draft, next);
        assertThat(draft.getSeasonStartsOn()).isEqualTo(LocalDate.of(2028, 10, 1));
    }

    @Test
    void anOpenCallKeepsItsAddressAndSeason() {
        Call open = applied(complete());
        open.setStatus(CallStatus.OPEN);
        Map<String, String> values = complete();
        values.put("slug", "autre-adresse");
        assertThat(CallForm.posted(values).refusals(Set.of(), GROUPS, open))
                .containsOnly(Map.entry("slug", "call.error.fixedOnceOpen"));
    }

    @Test
    void aDraftNamesWhatItLacksToOpen() {
        Map<String, String> values = new HashMap<>(Map.of(
                "title",
                "Brouillon",
                "slug",
                "brouillon",
                "season",
                "7",
                "territory",
                "on",
                "reviewerGroup",
                "reviewers"));
        Call draft = applied(values);
        assertThat(CallForm.missingToOpen(draft))
                .containsExactly(
                        "introduction",
                        "themes",
                        "opensOn",
                        "deadline",
                        "contactName",
                        "contactEmail",
                        "territoryCommunes");
        Call ready = applied(complete());
        ready.getTerritory().add(new Commune("38185", "Grenoble"));
        assertThat(CallForm.missingToOpen(ready)).isEmpty();
        Call noCriterion = applied(complete());
        noCriterion.getCriteria().removeIf(c -> c.kind() == Criterion.Kind.MANDATORY);
        assertThat(CallForm.missingToOpen(noCriterion)).contains("criteria").doesNotContain("territoryCommunes");
    }

    @Test
    void changesSayWhatMovedAndWhetherTheRulesDid() {
        CallForm before = CallForm.of(applied(complete()));
        Map<String, String> values = complete();
        values.put("contactName", "Paul Girard");
        CallForm contact = CallForm.of(applied(values));
        assertThat(contact.changesFrom(before)).containsExactly("contactName: Claire Dumas → Paul Girard");
        assertThat(CallForm.touchRules(contact.changesFrom(before))).isFalse();
        values.put("minThemes", "2");
        List<String> rules = CallForm.of(applied(values)).changesFrom(before);
        assertThat(rules).contains("minThemes: 1 → 2");
        assertThat(CallForm.touchRules(rules)).isTrue();
    }

    @Test
    void aCopyForAnotherSeasonKeepsAllButTheDates() {
        Call call = applied(complete());
        call.getTerritory().add(new Commune("38185", "Grenoble"));
        call.getNearby().add(new Commune("38140", "Crolles"));
        Season next =
                new Season("saison-2028", "Saison 2028-2029", LocalDate.of(2028, 9, 1), LocalDate.of(2029, 8, 31));
        Call copy = call.copyFor(next, "environnement-2028");
        assertThat(copy.isDraft()).isTrue();
        assertThat(copy.getOpensOn()).isNull();
        assertThat(copy.getDeadline()).isNull();
        assertThat(copy.getSeasonStartsOn()).isEqualTo(next.getStartsOn());
        assertThat(copy.getThemes()).isEqualTo(call.getThemes());
        assertThat(copy.getCriteria()).isEqualTo(call.getCriteria());
        assertThat(copy.getTerritory()).isEqualTo(call.getTerritory());
        assertThat(copy.getNearby()).isEqualTo(call.getNearby());
        assertThat(copy.getUmbrellaEvents()).extracting(UmbrellaEvent::startsOn).containsOnlyNulls();
        assertThat(copy.eligibilityCheckDelay()).isEqualTo(call.eligibilityCheckDelay());
        assertThat(copy.isNearby("38140")).isTrue();
        assertThat(copy.isNearby("38185")).isFalse();
    }

    /**
     * The probe's worst inputs, in every field: "a", a megabyte of spaces, "b" (25 s in themes before, an hour at this
     * size), and a run of dots for the address. Each is refused in words at once, none read further.
     */
    @Test
    void aMegabyteInAnyFieldIsRefusedAtOnce() {
        String spaces = "a" + " ".repeat(1_000_000) + "b";
        String dots = "a@" + ".x".repeat(500_000) + " ";
        for (String field : CallForm.FIELDS) {
            for (String worst : List.of(spaces, dots)) {
                Map<String, String> values = complete();
                values.put(field, worst);
                Map<String, String> refused = Assertions.assertTimeoutPreemptively(
                        Duration.ofSeconds(1), () -> CallForm.posted(values).refusals(Set.of(), GROUPS, null), field);
                if (!CallForm.SWITCHES.contains(field)) {
                    assertThat(refused).as(field).containsKey(field);
                }
            }
        }
    }

    @Test
    void listsHaveTheirLengthAndTheirLineCount() {
        Map<String, String> values = complete();
        values.put(
                "themes",
                String.join(
                        "\n",
                        IntStream.rangeClosed(1, 51).mapToObj(i -> "Thème " + i).toList()));
        values.put("ownCriteria", "Un\nDeux\nTrois\nQuatre\nCinq\nSix");
        values.put("umbrellaEvents", "Fête de la Science |   2027-10-02   |  2027-10-12  | \nNuit des musées |");
        Map<String, String> refused = CallForm.posted(values).refusals(Set.of(), GROUPS, null);
        assertThat(refused)
                .containsEntry("themes", "call.error.tooManyLines:50")
                .containsEntry("ownCriteria", "call.error.tooManyLines:5")
                .doesNotContainKey("umbrellaEvents");
        assertThat(CallForm.cells("Fête de la Science |   2027-10-02   |  2027-10-12  | ", 0))
                .containsExactly("Fête de la Science", "2027-10-02", "2027-10-12");
        assertThat(CallForm.cells("network | Réseau | d'acteurs", 2)).containsExactly("network", "Réseau | d'acteurs");
    }

    /** A call selecting by jury, as a coordinator fills « Sélection par un jury ». */
    static Map<String, String> withJury() {
        Map<String, String> values = complete();
        values.put("jury", "on");
        values.put("juryExpertGroup", "naturalistes");
        values.put("juryExpertsPerProposal", "3");
        values.put("juryPlaces", "12");
        values.put("juryWaitingList", "4");
        values.put("juryScaleMax", "5");
        values.put("juryCommentBelow", "2");
        values.put("juryAggregation", "MEDIAN");
        values.put("juryDisagreementSpread", "1,5");
        values.put("juryTieBreak", "SUBMITTED_FIRST");
        values.put("juryReviewDays", "21");
        values.put("juryPublishesScores", "on");
        values.put("juryCriteria", "Qualité scientifique ; 3\r\n\nOuverture au public;2\n  Faisabilité ; 1  ");
        return values;
    }

    /** Issue 30: the grid in words with its weights, the jury's settings, read back as the page shows them. */
    @Test
    void aValidGridIsReadWithItsWeightsAndTheJurysSettings() {
        assertThat(CallForm.posted(withJury()).refusals(Set.of(), GROUPS, null)).isEmpty();
        Call call = applied(withJury());
        assertThat(call.getJuryCriteria())
                .containsExactly(
                        new JuryCriterion("Qualité scientifique", 3),
                        new JuryCriterion("Ouverture au public", 2),
                        new JuryCriterion("Faisabilité", 1));
        Jury jury = call.getJury();
        assertThat(call.selectsByJury()).isTrue();
        assertThat(jury.getExpertGroup()).isEqualTo("naturalistes");
        assertThat(jury.getExpertsPerProposal()).isEqualTo(3);
        assertThat(jury.getPlaces()).isEqualTo(12);
        assertThat(jury.getWaitingList()).isEqualTo(4);
        assertThat(jury.getCommentBelow()).isEqualTo(2);
        assertThat(jury.getAggregation()).isEqualTo(Jury.Aggregation.MEDIAN);
        assertThat(jury.getTieBreak()).isEqualTo(Jury.TieBreak.SUBMITTED_FIRST);
        assertThat(jury.getReviewDelay()).isEqualTo(Period.ofDays(21));
        assertThat(jury.publishesScores()).isTrue();
        assertThat(jury.showsPeerScoresAfterOwn()).isFalse();
        CallForm shown = CallForm.of(call);
        assertThat(shown.value("juryCriteria"))
                .isEqualTo("Qualité scientifique ; 3\nOuverture au public ; 2\nFaisabilité ; 1");
        assertThat(shown.value("juryDisagreementSpread")).isEqualTo("1,5");
        assertThat(shown.value("juryReviewDays")).isEqualTo("21");
        Call copy = call.copyFor(SEASON, "copie");
        assertThat(copy.getJuryCriteria()).isEqualTo(call.getJuryCriteria());
        assertThat(CallForm.of(copy).values()).containsAllEntriesOf(Map.of("jury", "on", "juryAggregation", "MEDIAN"));
    }

    /** The spread as French writes it, « 1,5 », or with a point; more than two decimals or a word is refused. */
    @Test
    void theSpreadTakesADecimalCommaOrPoint() {
        Map<String, String> values = withJury();
        values.put("juryDisagreementSpread", "0,75");
        assertThat(CallForm.posted(values).refusals(Set.of(), GROUPS, null)).isEmpty();
        assertThat(applied(values).getJury().getDisagreementSpread()).isEqualByComparingTo("0.75");
        values.put("juryDisagreementSpread", "1.5");
        assertThat(applied(values).getJury().getDisagreementSpread()).isEqualByComparingTo("1.5");
        values.put("juryDisagreementSpread", "1,505");
        assertThat(CallForm.posted(values).refusals(Set.of(), GROUPS, null))
                .containsOnly(Map.entry("juryDisagreementSpread", "call.error.decimal"));
        values.put("juryDisagreementSpread", "6");
        assertThat(CallForm.posted(values).refusals(Set.of(), GROUPS, null))
                .as("no total is further apart than the scale")
                .containsOnly(Map.entry("juryDisagreementSpread", "call.error.aboveScale:5"));
    }

    /** A line of the grid that is not « Libellé ; poids » is refused by its number in the box. */
    @Test
    void aBadLineOfTheGridIsRefusedWithItsNumber() {
        Map<String, String> values = withJury();
        values.put("juryCriteria", "Qualité scientifique ; 3\nOuverture au public ; deux\nFaisabilité ; 1");
        assertThat(CallForm.posted(values).refusals(Set.of(), GROUPS, null))
                .containsOnly(Map.entry("juryCriteria", "call.error.juryCriterionLine:2"));
        values.put("juryCriteria", "Qualité ; 3\n\nFaisabilité sans poids");
        assertThat(CallForm.posted(values).refusals(Set.of(), GROUPS, null))
                .as("a blank line counts, as the coordinator sees the box")
                .containsOnly(Map.entry("juryCriteria", "call.error.juryCriterionLine:3"));
        values.put("juryCriteria", "Qualité ; 0");
        assertThat(CallForm.posted(values).refusals(Set.of(), GROUPS, null))
                .containsOnly(Map.entry("juryCriteria", "call.error.juryCriterionLine:1"));
        values.put("juryCriteria", "Qualité ; 2\nqualité ; 1");
        assertThat(CallForm.posted(values).refusals(Set.of(), GROUPS, null))
                .containsOnly(Map.entry("juryCriteria", "call.error.juryCriterionTwice:2"));
        values.put("juryCriteria", "A ; 1\nB ; 1\nC ; 1\nD ; 1\nE ; 1\nF ; 1");
        assertThat(CallForm.posted(values).refusals(Set.of(), GROUPS, null))
                .containsOnly(Map.entry("juryCriteria", "call.error.tooManyLines:5"));
    }

    /** On, the jury needs its grid, an expert per proposal, a place and a group the team has; off, nothing of it. */
    @Test
    void aJuryOnNeedsItsGridItsExpertsAndItsPlaces() {
        Map<String, String> values = withJury();
        values.remove("juryCriteria");
        values.put("juryExpertsPerProposal", "0");
        values.put("juryPlaces", "");
        values.put("juryCommentBelow", "6");
        values.put("juryAggregation", "MODE");
        values.put("juryExpertGroup", "inconnus");
        assertThat(CallForm.posted(values).refusals(Set.of(), GROUPS, null))
                .containsOnly(
                        Map.entry("juryExpertGroup", "call.error.group"),
                        Map.entry("juryExpertsPerProposal", "call.error.range"),
                        Map.entry("juryPlaces", "call.error.required"),
                        Map.entry("juryCommentBelow", "call.error.aboveScale:5"),
                        Map.entry("juryAggregation", "call.error.choice"),
                        Map.entry("juryCriteria", "call.error.juryCriteriaRequired"));
        values.remove("jury");
        assertThat(CallForm.posted(values).refusals(Set.of(), GROUPS, null))
                .as("off: only what is typed wrong")
                .containsOnlyKeys("juryExpertsPerProposal", "juryCommentBelow", "juryAggregation");
    }

    /** The jury's settings are the call's rules: a change makes a new version once open, as a criterion's does. */
    @Test
    void aChangeOfTheJuryIsAChangeOfTheRules() {
        CallForm before = CallForm.of(applied(withJury()));
        Map<String, String> values = withJury();
        values.put("juryCriteria", "Qualité scientifique ; 4\nOuverture au public ; 2\nFaisabilité ; 1");
        values.put("juryAggregation", "TRIMMED_MEAN");
        List<String> changes = CallForm.of(applied(values)).changesFrom(before);
        assertThat(changes)
                .containsExactly(
                        "juryAggregation: MEDIAN → TRIMMED_MEAN",
                        "juryCriteria: Qualité scientifique ; 3 Ouverture au public ; 2 Faisabilité ; 1"
                                + " → Qualité scientifique ; 4 Ouverture au public ; 2 Faisabilité ; 1");
        assertThat(CallForm.touchRules(changes)).isTrue();
        Map<String, String> off = withJury();
        off.remove("jury");
        assertThat(CallForm.touchRules(CallForm.of(applied(off)).changesFrom(before)))
                .isTrue();
    }

    /** Issue 31, part 2: a call's obligations after selection, one a line, as a coordinator types them. */
    static Map<String, String> withObligations() {
        Map<String, String> values = complete();
        values.put(
                "obligations",
                "Article sur Echosciences ; article ; 14 ; avant\r\n\n"
                        + "  Annonce dans l'agenda ; Annonce ; 21 ; AVANT \n"
                        + "Photo du kit ; photo ; 0 ; après\n"
                        + "Bilan ; chiffres et mots ; autre ; 7 ; apres\n"
                        + "Affiche in English ; other ; 3 ; after");
        return values;
    }

    @Test
    void obligationsAreReadInWordsAndWrittenBackInFrench() {
        assertThat(CallForm.posted(withObligations()).refusals(Set.of(), GROUPS, null))
                .isEmpty();
        Call call = applied(withObligations());
        assertThat(call.getObligations())
                .containsExactly(
                        new CallObligation(
                                "Article sur Echosciences",
                                CallObligation.Kind.ARTICLE,
                                14,
                                CallObligation.Relative.BEFORE),
                        new CallObligation(
                                "Annonce dans l'agenda",
                                CallObligation.Kind.ANNOUNCEMENT,
                                21,
                                CallObligation.Relative.BEFORE),
                        new CallObligation("Photo du kit", CallObligation.Kind.PHOTO, 0, CallObligation.Relative.AFTER),
                        new CallObligation(
                                "Bilan ; chiffres et mots",
                                CallObligation.Kind.OTHER,
                                7,
                                CallObligation.Relative.AFTER),
                        new CallObligation(
                                "Affiche in English", CallObligation.Kind.OTHER, 3, CallObligation.Relative.AFTER));
        assertThat(CallForm.of(call).value("obligations"))
                .isEqualTo("Article sur Echosciences ; article ; 14 ; avant\n"
                        + "Annonce dans l'agenda ; annonce ; 21 ; avant\n"
                        + "Photo du kit ; photo ; 0 ; après\n"
                        + "Bilan ; chiffres et mots ; autre ; 7 ; après\n"
                        + "Affiche in English ; autre ; 3 ; après");
        assertThat(call.copyFor(SEASON, "copie").getObligations()).isEqualTo(call.getObligations());
        Map<String, String> none = complete();
        assertThat(applied(none).getObligations()).isEmpty();
    }

    /** A line that is not « Libellé ; type ; jours ; avant|après » is refused by its number and what is wrong in it. */
    @Test
    void aBadLineOfTheObligationsIsRefusedWithItsNumberAndWhatIsWrong() {
        Map<String, String> values = complete();
        Map<String, String> refusedLines = Map.of(
                "Article ; article ; 14", "call.error.obligationLine:2",
                " ; article ; 14 ; avant", "call.error.obligationLabel:2",
                "Article ; vidéo ; 14 ; avant", "call.error.obligationKind:2",
                "Article ; article ; quinze ; avant", "call.error.obligationDays:2",
                "Article ; article ; 400 ; avant", "call.error.obligationDays:2",
                "Article ; article ; -1 ; avant", "call.error.obligationDays:2",
                "Article ; article ; 14 ; pendant", "call.error.obligationWhen:2",
                "photo du KIT ; photo ; 1 ; après", "call.error.obligationTwice:2");
        refusedLines.forEach((line, refusal) -> {
            values.put("obligations", "Photo du kit ; photo ; 0 ; après\n" + line);
            assertThat(CallForm.posted(values).refusals(Set.of(), GROUPS, null))
                    .as(line)
                    .containsOnly(Map.entry("obligations", refusal));
        });
        values.put(
                "obligations",
                IntStream.rangeClosed(1, 9)
                        .mapToObj(i -> "Obligation " + i + " ; autre ; 1 ; après")
                        .reduce((a, b) -> a + "\n" + b)
                        .orElseThrow());
        assertThat(CallForm.posted(values).refusals(Set.of(), GROUPS, null))
                .containsOnly(Map.entry("obligations", "call.error.tooManyLines:8"));
    }

    /** The obligations are the call's rules: a change makes a new version once open, and is in the log in words. */
    @Test
    void aChangeOfTheObligationsIsAChangeOfTheRules() {
        CallForm before = CallForm.of(applied(withObligations()));
        Map<String, String> values = withObligations();
        values.put("obligations", "Article sur Echosciences ; article ; 7 ; avant");
        List<String> changes = CallForm.of(applied(values)).changesFrom(before);
        assertThat(changes).hasSize(1);
        assertThat(changes.get(0))
                .startsWith("obligations: Article sur Echosciences ; article ; 14 ; avant Annonce")
                .endsWith(" → Article sur Echosciences ; article ; 7 ; avant");
        assertThat(CallForm.touchRules(changes)).isTrue();
    }

    /** A labelling call (issue 31), as a coordinator fills « Appel à labellisation ». */
    static Map<String, String> withLabel() {
        Map<String, String> values = complete();
        values.put("label", "on");
        values.put("labelName", "Made in Nouvelle-Aquitaine");
        values.put("labelUsageRules", "Le logo figure sur chaque support de l’événement.");
        values.put(
                "labelCommitments",
                "Gratuit ; formulaire\r\n\nOuvert à tous;form\n  Un scientifique présent  \n"
                        + "Pendant la Fête de la Science ; relecteur");
        return values;
    }

    /** The charter in words, each commitment with who checks it, read back as the page shows it. */
    @Test
    void aCharterIsReadWithWhoChecksEachCommitment() {
        assertThat(CallForm.posted(withLabel()).refusals(Set.of(), GROUPS, null))
                .isEmpty();
        Call call = applied(withLabel());
        assertThat(call.labels()).isTrue();
        assertThat(call.getLabelling().getName()).isEqualTo("Made in Nouvelle-Aquitaine");
        assertThat(call.getLabelCommitments())
                .containsExactly(
                        new LabelCommitment("Gratuit", LabelCommitment.CheckedBy.FORM),
                        new LabelCommitment("Ouvert à tous", LabelCommitment.CheckedBy.FORM),
                        new LabelCommitment("Un scientifique présent", LabelCommitment.CheckedBy.REVIEWER),
                        new LabelCommitment("Pendant la Fête de la Science", LabelCommitment.CheckedBy.REVIEWER));
        assertThat(CallForm.of(call).value("labelCommitments"))
                .isEqualTo("Gratuit ; formulaire\nOuvert à tous ; formulaire\nUn scientifique présent\n"
                        + "Pendant la Fête de la Science");
        Call copy = call.copyFor(SEASON, "copie");
        assertThat(copy.labels()).isTrue();
        assertThat(copy.getLabelCommitments()).isEqualTo(call.getLabelCommitments());
    }

    /** A line of the charter that is not « Engagement » or « Engagement ; formulaire » is refused by its number. */
    @Test
    void aBadLineOfTheCharterIsRefusedWithItsNumber() {
        Map<String, String> values = withLabel();
        values.put("labelCommitments", "Gratuit ; formulaire\nOuvert à tous ; par magie");
        assertThat(CallForm.posted(values).refusals(Set.of(), GROUPS, null))
                .containsOnly(Map.entry("labelCommitments", "call.error.labelCommitmentLine:2"));
        values.put("labelCommitments", " ; formulaire");
        assertThat(CallForm.posted(values).refusals(Set.of(), GROUPS, null))
                .containsOnly(Map.entry("labelCommitments", "call.error.labelCommitmentLine:1"));
        values.put("labelCommitments", "Gratuit\ngratuit ; formulaire");
        assertThat(CallForm.posted(values).refusals(Set.of(), GROUPS, null))
                .containsOnly(Map.entry("labelCommitments", "call.error.labelCommitmentTwice:2"));
        values.put(
                "labelCommitments",
                String.join(
                        "\n",
                        IntStream.rangeClosed(1, 13)
                                .mapToObj(i -> "Engagement " + i)
                                .toList()));
        assertThat(CallForm.posted(values).refusals(Set.of(), GROUPS, null))
                .containsOnly(Map.entry("labelCommitments", "call.error.tooManyLines:12"));
    }

    /** On, the label needs its name and a charter; off, only what is typed wrong is refused. */
    @Test
    void aLabelOnNeedsItsNameAndItsCharter() {
        Map<String, String> values = withLabel();
        values.remove("labelName");
        values.remove("labelCommitments");
        assertThat(CallForm.posted(values).refusals(Set.of(), GROUPS, null))
                .containsOnly(
                        Map.entry("labelName", "call.error.required"),
                        Map.entry("labelCommitments", "call.error.labelCommitmentsRequired"));
        values.remove("label");
        assertThat(CallForm.posted(values).refusals(Set.of(), GROUPS, null)).isEmpty();
    }

    /**
     * The switch and the charter are the call's rules, as its criteria are; the label's name and usage rules are not.
     */
    @Test
    void theCharterIsARuleTheNameIsNot() {
        CallForm before = CallForm.of(applied(withLabel()));
        Map<String, String> values = withLabel();
        values.put("labelName", "Made in NA");
        List<String> named = CallForm.of(applied(values)).changesFrom(before);
        assertThat(named).containsExactly("labelName: Made in Nouvelle-Aquitaine → Made in NA");
        assertThat(CallForm.touchRules(named)).isFalse();
        values.put("labelCommitments", "Gratuit ; formulaire");
        assertThat(CallForm.touchRules(CallForm.of(applied(values)).changesFrom(before)))
                .isTrue();
    }

    /** A labelling call's eligibility is its charter: it opens without any other mandatory criterion. */
    @Test
    void aLabellingCallNeedsNoOtherCriterionToOpen() {
        Call call = applied(withLabel());
        call.getCriteria().removeIf(c -> c.kind() == Criterion.Kind.MANDATORY);
        assertThat(CallForm.missingToOpen(call)).doesNotContain("criteria");
        Call plain = applied(complete());
        plain.getCriteria().removeIf(c -> c.kind() == Criterion.Kind.MANDATORY);
        assertThat(CallForm.missingToOpen(plain)).contains("criteria");
    }

    /** A call that funds projects (issue 32), as a coordinator fills « Financement des projets », in French. */
    static Map<String, String> withFunding() {
        Map<String, String> values = complete();
        values.put("funding", "on");
        values.put("fundingEnvelope", "30 000");
        values.put("fundingCeiling", "10 000,50 €");
        values.put("fundingLargestShare", "50 %");
        values.put("fundingCategories", "Rémunération des intervenants\r\n\nLocation de matériel\n  Communication  ");
        values.put("fundingAdvanceShare", "40");
        values.put("fundingReportMonths", "6");
        values.put("fundingAgreementThreshold", "23\u00A0000");
        values.put("fundingFunderName", "Grenoble-Alpes Métropole");
        values.put("fundingFunderSiret", "356 000 000 00048");
        return values;
    }

    /** Amounts typed in French are kept in cents and shown again as French writes them; the page reads them back. */
    @Test
    void aFundingCallIsReadInCentsAndShownInFrench() {
        assertThat(CallForm.posted(withFunding()).refusals(Set.of(), GROUPS, null))
                .isEmpty();
        Call call = applied(withFunding());
        Funding funding = call.getFunding();
        assertThat(call.funds()).isTrue();
        assertThat(funding.getEnvelope()).isEqualTo(3_000_000);
        assertThat(funding.getCeiling()).isEqualTo(1_000_050);
        assertThat(funding.getLargestShare()).isEqualTo(50);
        assertThat(funding.getAdvanceShare()).isEqualTo(40);
        assertThat(funding.getReportDelay()).isEqualTo(Period.ofMonths(6));
        assertThat(funding.getAgreementThreshold()).isEqualTo(Funding.AGREEMENT_THRESHOLD);
        assertThat(funding.requiresAgreementAlways()).isFalse();
        assertThat(funding.getFunderName()).isEqualTo("Grenoble-Alpes Métropole");
        assertThat(funding.getFunderSiret()).isEqualTo("35600000000048");
        assertThat(funding.terms()).isEqualTo(new Budget.Terms(1_000_050, 50));
        assertThat(call.getFundingCategories())
                .containsExactly("Rémunération des intervenants", "Location de matériel", "Communication");

        CallForm shown = CallForm.of(call);
        assertThat(shown.value("fundingEnvelope")).isEqualTo("30\u202F000");
        assertThat(shown.value("fundingCeiling")).isEqualTo("10\u202F000,50");
        assertThat(shown.value("fundingLargestShare")).isEqualTo("50");
        assertThat(shown.value("fundingAgreementThreshold")).isEqualTo("23\u202F000");
        assertThat(shown.value("fundingCategories"))
                .isEqualTo("Rémunération des intervenants\nLocation de matériel\nCommunication");
        Map<String, String> sentBack = complete();
        CallForm.FIELDS.stream()
                .filter(field -> field.startsWith("funding"))
                .forEach(field -> sentBack.put(field, shown.value(field)));
        assertThat(CallForm.posted(sentBack).refusals(Set.of(), GROUPS, null)).isEmpty();
        assertThat(CallForm.of(applied(sentBack)).changesFrom(shown))
                .as("the page's values read back")
                .isEmpty();

        Call copy = call.copyFor(SEASON, "copie");
        assertThat(copy.funds()).isTrue();
        assertThat(copy.getFunding().getCeiling()).isEqualTo(1_000_050);
        assertThat(copy.getFundingCategories()).isEqualTo(call.getFundingCategories());
    }

    /** A new call's page starts from the law's threshold, half in advance and the Cerfa's six months, funding off. */
    @Test
    void aNewCallStartsFromTheUsualTerms() {
        CallForm blank = CallForm.blank(Map.of());
        assertThat(blank.isOn("funding")).isFalse();
        assertThat(blank.value("fundingAgreementThreshold")).isEqualTo("23\u202F000");
        assertThat(blank.value("fundingAdvanceShare")).isEqualTo("50");
        assertThat(blank.value("fundingReportMonths")).isEqualTo("6");
    }

    @Test
    void eachFundingSettingIsRefusedByItsField() {
        Map<String, String> values = withFunding();
        values.put("fundingEnvelope", "0");
        values.put("fundingLargestShare", "120");
        values.put("fundingAdvanceShare", "la moitié");
        values.put("fundingReportMonths", "30");
        values.put("fundingAgreementThreshold", "-5");
        values.put("fundingFunderSiret", "356 000 000 00049");
        assertThat(CallForm.posted(values).refusals(Set.of(), GROUPS, null))
                .containsOnly(
                        Map.entry("fundingEnvelope", "call.error.amountPositive"),
                        Map.entry("fundingLargestShare", "call.error.percent"),
                        Map.entry("fundingAdvanceShare", "call.error.percent"),
                        Map.entry("fundingReportMonths", "call.error.range"),
                        Map.entry("fundingAgreementThreshold", "call.error.amountNegative"),
                        Map.entry("fundingFunderSiret", "call.error.siret"));

        values = withFunding();
        values.put("fundingEnvelope", "trente mille");
        values.put("fundingCeiling", "30 000,01");
        assertThat(CallForm.posted(values).refusals(Set.of(), GROUPS, null))
                .as("no ceiling is checked against an envelope refused")
                .containsOnly(Map.entry("fundingEnvelope", "call.error.amount"));
        values.put("fundingEnvelope", "30 000");
        assertThat(CallForm.posted(values).refusals(Set.of(), GROUPS, null))
                .containsOnly(Map.entry("fundingCeiling", "call.error.ceilingAboveEnvelope"));
        values.put("fundingCeiling", "30000");
        assertThat(CallForm.posted(values).refusals(Set.of(), GROUPS, null))
                .as("the whole envelope to one project")
                .isEmpty();
        values.put("fundingEnvelope", "2 000 000 000");
        assertThat(CallForm.posted(values).refusals(Set.of(), GROUPS, null))
                .containsOnly(Map.entry("fundingEnvelope", "call.error.amountTooLarge"));
    }

    @Test
    void aBadCategoryIsRefusedWithItsLine() {
        Map<String, String> values = withFunding();
        values.put("fundingCategories", "Intervenants\n" + "x".repeat(201));
        assertThat(CallForm.posted(values).refusals(Set.of(), GROUPS, null))
                .containsOnly(Map.entry("fundingCategories", "call.error.fundingCategoryLine:2"));
        values.put("fundingCategories", "Intervenants\nMatériel\nintervenants");
        assertThat(CallForm.posted(values).refusals(Set.of(), GROUPS, null))
                .containsOnly(Map.entry("fundingCategories", "call.error.fundingCategoryTwice:3"));
        values.put(
                "fundingCategories",
                String.join(
                        "\n",
                        IntStream.rangeClosed(1, 13)
                                .mapToObj(i -> "Catégorie " + i)
                                .toList()));
        assertThat(CallForm.posted(values).refusals(Set.of(), GROUPS, null))
                .containsOnly(Map.entry("fundingCategories", "call.error.tooManyLines:12"));
    }

    /** On, funding needs every setting and a category; off, only what is typed wrong is refused. */
    @Test
    void fundingOnNeedsItsTermsAndItsFunder() {
        Map<String, String> values = withFunding();
        List.of(
                        "fundingEnvelope",
                        "fundingCeiling",
                        "fundingLargestShare",
                        "fundingCategories",
                        "fundingAdvanceShare",
                        "fundingReportMonths",
                        "fundingAgreementThreshold",
                        "fundingFunderName",
                        "fundingFunderSiret")
                .forEach(values::remove);
        assertThat(CallForm.posted(values).refusals(Set.of(), GROUPS, null))
                .containsOnly(
                        Map.entry("fundingEnvelope", "call.error.required"),
                        Map.entry("fundingCeiling", "call.error.required"),
                        Map.entry("fundingLargestShare", "call.error.required"),
                        Map.entry("fundingCategories", "call.error.fundingCategoriesRequired"),
                        Map.entry("fundingAdvanceShare", "call.error.required"),
                        Map.entry("fundingReportMonths", "call.error.required"),
                        Map.entry("fundingAgreementThreshold", "call.error.required"),
                        Map.entry("fundingFunderName", "call.error.required"),
                        Map.entry("fundingFunderSiret", "call.error.required"));
        values.remove("funding");
        assertThat(CallForm.posted(values).refusals(Set.of(), GROUPS, null)).isEmpty();
        values.put("fundingFunderSiret", "12345678900017");
        assertThat(CallForm.posted(values).refusals(Set.of(), GROUPS, null))
                .containsOnly(Map.entry("fundingFunderSiret", "call.error.siret"));
    }

    /** What a project may ask and on what terms are the call's rules; who pays is not. */
    @Test
    void theFundingIsARuleTheFunderIsNot() {
        CallForm before = CallForm.of(applied(withFunding()));
        Map<String, String> values = withFunding();
        values.put("fundingFunderName", "La Métropole");
        List<String> named = CallForm.of(applied(values)).changesFrom(before);
        assertThat(named).containsExactly("fundingFunderName: Grenoble-Alpes Métropole → La Métropole");
        assertThat(CallForm.touchRules(named)).isFalse();
        values.put("fundingEnvelope", "25 000");
        List<String> changes = CallForm.of(applied(values)).changesFrom(before);
        assertThat(changes).contains("fundingEnvelope: 30\u202F000 → 25\u202F000");
        assertThat(CallForm.touchRules(changes)).isTrue();
    }

    /**
     * The agreements' particular clauses (issue 32, part 4) are kept as written, blank being none; changing them makes
     * no new rules version, and a text too long is refused beside its field.
     */
    @Test
    void theAgreementsClausesAreTheCallsWordsNotARule() {
        CallForm before = CallForm.of(applied(withFunding()));
        assertThat(before.value("fundingAgreementClauses")).isNull();
        Map<String, String> values = withFunding();
        values.put("fundingAgreementClauses", "  Le logo de la Métropole figure sur chaque support.\r\n");
        Call call = applied(values);
        assertThat(call.getFunding().getAgreementClauses())
                .isEqualTo("Le logo de la Métropole figure sur chaque support.");
        List<String> changes = CallForm.of(call).changesFrom(before);
        assertThat(changes)
                .containsExactly("fundingAgreementClauses: — → Le logo de la Métropole figure sur chaque support.");
        assertThat(CallForm.touchRules(changes)).isFalse();
        assertThat(call.copyFor(SEASON, "copie").getFunding().getAgreementClauses())
                .isEqualTo(call.getFunding().getAgreementClauses());
        values.put("fundingAgreementClauses", "x".repeat(4001));
        assertThat(CallForm.posted(values).refusals(Set.of(), GROUPS, null))
                .containsOnly(Map.entry("fundingAgreementClauses", "call.error.tooLong"));
        values.put("fundingAgreementClauses", " ");
        assertThat(applied(values).getFunding().getAgreementClauses()).isNull();
    }
}
