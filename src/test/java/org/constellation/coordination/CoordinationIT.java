package org.constellation.coordination;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.mail.internet.MimeMessage;
import java.io.ByteArrayInputStream;
import java.io.StringReader;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.sql.DataSource;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFRow;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.task.Task;
import org.constellation.PortalClient;
import org.constellation.PostgresIntegrationTest;
import org.constellation.call.Call;
import org.constellation.call.CallTheme;
import org.constellation.notification.MailTemplate;
import org.constellation.notification.OutboxMail;
import org.constellation.notification.OutboxMailRepository;
import org.constellation.programme.Timing;
import org.constellation.proposal.Proposal;
import org.constellation.proposal.ProposalSubmission;
import org.constellation.security.StaffAccessSetup;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The coordinators' outbox pages over real HTTP, signed in through Camunda's own login (the pages have none of their
 * own): only coordinators see them; they filter, read a mail as sent (private link masked) and resend it.
 */
class CoordinationIT extends PostgresIntegrationTest {

    static final String PASSWORD = "Nebuleuse-Crabe-2026!";

    @LocalServerPort
    int port;

    @Autowired
    IdentityService identity;

    @Autowired
    OutboxMailRepository outbox;

    @Autowired
    TaskService tasks;

    @Autowired
    StaffAccessSetup staffAccess;

    @Autowired
    RuntimeService runtime;

    @Autowired
    DataSource dataSource;

    @BeforeEach
    void staff() {
        user("coordit", StaffAccessSetup.COORDINATORS);
        user("revit", StaffAccessSetup.REVIEWERS);
    }

    void user(String id, String group) {
        if (identity.createUserQuery().userId(id).count() == 0) {
            User user = identity.newUser(id);
            user.setFirstName("Test");
            user.setLastName("Équipe");
            user.setPassword(PASSWORD);
            identity.saveUser(user);
            identity.createMembership(id, group);
        }
    }

    PortalClient signedIn(String user) throws Exception {
        return PortalClient.signedInToTasklist(port, "10.80.0.1", user, PASSWORD);
    }

    /**
     * The team's door lists what each role opens; the start form's list of calls names the open calls a person serves,
     * and none to someone signed out.
     */
    @Test
    void theTeamsDoorOpensWhatEachRoleMayUseAndTheStartFormOffersTheOpenCalls() throws Exception {
        Call call = openCall();
        String reviewerPage = signedIn("revit").get("/coordination").body();
        assertThat(doors(reviewerPage)).contains("href=\"/camunda/app/tasklist/\"", "href=\"/coordination/dossiers\"");
        // Neither the list nor the footer of any team page offers a reviewer what only coordinators open.
        assertThat(reviewerPage).doesNotContain("href=\"/coordination/appels\"", "href=\"/camunda/app/cockpit/\"");
        assertThat(signedIn("revit")
                        .get("/coordination/dossiers?appel=" + call.getId())
                        .body())
                .doesNotContain("href=\"/coordination/courriels\"");
        String coordinatorHome = doors(signedIn("coordit").get("/coordination").body());
        assertThat(coordinatorHome)
                .contains(
                        "href=\"/coordination/appels\"",
                        "href=\"/coordination/courriels\"",
                        "href=\"/coordination/effacements\"");

        HttpResponse<String> open =
                signedIn("coordit").header("Accept", "application/json").get("/coordination/appels/ouverts.json");
        assertThat(open.statusCode()).isEqualTo(200);
        assertThat(open.body()).contains("\"slug\":\"" + call.getSlug() + "\"", "\"title\":");
        assertThat(new PortalClient(port, "10.80.0.9")
                        .header("Accept", "application/json")
                        .get("/coordination/appels/ouverts.json")
                        .statusCode())
                .isEqualTo(401);
    }

    /** The list of the team's door, without the page's footer. */
    static String doors(String page) {
        assertThat(page).contains("<h1>Espace de l’équipe</h1>", "<ul class=\"doors\">");
        int list = page.indexOf("<ul class=\"doors\">");
        return page.substring(list, page.indexOf("</ul>", list));
    }

