package org.constellation.matching.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class PartnerMatcherTest {

    static final GeoPoint GRENOBLE = new GeoPoint(45.1885, 5.7245);
    static final GeoPoint ECHIROLLES = new GeoPoint(45.1436, 5.7186);
    static final GeoPoint VOIRON = new GeoPoint(45.3640, 5.5890);
    static final GeoPoint LYON = new GeoPoint(45.7640, 4.8357);
    static final LocalDate OCTOBER = LocalDate.of(2027, 10, 12);

    static Profile project(long id, GeoPoint place, String commune, Set<Resource> needs, Set<String> themes) {
        return new Profile(
                id,
                "Projet " + id,
                needs,
                Set.of(),
                themes,
                place,
                commune,
                Set.of("GENERAL_PUBLIC"),
                OCTOBER,
                OCTOBER,
                "ASSOCIATION",
                60,
                true);
    }

    static Profile room(long id, GeoPoint place, String commune, int capacity, boolean introducible) {
        return new Profile(
                id,
                "Salle " + id,
                Set.of(),
                Set.of(new Offer(Resource.ROOM, capacity)),
                Set.of("astronomie"),
                place,
                commune,
                Set.of("GENERAL_PUBLIC"),
                OCTOBER.minusMonths(1),
                OCTOBER.plusMonths(6),
                "MUSEUM_OR_VENUE",
                0,
                introducible);
    }

    @Test
    void aProjectNeedingARoomGetsTheNearestRoomBigEnoughFirstWithItsExplanation() {
        Profile seeker = project(1, GRENOBLE, "Grenoble", Set.of(Resource.ROOM), Set.of("astronomie"));
        PartnerMatcher matcher = new PartnerMatcher(
                List.of(
                        seeker,
                        room(2, VOIRON, "Voiron", 120, true),
                        room(3, ECHIROLLES, "Échirolles", 80, true),
                        room(4, LYON, "Lyon", 300, true),
                        room(5, GRENOBLE, "Grenoble", 20, true)),
                true);

        List<Suggestion> suggestions = matcher.suggestionsFor(seeker, 5);
        assertThat(suggestions).extracting(Suggestion::partnerId).startsWith(3L);
        assertThat(suggestions.get(0).explanation())
                .isEqualTo(
                        "prête une salle pour 80 personnes à Échirolles, à 5 km, thème astronomie en commun, dates compatibles");
        assertThat(suggestions)
                .extracting(Suggestion::partnerId)
                .as("a room for 20 ranks below one for 120 farther away")
                .containsSubsequence(2L, 5L);
    }

    @Test
    void aHolderWhoDidNotAgreeToBeIntroducedIsNeverSuggested() {
        Profile seeker = project(1, GRENOBLE, "Grenoble", Set.of(Resource.ROOM), Set.of("astronomie"));
        PartnerMatcher matcher = new PartnerMatcher(
                List.of(seeker, room(2, GRENOBLE, "Grenoble", 100, false), room(3, VOIRON, "Voiron", 100, true)), true);
        assertThat(matcher.suggestionsFor(seeker, 5))
                .extracting(Suggestion::partnerId)
                .containsExactly(3L);
        assertThat(matcher.score(seeker, room(2, GRENOBLE, "Grenoble", 100, false)))
                .isNull();
    }

    @Test
    void holdersOnSharedThemesNearbyAreSuggestedInTheReadersLanguage() {
        Profile seeker = project(1, GRENOBLE, "Grenoble", Set.of(), Set.of("astronomie", "espace"));
        Profile neighbour = project(2, ECHIROLLES, "Échirolles", Set.of(), Set.of("espace"));
        Profile farAway = project(3, LYON, "Lyon", Set.of(), Set.of("espace"));
        Profile otherTheme = project(4, GRENOBLE, "Grenoble", Set.of(), Set.of("volcans"));
        List<Suggestion> suggestions =
                new PartnerMatcher(List.of(seeker, neighbour, farAway, otherTheme), false).suggestionsFor(seeker, 5);
        assertThat(suggestions).extracting(Suggestion::partnerId).containsExactly(2L);
        assertThat(suggestions.get(0).explanation()).isEqualTo("5 km away, theme espace shared, compatible dates");
    }

    @Test
    void distancesAreGreatCircleKilometres() {
        assertThat(GRENOBLE.kilometresTo(LYON)).isBetween(93.0, 97.0);
        assertThat(GRENOBLE.kilometresTo(GRENOBLE)).isZero();
    }
}
