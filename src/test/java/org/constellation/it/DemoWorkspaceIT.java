package org.constellation.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.constellation.call.Call;
import org.constellation.call.CallRepository;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.context.TestPropertySource;

/**
 * Issue 16's acceptance on the demo data, on PostgreSQL, over HTTP as the demo coordinator: the case list, a case
 * page, a bulk label and a bulk message, both exports and the analytics page of this season's call.
 */
@TestPropertySource(properties = {"constellation.demo.enabled=true", "constellation.demo.password=Demo-Espace-2026!"})
class DemoWorkspaceIT extends PostgresIntegrationTest {

  private static final Pattern CASE = Pattern.compile("href=\"/coordination/dossiers/(\\d+)\"");

  @DynamicPropertySource
  static void database(DynamicPropertyRegistry registry) {
    registry.add("constellation.it.database", () -> TestDatabase.created("constellation_demo_it"));
  }

  @LocalServerPort int port;
  @Autowired CallRepository calls;

  @Test
  void theDemoCoordinatorWorksOnThisSeasonsCases() throws Exception {
    Call call = calls.findBySlug("environnement-et-biodiversite").orElseThrow();
    PortalClient coordinator = PortalClient.signedInToTasklist(port, "10.83.0.1", "coordinator", "Demo-Espace-2026!");
    String list = coordinator.get("/coordination/dossiers?appel=" + call.getId()).body();
    assertThat(list).contains("13 dossier(s)", "Roches et fossiles des Alpes", "Les ordinateurs qui prévoient le temps",
        "Informations demandées : 1", "Non éligible : 1");
    Matcher first = CASE.matcher(list);
    assertThat(first.find()).isTrue();
    String caseId = first.group(1);
    assertThat(coordinator.get("/coordination/dossiers/" + caseId).body()).contains("Histoire du dossier",
        "Ouvrir dans Cockpit");

    List<Map.Entry<String, String>> label = new ArrayList<>(PortalClient.hiddenFields(list));
    label.addAll(List.of(Map.entry("appel", call.getId().toString()), Map.entry("action", "LABEL"),
        Map.entry("etiquette", "démo"), Map.entry("dossier", caseId), Map.entry("confirme", "oui")));
    assertThat(coordinator.post("/coordination/dossiers/actions", label).statusCode()).isEqualTo(303);
    List<Map.Entry<String, String>> message = new ArrayList<>(PortalClient.hiddenFields(list));
    message.addAll(List.of(Map.entry("appel", call.getId().toString()), Map.entry("action", "MESSAGE"),
        Map.entry("objet", "Rencontre d'information"), Map.entry("message", "Une réunion a lieu jeudi."),
        Map.entry("dossier", caseId), Map.entry("confirme", "oui")));
    assertThat(coordinator.post("/coordination/dossiers/actions", message).statusCode()).isEqualTo(303);
    assertThat(coordinator.get("/coordination/dossiers/" + caseId).body())
        .contains("Étiquette ajoutée : démo", "Message aux porteurs : Rencontre d&#39;information");
    assertThat(coordinator.get("/coordination/dossiers?appel=" + call.getId() + "&etiquette=d%C3%A9mo").body())
        .contains("1 dossier(s)");

    HttpResponse<String> csv = coordinator.get("/coordination/dossiers.csv?appel=" + call.getId());
    assertThat(csv.body().lines()).hasSize(14);
    HttpResponse<byte[]> xlsx = coordinator.getBytes("/coordination/dossiers.xlsx?appel=" + call.getId());
    assertThat(xlsx.statusCode()).isEqualTo(200);
    assertThat(xlsx.body()).startsWith((byte) 'P', (byte) 'K');
    assertThat(coordinator.get("/coordination/analyse?appel=" + call.getId()).body())
        .contains("<th scope=\"row\">Reçues</th><td>13</td>", "Entonnoir de l’appel", "Carte du processus");
  }
}