    /** The case workspace (issue 16): the call's cases, filtered by the address, exported, and one case's story. */
    @Test
    void aCoordinatorListsFiltersExportsAndReadsTheCallsCases() throws Exception {
        Call call = openCall();
        List<Proposal> submitted = new ArrayList<>();
        for (String title : List.of("Observatoire ouvert", "Atelier comètes")) {
            submitted.add(proposalService.submit(
                    ProposalSubmission.fromFormValues(
                            submission(call, title, "dossier-" + call.getId() + "-" + title.length() + "@example.org")),
                    Locale.FRENCH));
        }
        runJobs();
        Task check = tasks.createTaskQuery()
                .processInstanceId(submitted.get(1).getProcessInstanceId())
                .singleResult();
        tasks.claim(check.getId(), "revit");
        tasks.complete(
                check.getId(),
                Map.of("eligibilityDecision", "INCOMPLETE", "missingInformation", "Quelle date pour l'atelier ?"));
        runJobs();

        PortalClient coordinator = signedIn("coordit");
        // A proposal with no process (as last season's are, once over) has its line too.
        Call archive = openCall();
        proposalService.register(
                ProposalSubmission.fromFormValues(
                        submission(archive, "Archive", "archive-" + archive.getId() + "@example.org")),
                Locale.FRENCH);
        assertThat(coordinator
                        .get("/coordination/dossiers?appel=" + archive.getId())
                        .body())
                .contains("1 dossier(s)", "Archive");
        String all =
                coordinator.get("/coordination/dossiers?appel=" + call.getId()).body();
        assertThat(all)
                .contains(
                        "2 dossier(s)",
                        submitted.get(0).getReference(),
                        submitted.get(1).getReference(),
                        "Vérification de l’éligibilité : 1",
                        "Informations demandées : 1",
                        "Vérifier l&#39;éligibilité")
                .contains("à prendre · Relecteurs", "l’équipe", "le porteur");
        HttpResponse<String> unknown = coordinator.get("/coordination/dossiers?appel=" + call.getId() + "&etat=PERDU");
        assertThat(unknown.statusCode()).isEqualTo(400);
        assertThat(unknown.body())
                .as("in French, with the value, not Java's message")
                .contains("Filtre inconnu : « PERDU » n’est pas une valeur de ce filtre.")
                .doesNotContain("enum");
        String applicant = coordinator
                .get("/coordination/dossiers?appel=" + call.getId() + "&attente=APPLICANT")
                .body();
        assertThat(applicant).contains("1 dossier(s)", "Atelier comètes").doesNotContain("Observatoire ouvert");
        assertThat(coordinator
                        .get("/coordination/dossiers?appel=" + call.getId() + "&q=OBSERVATOIRE")
                        .body())
                .contains("1 dossier(s)", "Observatoire ouvert")
                .doesNotContain("Atelier comètes");
        assertThat(coordinator
                        .get("/coordination/dossiers?appel=" + call.getId() + "&etat=PERDU")
                        .statusCode())
                .isEqualTo(400);
        String base = "/coordination/dossiers?appel=" + call.getId();
        List<Map.Entry<String, String>> save = new ArrayList<>(PortalClient.hiddenFields(applicant));
        save.add(Map.entry("nom", "Réponses attendues"));
        HttpResponse<String> saved =
                coordinator.post("/coordination/dossiers/vues?appel=" + call.getId() + "&attente=APPLICANT", save);
        assertThat(saved.headers().firstValue("Location").orElseThrow()).contains("attente=APPLICANT");
        assertThat(coordinator
                        .get("/coordination/dossiers?appel=" + call.getId())
                        .body())
                .contains("Mes vues", "Réponses attendues", "attente=APPLICANT");
        String byTitle = coordinator.get(base + "&tri=TITLE").body();
        assertThat(byTitle.indexOf("Atelier comètes")).isLessThan(byTitle.indexOf("Observatoire ouvert"));
        assertThat(coordinator.get(base + "&tri=AU_HASARD").statusCode()).isEqualTo(400);
        assertThat(coordinator.get(base + "&tenue=personne").body()).contains("1 dossier(s)", "Observatoire ouvert");
        assertThat(coordinator.get(base + "&tenue=revit").body()).contains("0 dossier(s)");
        assertThat(coordinator.get(base + "&retard=oui").body()).contains("0 dossier(s)");
        assertThat(coordinator.get(base + "&theme=astronomy&commune=38185").body())
                .contains("2 dossier(s)")
                .contains("appel=" + call.getId() + "&amp;theme=astronomy&amp;commune=38185");

        HttpResponse<String> csv = coordinator.get("/coordination/dossiers.csv?appel=" + call.getId());
        assertThat(csv.headers().firstValue("Content-Type").orElseThrow()).startsWith("text/csv");
        assertThat(csv.body()).startsWith("\uFEFFRéférence;Titre;Structure;Nature;État");
        assertThat(csv.body().lines())
                .hasSize(3)
                .anySatisfy(line -> assertThat(line)
                        .contains(
                                submitted.get(1).getReference(),
                                "Atelier comètes",
                                "Informations demandées",
                                "le porteur"));

        HttpResponse<byte[]> xlsx =
                coordinator.getBytes("/coordination/dossiers.xlsx?appel=" + call.getId() + "&attente=APPLICANT");
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx.body()))) {
            Sheet sheet = workbook.getSheetAt(0);
            assertThat(sheet.getRow(0).getCell(0).getStringCellValue()).isEqualTo("Référence");
            assertThat(sheet.getLastRowNum())
                    .as("one case waits for its applicant")
                    .isEqualTo(1);
            assertThat(sheet.getRow(1).getCell(0).getStringCellValue())
                    .isEqualTo(submitted.get(1).getReference());
            assertThat(sheet.getRow(1).getCell(10).getStringCellValue()).isEqualTo("le porteur");
        }

        String story = coordinator
                .get("/coordination/dossiers/" + submitted.get(1).getId())
                .body();
        assertThat(story)
                .contains(
                        "Histoire du dossier",
                        "Informations demandées",
                        "Quelle date pour l&#39;atelier ?",
                        "Accusé de réception — Envoyé",
                        "Ouvrir dans Cockpit",
                        "le porteur")
                .doesNotContain("acknowledgement");
        assertThat(coordinator.get("/coordination/dossiers/999999999").statusCode())
                .isEqualTo(404);

        // A bulk label, confirmed first, then in each case's story; a staff note; a message to the chosen holders.
        List<Map.Entry<String, String>> label = new ArrayList<>(PortalClient.hiddenFields(all));
        label.addAll(List.of(
                Map.entry("appel", call.getId().toString()),
                Map.entry("action", "LABEL"),
                Map.entry("etiquette", "À relancer"),
                Map.entry("dossier", submitted.get(0).getId().toString()),
                Map.entry("dossier", submitted.get(1).getId().toString())));
        HttpResponse<String> confirm = coordinator.post("/coordination/dossiers/actions", label);
        assertThat(confirm.body()).contains("Ajouter l’étiquette « À relancer »", "2 dossier(s)", "Confirmer");
        List<Map.Entry<String, String>> confirmed = new ArrayList<>(PortalClient.hiddenFields(confirm.body()));
        confirmed.addAll(label.subList(PortalClient.hiddenFields(all).size(), label.size()));
        confirmed.add(Map.entry("confirme", "oui"));
        assertThat(coordinator.post("/coordination/dossiers/actions", confirmed).statusCode())
                .isEqualTo(303);
        assertThat(coordinator
                        .get("/coordination/dossiers?appel=" + call.getId() + "&etiquette=%C3%A0+relancer")
                        .body())
                .contains("2 dossier(s)");
        String casePage = "/coordination/dossiers/" + submitted.get(0).getId();
        List<Map.Entry<String, String>> note = new ArrayList<>(
                PortalClient.hiddenFields(coordinator.get(casePage).body()));
        note.add(Map.entry("note", "Appeler la porteuse mardi."));
        assertThat(coordinator.post(casePage + "/note", note).statusCode()).isEqualTo(303);
        assertThat(coordinator.get(casePage).body())
                .contains("Étiquette ajoutée : à relancer", "Appeler la porteuse mardi.", "Note de l’équipe");
        List<Map.Entry<String, String>> message = new ArrayList<>(PortalClient.hiddenFields(all));
        message.addAll(List.of(
                Map.entry("appel", call.getId().toString()),
                Map.entry("action", "MESSAGE"),
                Map.entry("objet", "Votre date"),
                Map.entry("message", "Pouvez-vous confirmer votre date ?"),
                Map.entry("dossier", submitted.get(0).getId().toString()),
                Map.entry("confirme", "oui")));
        assertThat(coordinator.post("/coordination/dossiers/actions", message).statusCode())
                .isEqualTo(303);
        runJobs();
        assertThat(outbox.findByProposalIdOrderById(submitted.get(0).getId()))
                .extracting(OutboxMail::getTemplate)
                .contains(MailTemplate.GROUP_MESSAGE);
        assertThat(coordinator.get(casePage).body()).contains("Message aux porteurs : Votre date");

        String figures =
                coordinator.get("/coordination/analyse?appel=" + call.getId()).body();
        assertThat(figures)
                .contains(
                        "Entonnoir de l’appel",
                        "<th scope=\"row\">Reçues</th><td>2</td>",
                        "Informations demandées",
                        "le porteur",
                        "à prendre");
        // The heatmap scaled to the page, each diagram alone at its size one link away.
        assertThat(figures).contains("class=\"heatmap\"", "Agrandir « ");
        HttpResponse<String> diagram =
                coordinator.get("/coordination/analyse/carte?appel=" + call.getId() + "&schema=0");
        assertThat(diagram.statusCode()).isEqualTo(200);
        assertThat(diagram.body())
                .contains("<svg", "aria-labelledby=\"carte-0\"", "<body class=\"wide\">")
                .doesNotContain("class=\"heatmap\"");
        assertThat(coordinator
                        .get("/coordination/analyse/carte?appel=" + call.getId() + "&schema=99")
                        .statusCode())
                .isEqualTo(404);
        // A reviewer of the call's group reads its cases, acts on none; one of another group sees none of them.
        PortalClient reviewer = signedIn("revit");
        String readOnly =
                reviewer.get("/coordination/dossiers?appel=" + call.getId()).body();
        assertThat(readOnly)
                .contains("2 dossier(s)", "Atelier comètes")
                .doesNotContain("Pour les dossiers choisis")
                .as("views are their owner's")
                .doesNotContain("Réponses attendues");
        assertThat(reviewer.get(casePage).body())
                .contains("Histoire du dossier")
                .doesNotContain("Enregistrer la note");
        assertThat(reviewer.post("/coordination/dossiers/actions", confirmed).statusCode())
                .isEqualTo(403);
        assertThat(reviewer.get("/coordination/analyse?appel=" + call.getId()).statusCode())
                .isEqualTo(403);
        // A request of access received by mail: the coordinator downloads the holder's data, a reviewer cannot.
        String exportPath = casePage + "/donnees.json";
        HttpResponse<String> export = coordinator.get(exportPath);
        assertThat(export.statusCode()).isEqualTo(200);
        assertThat(export.body())
                .contains("\"reference\" : \"" + submitted.get(0).getReference() + "\"", "Observatoire ouvert")
                .doesNotContain("Atelier comètes");
        assertThat(reviewer.get(exportPath).statusCode()).isEqualTo(403);
        if (identity.createGroupQuery().groupId("autresrelecteurs").count() == 0) {
            Group others = identity.newGroup("autresrelecteurs");
            others.setName("Relecteurs d'un autre appel");
            identity.saveGroup(others);
            staffAccess.grantStaffAccess("autresrelecteurs");
        }
        user("revautre", "autresrelecteurs");
        PortalClient stranger = signedIn("revautre");
        assertThat(stranger.get("/coordination/dossiers?appel=" + call.getId()).statusCode())
                .isEqualTo(403);
        assertThat(stranger.get(casePage).statusCode()).isEqualTo(403);
        assertThat(stranger.get("/coordination/dossiers.csv?appel=" + call.getId())
                        .statusCode())
                .isEqualTo(403);
    }

    /**
     * The case page shows the proposal as the team reads it, contact details included, above its story; the case table
     * uses the screen's width and shows the columns its address chooses, kept with a saved view, an unknown column left
     * aside (issue 28, item 5).
     */
    @Test
    void theCasePageShowsTheProposalAboveItsStoryAndTheTableTheColumnsChosen() throws Exception {
        Call call = openCall();
        String email = "proposition-" + call.getId() + "@example.org";
        Map<String, Object> values = submission(call, "Planétarium mobile", email);
        values.put("description", "Un dôme gonflable dans la cour du collège.\nDeux séances par jour.");
        values.put("place", "Cour du collège Stendhal");
        Proposal proposal = proposalService.submit(ProposalSubmission.fromFormValues(values), Locale.FRENCH);
        PortalClient coordinator = signedIn("coordit");

        String page =
                coordinator.get("/coordination/dossiers/" + proposal.getId()).body();
        int story = page.indexOf("<h2>Histoire du dossier</h2>");
        int proposition = page.indexOf("<h2 id=\"proposition\">La proposition</h2>");
        assertThat(proposition).isPositive().isLessThan(story);
        for (String answer : List.of(
                "Un dôme gonflable dans la cour du collège.", "Cour du collège Stendhal", "Astronomie", email)) {
            assertThat(page.indexOf(answer))
                    .as(answer)
                    .isGreaterThan(proposition)
                    .isLessThan(story);
        }

        String cases = "/coordination/dossiers?appel=" + call.getId();
        assertThat(coordinator.get(cases).body())
                .as("every column by default, on the screen's width")
                .contains(
                        "<body class=\"wide\">",
                        header("Référence"),
                        header("Titre"),
                        header("Structure"),
                        header("État"),
                        header("Étiquettes"));
        String two = coordinator.get(cases + "&colonnes=reference,titre").body();
        assertThat(two)
                .contains(header("Référence"), header("Titre"), "Planétarium mobile")
                .doesNotContain(header("Structure"), header("Nature"), header("État"), header("Étiquettes"));
        HttpResponse<String> unknown = coordinator.get(cases + "&colonnes=titre,inconnue");
        assertThat(unknown.statusCode()).isEqualTo(200);
        assertThat(unknown.body())
                .contains(header("Référence"), header("Titre"))
                .doesNotContain(header("Structure"));
        HttpResponse<String> noneKnown = coordinator.get(cases + "&colonnes=inconnue");
        assertThat(noneKnown.statusCode()).isEqualTo(200);
        assertThat(noneKnown.body()).as("nothing known asked: every column").contains(header("Structure"));

        List<Map.Entry<String, String>> save = new ArrayList<>(PortalClient.hiddenFields(two));
        save.add(Map.entry("nom", "Titres seulement"));
        HttpResponse<String> saved = coordinator.post(
                "/coordination/dossiers/vues?appel=" + call.getId() + "&colonnes=reference,titre", save);
        assertThat(saved.headers().firstValue("Location").orElseThrow())
                .containsPattern("colonnes=reference(,|%2C)titre");
        Matcher view = Pattern.compile("href=\"([^\"]*)\">Titres seulement</a>")
                .matcher(coordinator.get(cases).body());
        assertThat(view.find()).as("the saved view's link").isTrue();
        String applied = coordinator.get(view.group(1).replace("&amp;", "&")).body();
        assertThat(applied)
                .contains(header("Référence"), header("Titre"), "Planétarium mobile")
                .doesNotContain(header("Structure"), header("Étiquettes"));
    }

    private static String header(String label) {
        return "<th scope=\"col\">" + label + "</th>";
    }

    /**
     * What a selection committee reads (issue 28, item 6): each case's line, its answers in words and its eligibility
     * check; in the workbook, days as date cells, a frozen header and a filter over the table; in the CSV, French
     * dates.
     */
    @Test
    void theExportsCarryEachProposalInWordsWithItsDatesAndItsEligibilityDecision() throws Exception {
        Call call = openCall();
        Proposal decided = proposalService.submit(
                ProposalSubmission.fromFormValues(
                        submission(call, "Nuit des comètes", "comite-" + call.getId() + "@example.org")),
                Locale.FRENCH);
        Proposal waiting = proposalService.submit(
                ProposalSubmission.fromFormValues(
                        submission(call, "Atelier météorites", "comite-attente-" + call.getId() + "@example.org")),
                Locale.FRENCH);
        runJobs();
        Task check = tasks.createTaskQuery()
                .processInstanceId(decided.getProcessInstanceId())
                .singleResult();
        tasks.claim(check.getId(), "revit");
        tasks.complete(check.getId(), Map.of("eligibilityDecision", "ELIGIBLE", "publicVerdict", "PASS"));
        runJobs();
        PortalClient coordinator = signedIn("coordit");

        HttpResponse<byte[]> xlsx = coordinator.getBytes("/coordination/dossiers.xlsx?appel=" + call.getId());
        assertThat(xlsx.statusCode()).isEqualTo(200);
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx.body()))) {
            XSSFSheet sheet = workbook.getSheetAt(0);
            assertThat(sheet.getPaneInformation()).as("a frozen header row").isNotNull();
            assertThat(sheet.getPaneInformation().isFreezePane()).isTrue();
            assertThat(sheet.getPaneInformation().getHorizontalSplitPosition()).isEqualTo((short) 1);
            assertThat(sheet.getCTWorksheet().isSetAutoFilter())
                    .as("a filter over the whole table")
                    .isTrue();
            List<String> header = new ArrayList<>();
            sheet.getRow(0).forEach(cell -> header.add(cell.getStringCellValue()));
            assertThat(header)
                    .startsWith("Référence", "Titre", "Structure")
                    .contains(
                            "Thèmes de l'appel",
                            "Date de début prévue",
                            "Critère : Critère public",
                            "Décision d'éligibilité",
                            "Décidée par",
                            "Décidée le",
                            "Dernière décision le")
                    .as("the title and the structure once")
                    .doesNotContain("Nom de la structure");
            assertThat(sheet.getLastRowNum()).isEqualTo(2);
            Map<String, XSSFRow> rows = new HashMap<>();
            for (int i = 1; i <= sheet.getLastRowNum(); i++) {
                rows.put(sheet.getRow(i).getCell(0).getStringCellValue(), sheet.getRow(i));
            }
            XSSFRow row = rows.get(decided.getReference());
            Cell start = row.getCell(header.indexOf("Date de début prévue"));
            assertThat(start.getCellType()).isEqualTo(CellType.NUMERIC);
            assertThat(DateUtil.isCellDateFormatted(start)).isTrue();
            assertThat(start.getLocalDateTimeCellValue().toLocalDate()).isEqualTo(decided.getPlannedStart());
            assertThat(row.getCell(header.indexOf("Thèmes de l'appel")).getStringCellValue())
                    .isEqualTo("Astronomie");
            assertThat(row.getCell(header.indexOf("Besoins d'accompagnement")).getStringCellValue())
                    .isEqualTo("Trouver des intervenants");
            assertThat(row.getCell(header.indexOf("Jours dans l'étape")).getCellType())
                    .isEqualTo(CellType.NUMERIC);
            assertThat(row.getCell(header.indexOf("Critère : Critère public")).getStringCellValue())
                    .isEqualTo("Rempli");
            assertThat(row.getCell(header.indexOf("Décision d'éligibilité")).getStringCellValue())
                    .isEqualTo("Éligible");
            assertThat(row.getCell(header.indexOf("Décidée par")).getStringCellValue())
                    .isEqualTo("Test Équipe");
            Cell when = row.getCell(header.indexOf("Décidée le"));
            assertThat(DateUtil.isCellDateFormatted(when)).isTrue();
            assertThat(when.getCellStyle().getDataFormatString()).isEqualTo("dd/mm/yyyy hh:mm");
            assertThat(DateUtil.isCellDateFormatted(row.getCell(header.indexOf("Dernière décision le"))))
                    .isTrue();
            // The other check is open: its criteria wait for the reviewer, nothing is decided.
            XSSFRow open = rows.get(waiting.getReference());
            assertThat(open.getCell(header.indexOf("Critère : Critère public")).getStringCellValue())
                    .isEqualTo("À vérifier");
            assertThat(open.getCell(header.indexOf("Décision d'éligibilité"))).isNull();
        }

        String csv = coordinator
                .get("/coordination/dossiers.csv?appel=" + call.getId())
                .body();
        List<CSVRecord> lines = CSVFormat.EXCEL
                .builder()
                .setDelimiter(';')
                .setHeader()
                .setSkipHeaderRecord(true)
                .get()
                .parse(new StringReader(csv.substring(1)))
                .getRecords();
        assertThat(lines).hasSize(2);
        CSVRecord line = lines.stream()
                .filter(l -> l.get("Référence").equals(decided.getReference()))
                .findFirst()
                .orElseThrow();
        assertThat(line.get("Thèmes de l'appel")).isEqualTo("Astronomie");
        assertThat(line.get("Date de début prévue"))
                .isEqualTo(decided.getPlannedStart().format(DateTimeFormatter.ofPattern("dd/MM/yyyy")));
        assertThat(line.get("Décision d'éligibilité")).isEqualTo("Éligible");
        assertThat(line.get("Décidée le")).matches("\\d{2}/\\d{2}/\\d{4} \\d{2}:\\d{2}");
    }

    /**
     * The search reads words as people type them: « Contes de la forêt » from "foret", capitals and accents aside, the
     * organisation's name with a typographic apostrophe too, and a case by its reference.
     */
    @Test
    void theCaseSearchFindsWordsWithoutTheirAccentsOrCapitals() throws Exception {
        Call call = openCall();
        Proposal tale = proposalService.submit(
                ProposalSubmission.fromFormValues(
                        submission(call, "Contes de la forêt", "contes-" + call.getId() + "@example.org")),
                Locale.FRENCH);
        proposalService.submit(
                ProposalSubmission.fromFormValues(
                        submission(call, "Atelier cadrans solaires", "cadrans-" + call.getId() + "@example.org")),
                Locale.FRENCH);
        PortalClient coordinator = signedIn("coordit");
        String cases = "/coordination/dossiers?appel=" + call.getId() + "&q=";
        for (String typed : List.of(
                "foret", "FORÊT", "Contes de la Foret", tale.getReference().toLowerCase(Locale.ROOT))) {
            assertThat(coordinator
                            .get(cases + URLEncoder.encode(typed, StandardCharsets.UTF_8))
                            .body())
                    .as(typed)
                    .contains("1 dossier(s)", "Contes de la forêt")
                    .doesNotContain("Atelier cadrans solaires");
        }
        assertThat(coordinator.get(cases + "CADRANS").body()).contains("1 dossier(s)", "Atelier cadrans solaires");
        assertThat(coordinator
                        .get(cases + URLEncoder.encode("club d’astronomie", StandardCharsets.UTF_8))
                        .body())
                .contains("2 dossier(s)");
        assertThat(coordinator.get(cases + "forets").body()).contains("0 dossier(s)");
    }

    /** A call named by its address in the links of the cases and of the figures, as well as by its number. */
    @Test
    void theCasesAndFiguresOfACallAreReachedByItsAddress() throws Exception {
        Call call = openCall();
        proposalService.submit(
                ProposalSubmission.fromFormValues(
                        submission(call, "Cadran solaire", "adresse-" + call.getId() + "@example.org")),
                Locale.FRENCH);
        PortalClient coordinator = signedIn("coordit");
        HttpResponse<String> cases = coordinator.get("/coordination/dossiers?appel=" + call.getSlug());
        assertThat(cases.statusCode()).isEqualTo(200);
        assertThat(cases.body()).contains("1 dossier(s)", "Cadran solaire", "appel=" + call.getId());
        assertThat(coordinator
                        .get("/coordination/dossiers.csv?appel=" + call.getSlug())
                        .body())
                .contains("Cadran solaire");
        HttpResponse<String> figures = coordinator.get("/coordination/analyse?appel=" + call.getSlug());
        assertThat(figures.statusCode()).isEqualTo(200);
        assertThat(figures.body()).contains(call.getTitle(), "<th scope=\"row\">Reçues</th><td>1</td>");
        for (String path :
                List.of("/coordination/analyse?appel=pas-un-appel", "/coordination/dossiers?appel=pas-un-appel")) {
            HttpResponse<String> unknown = coordinator.get(path);
            assertThat(unknown.statusCode()).as(path).isEqualTo(404);
            assertThat(unknown.body()).as(path).contains("Aucun appel à l’adresse « pas-un-appel »");
        }
        HttpResponse<String> control = coordinator.get("/coordination/dossiers?appel=a%00b");
        assertThat(control.statusCode()).isEqualTo(404);
        assertThat(control.body()).contains("Aucun appel à l’adresse « ab »");
        assertThat(coordinator
                        .get("/coordination/analyse?appel=99999999999999999999")
                        .statusCode())
                .isEqualTo(404);
    }

    /** A bulk hand-over: the chosen cases' follow-up person changes, and so does the holder of their open task. */
    @Test
    void aCoordinatorHandsTheFollowUpOfCasesOver() throws Exception {
        Call call = openCall();
        Proposal proposal = proposalService.submit(
                ProposalSubmission.fromFormValues(
                        submission(call, "Cadrans solaires", "suivi-" + call.getId() + "@example.org")),
                Locale.FRENCH);
        runJobs();
        for (Map.Entry<String, Map<String, Object>> step : List.of(
                Map.entry(
                        "Task_CheckEligibility",
                        Map.<String, Object>of("eligibilityDecision", "ELIGIBLE", "publicVerdict", "PASS")),
                Map.entry(
                        "Task_PlanAccompaniment",
                        Map.<String, Object>of(
                                "accompanimentNeeds",
                                "Un lieu",
                                "accompanimentActions",
                                "Contact avec la médiathèque",
                                "followUpPerson",
                                "revit")))) {
            Task task = tasks.createTaskQuery()
                    .processInstanceId(proposal.getProcessInstanceId())
                    .taskDefinitionKey(step.getKey())
                    .singleResult();
            tasks.claim(task.getId(), "revit");
            tasks.complete(task.getId(), step.getValue());
            runJobs();
        }
        Task matching = tasks.createTaskQuery()
                .processInstanceId(proposal.getProcessInstanceId())
                .singleResult();
        assertThat(matching.getAssignee()).isEqualTo("revit");

        PortalClient coordinator = signedIn("coordit");
        List<Map.Entry<String, String>> handOver = new ArrayList<>(PortalClient.hiddenFields(
                coordinator.get("/coordination/dossiers?appel=" + call.getId()).body()));
        handOver.addAll(List.of(
                Map.entry("appel", call.getId().toString()),
                Map.entry("action", "FOLLOW_UP"),
                Map.entry("suivi", "coordit"),
                Map.entry("dossier", proposal.getId().toString()),
                Map.entry("confirme", "oui")));
        assertThat(coordinator.post("/coordination/dossiers/actions", handOver).statusCode())
                .isEqualTo(303);
        assertThat(tasks.createTaskQuery()
                        .taskId(matching.getId())
                        .singleResult()
                        .getAssignee())
                .isEqualTo("coordit");
        assertThat(runtimeVariable(proposal, "followUpPerson")).isEqualTo("coordit");
        assertThat(coordinator.get("/coordination/dossiers/" + proposal.getId()).body())
                .contains("Suivi confié à Test Équipe");

        handOver.replaceAll(e -> e.getKey().equals("suivi") ? Map.entry("suivi", "personne-inconnue") : e);
        assertThat(coordinator.post("/coordination/dossiers/actions", handOver).body())
                .contains("« personne-inconnue » n&#39;est pas un membre de l&#39;équipe.");
    }

    Object runtimeVariable(Proposal proposal, String name) {
        return runtime.getVariable(proposal.getProcessInstanceId(), name);
    }

    /** Camunda's banner urging a migration to Camunda 8 is hidden from the team in the three webapps (issue 16). */
    @Test
    void theWebappsDoNotShowTheCamunda8Banner() throws Exception {
        for (String app : List.of("tasklist", "cockpit", "admin")) {
            HttpResponse<String> styles = new PortalClient(port, "10.80.0.3")
                    .get("/camunda/app/" + app + "/styles/user-styles.css?bust=7.24.0");
            assertThat(styles.statusCode()).as(app).isEqualTo(200);
            assertThat(styles.body()).as(app).contains(".ce-eol-banner", "display: none");
        }
    }

    @Test
    void onlyCoordinatorsSeeTheOutbox() throws Exception {
        // A browser is sent to sign in and back; any other client is told why.
        HttpResponse<String> browser = new PortalClient(port, "10.80.0.2").get("/coordination/courriels?page=2");
        assertThat(browser.statusCode()).isEqualTo(303);
        assertThat(browser.headers().firstValue("Location").orElseThrow())
                .endsWith("/camunda/app/tasklist/default/?retour=%2Fcoordination%2Fcourriels%3Fpage%3D2");
        HttpResponse<String> anonymous = new PortalClient(port, "10.80.0.3")
                .header("Accept", "application/json")
                .get("/coordination/courriels");
        assertThat(anonymous.statusCode()).isEqualTo(401);
        assertThat(anonymous.body()).contains("Connectez-vous d&#39;abord à Tasklist");
        HttpResponse<String> reviewer = signedIn("revit").get("/coordination/courriels");
        assertThat(reviewer.statusCode()).isEqualTo(403);
        assertThat(reviewer.body()).contains("réservée au groupe « coordinators »");
    }

    @Test
    void aCoordinatorFiltersReadsAMailAsSentAndResendsIt() throws Exception {
        Call call = openCall();
        String address = "boite-" + call.getId() + "@example.org";
        Map<String, Object> values = submission(call, "Planétarium <i>mobile</i>", address);
        Proposal proposal = proposalService.submit(ProposalSubmission.fromFormValues(values), Locale.FRENCH);
        runJobs();
        OutboxMail acknowledgement =
                outbox.findByProposalIdOrderById(proposal.getId()).get(0);

        PortalClient coordinator = signedIn("coordit");
        String list = coordinator
                .get("/coordination/courriels?appel=" + call.getId() + "&type=acknowledgement&statut=SENT")
                .body();
        assertThat(list)
                .contains(
                        proposal.getReference(),
                        "Accusé de réception",
                        "Envoyé",
                        "/coordination/courriels/" + acknowledgement.getId());
        // Who it went to, and which page of how many.
        assertThat(list)
                .contains(
                        "<td class=\"wrap\">" + address + "</td>",
                        "1 courriel(s)",
                        "page 1 sur 1",
                        "class=\"table-scroll\"");
        assertThat(coordinator
                        .get("/coordination/courriels?appel=" + call.getId() + "&page=2")
                        .body())
                .contains("Aucun courriel ne correspond.");
        assertThat(coordinator
                        .get("/coordination/courriels?appel=" + call.getId() + "&statut=FAILED")
                        .body())
                .contains("Aucun courriel ne correspond.");
        assertThat(coordinator.get("/coordination/courriels?statut=LOST").statusCode())
                .isEqualTo(400);

        HttpResponse<String> page = coordinator.get("/coordination/courriels/" + acknowledgement.getId());
        assertThat(page.body())
                .contains(
                        address,
                        "Planétarium &lt;i&gt;mobile&lt;/i&gt;",
                        "[lien de suivi personnel]",
                        acknowledgement.getMessageId().replace("<", "&lt;").replace(">", "&gt;"))
                .doesNotContain("/suivi/");
        HttpResponse<String> html = coordinator.get("/coordination/courriels/" + acknowledgement.getId() + "/html");
        assertThat(html.headers().firstValue("Content-Security-Policy"))
                .hasValueSatisfying(csp -> assertThat(csp).startsWith("sandbox"));
        assertThat(html.body()).contains("lang=\"fr\"", "Planétarium &lt;i&gt;mobile&lt;/i&gt;");

        String resend = "/coordination/courriels/" + acknowledgement.getId() + "/renvoyer";
        assertThat(coordinator.post(resend, List.of()).statusCode())
                .as("no CSRF token")
                .isEqualTo(403);
        List<Map.Entry<String, String>> form = new ArrayList<>(PortalClient.hiddenFields(page.body()));
        HttpResponse<String> resent = coordinator.post(resend, form);
        assertThat(resent.statusCode()).isEqualTo(303);
        runJobs();
        assertThat(smtp.getReceivedMessagesForDomain(address)).hasSize(2);
        assertThat(outbox.findByProposalIdOrderById(proposal.getId()))
                .last()
                .satisfies(copy -> assertThat(copy.getResendOf()).isEqualTo(acknowledgement.getId()))
                .satisfies(copy -> assertThat(copy.getStatus()).isEqualTo(OutboxMail.Status.SENT));
    }

    /**
     * A mail whose attempt began shows as in flight; one whose attempt was cut (its node or its database connection
     * lost) shows as interrupted and taken up again, then goes once its job runs again.
     */
    @Test
    void theOutboxShowsAMailInFlightAndAnAttemptThatWasCut() throws Exception {
        Call call = openCall();
        String address = "en-vol-" + call.getId() + "@example.org";
        Proposal proposal = proposalService.submit(
                ProposalSubmission.fromFormValues(submission(call, "En vol", address)), Locale.FRENCH);
        // The proposal's own steps only: its acknowledgement is queued, not yet delivered.
        for (int round = 0; round < 10; round++) {
            management
                    .createJobQuery()
                    .processInstanceId(proposal.getProcessInstanceId())
                    .executable()
                    .list()
                    .forEach(job -> management.executeJob(job.getId()));
        }
        OutboxMail mail = outbox.findByProposalIdOrderById(proposal.getId()).get(0);
        JdbcTemplate jdbc = new JdbcTemplate(dataSource);
        PortalClient coordinator = signedIn("coordit");
        String line = "/coordination/courriels/" + mail.getId();
        jdbc.update(
                "update outbox_mail set status = 'SENDING', attempts = 1, last_attempt_at = ? where id = ?",
                Timestamp.from(Instant.now()),
                mail.getId());
        assertThat(coordinator.get(line).body()).contains("En cours d&#39;envoi");
        jdbc.update(
                "update outbox_mail set last_attempt_at = ? where id = ?",
                Timestamp.from(Instant.now().minusSeconds(300)),
                mail.getId());
        assertThat(coordinator.get(line).body())
                .contains("Envoi interrompu (nœud ou base perdus), repris automatiquement");
        assertThat(coordinator
                        .get("/coordination/courriels?appel=" + call.getId())
                        .body())
                .contains("Envoi interrompu");
        runJobs();
        assertThat(outbox.findById(mail.getId()).orElseThrow())
                .satisfies(sent -> assertThat(sent.getStatus()).isEqualTo(OutboxMail.Status.SENT))
                .satisfies(sent -> assertThat(sent.getAttempts())
                        .as("the cut attempt, then this one")
                        .isEqualTo(2));
        assertThat(smtp.getReceivedMessagesForDomain(address)).hasSize(1);
    }

    @Test
    void aCoordinatorPreviewsEveryTemplateInBothLanguagesWithTheCallsSignature() throws Exception {
        Call call = openCall();
        PortalClient coordinator = signedIn("coordit");
        String index =
                coordinator.get("/coordination/modeles?appel=" + call.getId()).body();
        for (MailTemplate template : MailTemplate.forApplicants()) {
            for (String language : List.of("fr", "en")) {
                String path = "/coordination/modeles/" + template.templateName() + "?langue=" + language + "&appel="
                        + call.getId();
                assertThat(index).contains(path.replace("&", "&amp;"));
                HttpResponse<String> page = coordinator.get(path);
                assertThat(page.statusCode()).as(path).isEqualTo(200);
                assertThat(page.body()).as(path).contains(call.getTitle(), "La Lune en fête", "Claire Dumas");
                HttpResponse<String> html = coordinator.get(path.replace("?", "/html?"));
                assertThat(html.body()).as(path).contains("lang=\"" + language + "\"");
            }
        }
        assertThat(coordinator
                        .get("/coordination/modeles/ineligible?langue=en&appel=" + call.getId())
                        .body())
                .contains(
                        "cannot be accepted",
                        "On the call&#39;s territory",
                        "Lyon is neither in the call&#39;s territory");
        assertThat(coordinator
                        .get("/coordination/modeles/eligible?langue=fr&appel=" + call.getId())
                        .body())
                .contains("Votre premier contact dans l&#39;équipe : Romain Relecteur");
        assertThat(coordinator
                        .get("/coordination/modeles/unknown?appel=" + call.getId())
                        .statusCode())
                .isEqualTo(404);
        assertThat(coordinator.get("/coordination/modeles/eligible?langue=de").statusCode())
                .isEqualTo(400);
    }

    @Test
    void aCoordinatorWritesToTheHoldersOfAThemeEachInTheirLanguageAndFollowsTheProgress() throws Exception {
        Call call = openCall(settings -> settings.getThemes().add(new CallTheme("comets", "Comètes")));
        List<String> addresses = new ArrayList<>();
        for (String language : List.of("fr", "en", "fr")) {
            String address = "groupe-" + addresses.size() + "-" + call.getId() + "@example.org";
            Map<String, Object> values = submission(call, "Projet " + addresses.size(), address);
            values.put("language", language);
            values.put("themes", addresses.size() < 2 ? List.of("comets") : List.of("astronomy"));
            proposalService.submit(ProposalSubmission.fromFormValues(values), Locale.FRENCH);
            addresses.add(address);
        }
        runJobs();
        smtp.purgeEmailFromAllMailboxes();

        PortalClient coordinator = signedIn("coordit");
        String form = coordinator
                .get("/coordination/messages/nouveau?appel=" + call.getId() + "&theme=comets")
                .body();
        assertThat(form).contains("2 porteur(s)");
        List<Map.Entry<String, String>> fields = new ArrayList<>(PortalClient.hiddenFields(form));
        fields.addAll(List.of(
                Map.entry("appel", call.getId().toString()),
                Map.entry("theme", "comets"),
                Map.entry("objet", ""),
                Map.entry("message", "Le forum aura lieu le 12 mars.")));
        HttpResponse<String> refused = coordinator.post("/coordination/messages", fields);
        assertThat(refused.statusCode()).isEqualTo(200);
        assertThat(refused.body())
                .contains("Objet : une ligne de 1 à 150 caractères.", "Le forum aura lieu le 12 mars.");
        runJobs();
        assertThat(smtp.getReceivedMessages())
                .as("nothing sent for a refused message")
                .isEmpty();

        fields.set(fields.size() - 2, Map.entry("objet", "Forum des projets <b>12 mars</b>"));
        HttpResponse<String> sent = coordinator.post("/coordination/messages", fields);
        assertThat(sent.statusCode()).isEqualTo(303);
        String progressPath =
                sent.headers().firstValue("Location").orElseThrow().replaceFirst("^https?://[^/]+", "");
        assertThat(coordinator.get(progressPath).body()).contains("En attente : 2", "Envoyés : 0 sur 2");
        runJobs();
        assertThat(coordinator.get(progressPath).body()).contains("Envoyés : 2 sur 2", "thème « Comètes »");

        MimeMessage french = smtp.getReceivedMessagesForDomain(addresses.get(0))[0];
        MimeMessage english = smtp.getReceivedMessagesForDomain(addresses.get(1))[0];
        assertThat(french.getSubject()).isEqualTo("[" + call.getTitle() + "] Forum des projets <b>12 mars</b>");
        assertThat(part(french, "text/plain")).contains("Bonjour Alice Martin", "Le forum aura lieu le 12 mars.");
        assertThat(part(english, "text/plain")).contains("Hello Alice Martin", "Le forum aura lieu le 12 mars.");
        assertThat(part(english, "text/html")).contains("lang=\"en\"");
        assertThat(smtp.getReceivedMessagesForDomain(addresses.get(2)))
                .as("another theme")
                .isEmpty();
    }

    /**
     * The forum end to end: invited holders register from their tracking page (whom they want to meet), the coordinator
     * builds the plan and sends the schedules; each participant reads theirs by mail and on their page.
     */
    @Test
    void holdersRegisterForTheForumTheCoordinatorBuildsThePlanAndEachReadsTheirSchedule() throws Exception {
        Call call = openCall();
        List<Proposal> holders = new ArrayList<>();
        for (String name : List.of("Astro", "Comete", "Nebula")) {
            Map<String, Object> values =
                    submission(call, "Projet " + name, name.toLowerCase() + "-" + call.getId() + "@example.org");
            holders.add(proposalService.submit(ProposalSubmission.fromFormValues(values), Locale.FRENCH));
        }
        runJobs();
        for (Proposal holder : holders) {
            Task check = tasks.createTaskQuery()
                    .processInstanceId(holder.getProcessInstanceId())
                    .singleResult();
            tasks.complete(check.getId(), Map.of("eligibilityDecision", "ELIGIBLE", "publicVerdict", "PASS"));
        }
        runJobs();
        for (int timer = 0; timer < 2; timer++) {
            management.executeJob(management
                    .createJobQuery()
                    .processInstanceId(call.getProcessInstanceId())
                    .timers()
                    .singleResult()
                    .getId());
            runJobs();
        }
        Task organise = tasks.createTaskQuery()
                .processInstanceId(call.getProcessInstanceId())
                .singleResult();
        tasks.complete(
                organise.getId(),
                Map.of(
                        "forumAt",
                        call.getDeadline().plusDays(14).toString(),
                        "forumPlace",
                        "La Casemate, Grenoble",
                        "forumTables",
                        2,
                        "forumSlotMinutes",
                        20,
                        "forumSlots",
                        3));
        runJobs();

        List<PortalClient> applicants = new ArrayList<>();
        for (Proposal holder : holders) {
            PortalClient applicant = new PortalClient(port, "10.81.0." + (applicants.size() + 1));
            Matcher link = Pattern.compile("/suivi/([A-Za-z0-9_-]{43})")
                    .matcher(part(smtp.getReceivedMessagesForDomain(holder.getContactEmail())[0], "text/plain"));
            assertThat(link.find()).isTrue();
            applicant.get("/suivi/" + link.group(1));
            applicants.add(applicant);
        }
        String page = applicants.get(0).get("/suivi").body();
        assertThat(page).contains("Forum des projets", "La Casemate, Grenoble", "Projet Comete", "Projet Nebula");
        // Nobody answered yet: neither yes nor no is chosen, and sending no answer says what is missing.
        assertThat(page).doesNotContain("checked");
        assertThat(page).contains("<div class=\"choice\">\n          <input type=\"radio\" id=\"forum-yes\"");
        List<Map.Entry<String, String>> noAnswer = new ArrayList<>(PortalClient.hiddenFields(page));
        noAnswer.add(Map.entry("seeks", "Une salle"));
        HttpResponse<String> unanswered = applicants.get(0).post("/suivi/forum", noAnswer);
        assertThat(unanswered.statusCode()).isEqualTo(422);
        assertThat(unanswered.body()).contains("Dites-nous si vous venez au forum : oui ou non.");

        // Astro and Comete want to meet each other; Nebula wants Astro, who did not ask back; a forged id is refused.
        assertThat(registerForForum(applicants.get(0), "999999999", "Une salle").statusCode())
                .isEqualTo(422);
        assertThat(registerForForum(applicants.get(0), holders.get(1).getId().toString(), "Une salle")
                        .statusCode())
                .isEqualTo(303);
        assertThat(registerForForum(applicants.get(1), holders.get(0).getId().toString(), "Un intervenant")
                        .statusCode())
                .isEqualTo(303);
        assertThat(registerForForum(applicants.get(2), holders.get(0).getId().toString(), null)
                        .statusCode())
                .isEqualTo(303);

        PortalClient coordinator = signedIn("coordit");
        String forum =
                coordinator.get("/coordination/forum?appel=" + call.getId()).body();
        // The partnership selectors start on no proposal, rather than on the same one on both sides.
        String partnershipForm = forum.substring(forum.indexOf("<select id=\"premier\""));
        assertThat(partnershipForm)
                .contains(
                        "<option value=\"\">Choisissez une proposition</option>",
                        "<option value=\"\">Choisissez son partenaire</option>")
                .doesNotContain("selected");
        // The forum's time as it was entered, in Paris time: never the UTC the database keeps.
        assertThat(forum)
                .contains(call.getDeadline()
                                .plusDays(14)
                                .atZoneSameInstant(PARIS)
                                .format(DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm"))
                        + ", La Casemate, Grenoble");
        assertThat(forum).contains("Inscriptions (3)", "Une salle");
        List<Map.Entry<String, String>> form = new ArrayList<>(PortalClient.hiddenFields(forum));
        form.add(Map.entry("appel", call.getId().toString()));
        assertThat(coordinator.post("/coordination/forum/plan", form).statusCode())
                .isEqualTo(303);
        forum = coordinator.get("/coordination/forum?appel=" + call.getId()).body();
        assertThat(forum)
                .contains("Plan des rencontres", "Projet Astro × Projet Comete", "Projet Astro × Projet Nebula");
        assertThat(coordinator.post("/coordination/forum/programmes", form).statusCode())
                .isEqualTo(303);
        runJobs();
        assertThat(coordinator.post("/coordination/forum/programmes", form).statusCode())
                .isEqualTo(303);
        runJobs();

        MimeMessage[] toAstro = smtp.getReceivedMessagesForDomain(holders.get(0).getContactEmail());
        List<String> subjects = new ArrayList<>();
        for (MimeMessage mail : toAstro) {
            subjects.add(mail.getSubject());
        }
        assertThat(subjects)
                .as("one schedule, though sent twice as it stood")
                .filteredOn(subject -> subject.contains("Vos rencontres au forum"))
                .hasSize(1);
        assertThat(part(toAstro[toAstro.length - 1], "text/plain")).contains("table 1 : Projet Comete");
        assertThat(applicants.get(0).get("/suivi").body()).contains("Vos rencontres", "Projet Comete", "Projet Nebula");

        // After the forum, the coordinator records the partnership Astro and Comete formed: both pages list it.
        List<Map.Entry<String, String>> partnership = new ArrayList<>(form);
        partnership.addAll(List.of(
                Map.entry("premier", holders.get(0).getId().toString()),
                Map.entry("second", holders.get(1).getId().toString()),
                Map.entry("description", "Une soirée commune")));
        assertThat(coordinator
                        .post("/coordination/forum/partenariats", partnership)
                        .statusCode())
                .isEqualTo(303);
        assertThat(coordinator.get("/coordination/forum?appel=" + call.getId()).body())
                .contains("Projet Astro × Projet Comete — Une soirée commune");
        assertThat(applicants.get(1).get("/suivi").body())
                .contains("Vos partenariats, formés au forum", "Projet Astro", "Une soirée commune");
    }

    @Test
    void theProgrammePageShowsParisTimesAndSaysInWordsWhatASharedCalendarNeeds() throws Exception {
        Call call = openCall();
        OffsetDateTime eight =
                LocalDate.now(PARIS).plusMonths(7).atTime(20, 0).atZone(PARIS).toOffsetDateTime();
        programmeEntry(call, "Soirée d'observation", List.of(new Timing(eight, eight.plusHours(2))));
        programmeReleases.release(call.getSeason().getId(), "coordit", null);
        String page = signedIn("coordit")
                .get("/coordination/programme?appel=" + call.getId())
                .body();
        assertThat(page).contains(eight.format(DateTimeFormatter.ofPattern("dd/MM/yyyy")) + " 20:00");
        assertThat(page)
                .contains("demandez à l’administrateur de l’application")
                .doesNotContain("constellation.programme");
    }

    HttpResponse<String> registerForForum(PortalClient applicant, String wished, String seeks) throws Exception {
        List<Map.Entry<String, String>> form = new ArrayList<>(
                PortalClient.hiddenFields(applicant.get("/suivi").body()));
        form.add(Map.entry("attending", "YES"));
        form.add(Map.entry("wished", wished));
        if (seeks != null) {
            form.add(Map.entry("seeks", seeks));
        }
        return applicant.post("/suivi/forum", form);
    }
}
