package org.constellation.coordination;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.identity.User;
import org.constellation.PortalClient;
import org.constellation.PostgresIntegrationTest;
import org.constellation.call.Call;
import org.constellation.call.CallForm;
import org.constellation.call.CallRepository;
import org.constellation.call.CallTheme;
import org.constellation.call.Jury;
import org.constellation.call.JuryCriterion;
import org.constellation.security.StaffAccessSetup;
import org.constellation.selection.ExpertProfile;
import org.constellation.selection.ExpertProfileRepository;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Issue 30, over HTTP signed in as a coordinator: the call's page switches its jury on with a grid of three criteria (a
 * bad line refused in words, nothing stored), then the experts' page lists the expert group's members and keeps each
 * one's profile.
 */
class JuryExpertsIT extends PostgresIntegrationTest {

    static final String PASSWORD = "Jury-Etoile-Filante-2026!";
    static final String COORDINATOR = "coordjury";
    static final String EXPERT = "expertjury";
    static final String GRID = "Qualité scientifique ; 3\nOuverture au public ; 2\nFaisabilité ; 1";

    @LocalServerPort
    int port;

    @Autowired
    IdentityService identity;

    @Autowired
    CallRepository calls;

    @Autowired
    ExpertProfileRepository profiles;

    @Test
    void aCoordinatorSetsTheJuryThenTheExpertsProfiles() throws Exception {
        teamMember(COORDINATOR, PASSWORD, StaffAccessSetup.COORDINATORS);
        expert();
        Call call = openCall(settings -> settings.getThemes().add(new CallTheme("space", "Exploration spatiale")));
        int rulesVersion = call.getRulesVersion();
        PortalClient coordinator = PortalClient.signedInToTasklist(port, "10.30.0.1", COORDINATOR, PASSWORD);
        String callPage = "/coordination/appels/" + call.getId();

        // A line of the grid that is not « Libellé ; poids »: the page names it, keeps what was typed, stores nothing.
        Map<String, String> jury =
                juryForm(call, "Qualité scientifique ; 3\nOuverture au public ; beaucoup\nFaisabilité ; 1");
        HttpResponse<String> refused =
                coordinator.post(callPage, form(coordinator.get(callPage).body(), jury));
        assertThat(refused.statusCode()).isEqualTo(200);
        assertThat(refused.body())
                .contains(
                        "Grille de notation : ligne 2 : écrivez « Libellé ; poids », le poids un nombre entier de 1 à 100",
                        "Ouverture au public ; beaucoup");
        assertThat(calls.findWholeById(call.getId()).orElseThrow().selectsByJury())
                .isFalse();

        HttpResponse<String> saved =
                coordinator.post(callPage, form(coordinator.get(callPage).body(), juryForm(call, GRID)));
        assertThat(saved.statusCode()).as(saved.body()).isEqualTo(303);
        Call selecting = calls.findWholeById(call.getId()).orElseThrow();
        assertThat(selecting.selectsByJury()).isTrue();
        assertThat(selecting.getJuryCriteria())
                .containsExactly(
                        new JuryCriterion("Qualité scientifique", 3),
                        new JuryCriterion("Ouverture au public", 2),
                        new JuryCriterion("Faisabilité", 1));
        assertThat(selecting.getJury().getDisagreementSpread()).isEqualByComparingTo("1.5");
        assertThat(selecting.getJury().getAggregation()).isEqualTo(Jury.Aggregation.MEDIAN);
        assertThat(selecting.getRulesVersion())
                .as("the jury is the call's rules, as its criteria are")
                .isEqualTo(rulesVersion + 1);
        String shown = coordinator.get(callPage).body();
        assertThat(shown)
                .as("the saved values, and the change in words")
                .contains(
                        "Qualité scientifique ; 3",
                        "value=\"1,5\"",
                        "value=\"MEDIAN\" selected",
                        "Grille de notation : —",
                        "Note d’une proposition : Moyenne des experts → Médiane des experts",
                        "href=\"/coordination/jury/experts?appel=" + call.getId() + "\"");

        // The experts' page: the group's member by name, their profile saved, then a commune INSEE does not know.
        String experts = "/coordination/jury/experts?appel=" + call.getId();
        String page = coordinator.get(experts).body();
        assertThat(page).contains("Experts du jury · " + call.getTitle(), "Camille Experte", "Exploration spatiale");
        List<Map.Entry<String, String>> profile = new ArrayList<>(PortalClient.hiddenFields(page));
        profile.add(Map.entry("organisation", "Observatoire de Grenoble"));
        profile.add(Map.entry("themes", "space"));
        profile.add(Map.entry("excludedCommunes", "38185, 38151"));
        String save = "/coordination/jury/experts/" + EXPERT + "?appel=" + call.getId();
        HttpResponse<String> stored = coordinator.post(save, profile);
        assertThat(stored.statusCode()).as(stored.body()).isEqualTo(303);
        assertThat(stored.headers().firstValue("Location").orElseThrow()).endsWith(experts);
        ExpertProfile kept = profiles.findById(EXPERT).orElseThrow();
        assertThat(kept.getOrganisation()).isEqualTo("Observatoire de Grenoble");
        assertThat(kept.getThemes()).contains("space").doesNotContain("astronomy");
        assertThat(kept.getExcludedCommunes()).containsExactly("38185", "38151");
        assertThat(coordinator.get(experts).body())
                .contains(
                        "Profil enregistré : Camille Experte.",
                        "Observatoire de Grenoble",
                        "Grenoble (38185), Échirolles (38151)",
                        "value=\"38185, 38151\"");

        List<Map.Entry<String, String>> unknown = new ArrayList<>(PortalClient.hiddenFields(page));
        unknown.add(Map.entry("organisation", "Observatoire de Grenoble"));
        unknown.add(Map.entry("excludedCommunes", "38185, 99999"));
        HttpResponse<String> refusedProfile = coordinator.post(save, unknown);
        assertThat(refusedProfile.statusCode()).isEqualTo(200);
        assertThat(refusedProfile.body())
                .contains(
                        "Communes exclues (codes INSEE) : codes INSEE inconnus : « 99999 »", "value=\"38185, 99999\"");
        assertThat(profiles.findById(EXPERT).orElseThrow().getExcludedCommunes())
                .containsExactly("38185", "38151");

        HttpResponse<String> stranger =
                coordinator.post("/coordination/jury/experts/" + COORDINATOR + "?appel=" + call.getId(), profile);
        assertThat(stranger.statusCode())
                .as("only the group's members have a profile here")
                .isEqualTo(404);
        assertThat(stranger.body()).contains("n’est pas membre du groupe des experts de cet appel");
    }

