package org.constellation.selection;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.constellation.call.Call;
import org.constellation.call.CallTheme;
import org.constellation.call.CommuneRegistry;
import org.constellation.call.Season;
import org.junit.jupiter.api.Test;

/** The experts' page's rules: each expert's line in words, and what a profile may hold. */
class ExpertProfilesTest {

    static final CommuneRegistry COMMUNES = new CommuneRegistry();

    static Call call() {
        Call call = new Call(
                "appel",
                new Season("saison", "Saison", LocalDate.of(2027, 9, 1), LocalDate.of(2028, 8, 31)),
                "Une saison dans les étoiles");
        call.getThemes().add(new CallTheme("astronomy", "Astronomie", "Astronomy"));
        call.getThemes().add(new CallTheme("space", "Exploration spatiale"));
        return call;
    }

    static ExpertProfile profile(String userId, String organisation, List<String> themes, List<String> communes) {
        ExpertProfile profile = new ExpertProfile(userId);
        profile.update(organisation, themes, communes);
        return profile;
    }

    @Test
    void eachExpertIsNamedWithTheCallsThemesTheCommunesByNameAndTheirLoad() {
        Map<String, String> names = new LinkedHashMap<>();
        names.put("zoe", "Zoé Vidal");
        names.put("eric", "Éric Morel");
        names.put("anna", "Anna Petit");
        List<ExpertProfiles.Row> rows = ExpertProfiles.rows(
                call(),
                names,
                Map.of("eric", profile("eric", "Observatoire", List.of("space", "geology"), List.of("38185", "38151"))),
                Map.of("eric", 2L),
                COMMUNES);
        assertThat(rows)
                .as("by name as French sorts them, accents aside")
                .extracting(ExpertProfiles.Row::name)
                .containsExactly("Anna Petit", "Éric Morel", "Zoé Vidal");
        ExpertProfiles.Row eric = rows.get(1);
        assertThat(eric.organisation()).isEqualTo("Observatoire");
        assertThat(eric.themes())
                .as("only this call's themes, by their labels")
                .extracting(CallTheme::label)
                .containsExactly("Exploration spatiale");
        assertThat(eric.hasTheme("space")).isTrue();
        assertThat(eric.hasTheme("astronomy")).isFalse();
        assertThat(eric.excludedCommunes()).containsExactly("Grenoble (38185)", "Échirolles (38151)");
        assertThat(eric.excludedCodes()).isEqualTo("38185, 38151");
        assertThat(eric.load()).isEqualTo(2);
        ExpertProfiles.Row anna = rows.get(0);
        assertThat(anna.organisation()).isNull();
        assertThat(anna.themes()).isEmpty();
        assertThat(anna.load()).isZero();
    }

    @Test
    void aProfileTakesTheCallsThemesAndCommunesINSEEKnows() {
        ExpertProfiles.Input good =
                new ExpertProfiles.Input(" Observatoire ", List.of("astronomy"), "38185, 38151 ;38140\n2a004");
        assertThat(ExpertProfiles.refusals(call(), good, COMMUNES)).isEmpty();
        assertThat(ExpertProfiles.codes(good.excludedCommunes())).containsExactly("38185", "38151", "38140", "2A004");
        assertThat(ExpertProfiles.codes("38185,38185, ")).containsExactly("38185");

        ExpertProfiles.Input bad = new ExpertProfiles.Input(
                "x".repeat(ExpertProfiles.ORGANISATION_LENGTH + 1), List.of("geology"), "38185, 99999, Grenoble");
        Map<String, ExpertProfiles.Refusal> refused = ExpertProfiles.refusals(call(), bad, COMMUNES);
        assertThat(refused)
                .containsEntry(
                        "organisation",
                        new ExpertProfiles.Refusal("jury.experts.error.tooLong", ExpertProfiles.ORGANISATION_LENGTH))
                .containsEntry("themes", new ExpertProfiles.Refusal("jury.experts.error.theme", null))
                .containsEntry(
                        "excludedCommunes",
                        new ExpertProfiles.Refusal("jury.experts.error.communes", "« 99999 », « Grenoble »"));
        assertThat(ExpertProfiles.refusals(
                        call(), new ExpertProfiles.Input("Obs\u0000ervatoire", List.of(), null), COMMUNES))
                .containsOnly(
                        Map.entry("organisation", new ExpertProfiles.Refusal("jury.experts.error.control", null)));
    }

    /** A profile serves every call: saving it from one call keeps the themes ticked for another. */
    @Test
    void savingFromOneCallKeepsTheThemesOfOthers() {
        assertThat(ExpertProfiles.themes(List.of("geology", "astronomy"), call(), List.of("space")))
                .containsExactly("geology", "space");
        assertThat(ExpertProfiles.themes(List.of(), call(), List.of("space", "space")))
                .containsExactly("space");
    }
}