    /** The call's form as its page shows it, with the jury switched on and {@code grid} as its grid. */
    private Map<String, String> juryForm(Call call, String grid) {
        Map<String, String> values = new LinkedHashMap<>();
        CallForm.of(calls.findWholeById(call.getId()).orElseThrow()).values().forEach((field, value) -> {
            if (value != null) {
                values.put(field, value);
            }
        });
        values.put("jury", "on");
        values.put("juryExpertGroup", Jury.DEFAULT_EXPERT_GROUP);
        values.put("juryExpertsPerProposal", "2");
        values.put("juryPlaces", "3");
        values.put("juryWaitingList", "1");
        values.put("juryAggregation", "MEDIAN");
        values.put("juryDisagreementSpread", "1,5");
        values.put("juryCriteria", grid);
        return values;
    }

    /** A member of the call's expert group, with a name, as Camunda Admin creates them. */
    private void expert() {
        if (identity.createGroupQuery().groupId(Jury.DEFAULT_EXPERT_GROUP).count() == 0) {
            Group group = identity.newGroup(Jury.DEFAULT_EXPERT_GROUP);
            group.setName("Experts");
            identity.saveGroup(group);
        }
        if (identity.createUserQuery().userId(EXPERT).count() == 0) {
            User user = identity.newUser(EXPERT);
            user.setFirstName("Camille");
            user.setLastName("Experte");
            user.setPassword(PASSWORD);
            identity.saveUser(user);
            identity.createMembership(EXPERT, Jury.DEFAULT_EXPERT_GROUP);
        }
    }

    private static List<Map.Entry<String, String>> form(String page, Map<String, String> values) {
        List<Map.Entry<String, String>> form = new ArrayList<>(PortalClient.hiddenFields(page));
        values.forEach((key, value) -> form.add(Map.entry(key, value)));
        return form;
    }
}
