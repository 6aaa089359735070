package org.constellation.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.entry;
import static org.assertj.core.api.Assertions.tuple;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.StringReader;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import javax.imageio.ImageIO;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.constellation.PortalClient;
import org.constellation.PostgresIntegrationTest;
import org.constellation.call.Call;
import org.constellation.call.CallObligation;
import org.constellation.call.CallObligation.Relative;
import org.constellation.call.LabelCommitment;
import org.constellation.label.Labels;
import org.constellation.obligation.DueDates;
import org.constellation.obligation.Obligations;
import org.constellation.programme.Timing;
import org.constellation.proposal.ProposalRepository;
import org.constellation.security.StaffAccessSetup;
import org.constellation.workflow.ParisTime;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The season's bilan over HTTP (issue 31, part 4), on PostgreSQL: four events in the programme, three of them over (in
 * three communes), two with a report entered (as the holder's report page or the team would write it: attendance per
 * session, pupils and classes, publics, a photo); the page's figures are the sums of the reports entered, its map has a
 * disc per commune reached; the open-data CSV is parsed, the PDF and the brochure (A5, one page per supported project,
 * in the season's order) read back. The reports' tables come with V25__event_report.sql. Another season has a labelling
 * call beside the call that supports: its events are labelled, not supported, and the obligations after selection are
 * counted met, on time, late (V26__label.sql, V27__obligation.sql).
 */
class SeasonBilanIT extends PostgresIntegrationTest {

    static final String PASSWORD = "Nebuleuse-Crabe-2026!";
    static final String COORDINATOR = "coordbilan";
    private static final Pattern CIRCLE = Pattern.compile("<circle ");

    /** Each report's sessions: attendance, pupils, classes. */
    static final int[][] NIGHT = {{120, 30, 2}, {80, 0, 0}};

    static final int[][] WORKSHOP = {{25, 25, 1}};

    /** The label of the labelling call, and the one obligation after selection of both calls' projects. */
    static final String LABEL = "Made in Isère";

    static final CallObligation ANNOUNCEMENT =
            new CallObligation("Annonce dans l'agenda de la Métropole", CallObligation.Kind.OTHER, 10, Relative.BEFORE);

    @LocalServerPort
    int port;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    SeasonBilan bilan;

    @Autowired
    Labels labels;

    @Autowired
    Obligations obligations;

    @Autowired
    ProposalRepository proposals;

    @BeforeEach
    void people() {
        teamMember(COORDINATOR, PASSWORD, StaffAccessSetup.COORDINATORS, "Lina Moreau");
        teamMember("revbilan", PASSWORD, StaffAccessSetup.REVIEWERS, "Paul Relecteur");
    }

    /** A report as V25 keeps it, one session row per timing of the entry, and its id. */
    Long report(Call call, Long proposalId, String publics, List<Timing> timings, int[][] sessions) {
        Long id = jdbc.queryForObject(
                "insert into event_report (proposal_id, call_id, publics, partners, account, received_at)"
                        + " values (?, ?, ?, ?, ?, ?) returning id",
                Long.class,
                proposalId,
                call.getId(),
                publics,
                "MJC Anatole France",
                "Une belle soirée, le ciel était dégagé.",
                OffsetDateTime.now());
        for (int position = 0; position < sessions.length; position++) {
            jdbc.update(
                    "insert into event_report_session (report_id, position, starts_at, attendance, pupils, classes)"
                            + " values (?, ?, ?, ?, ?, ?)",
                    id,
                    position,
                    timings.get(position).startsAt(),
                    sessions[position][0],
                    sessions[position][1],
                    sessions[position][2]);
        }
        return id;
    }

    static long sum(int column, int[][]... reports) {
        long sum = 0;
        for (int[][] report : reports) {
            for (int[] session : report) {
                sum += session[column];
            }
        }
        return sum;
    }

    static byte[] photo() throws Exception {
        BufferedImage image = new BufferedImage(40, 30, BufferedImage.TYPE_INT_RGB);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImageIO.write(image, "png", out);
        return out.toByteArray();
    }

    static String text(String html) {
        return Jsoup.parse(html).text();
    }

    static String pdfText(PDDocument document, int page) throws Exception {
        PDFTextStripper stripper = new PDFTextStripper();
        stripper.setStartPage(page);
        stripper.setEndPage(page);
        return stripper.getText(document).replaceAll("\\s+", " ");
    }

    @Test
    void theBilanAddsUpTheReportsEnteredAndGoesAwayAsCsvPdfAndBrochure() throws Exception {
        Call call = openCall();
        long season = call.getSeason().getId();
        OffsetDateTime evening = OffsetDateTime.now(PARIS)
                .minusMonths(2)
                .withHour(20)
                .withMinute(0)
                .withSecond(0)
                .withNano(0);
        List<Timing> nightTimes = List.of(
                new Timing(evening, evening.plusHours(3)),
                new Timing(evening.plusDays(2), evening.plusDays(2).plusHours(2)));
        List<Timing> workshopTimes = List.of(new Timing(
                evening.minusDays(10).withHour(14), evening.minusDays(10).withHour(16)));
        Long night = programmeEntry(call, "Nuit des étoiles au parc", nightTimes);
        Long workshop = programmeEntry(call, "Atelier comètes", workshopTimes);
        Long talk = programmeEntry(
                call,
                "Conférence sur Mars",
                List.of(new Timing(evening.minusDays(20), evening.minusDays(20).plusHours(2))));
        programmeEntry(
                call,
                "Observation de l'hiver prochain",
                List.of(new Timing(evening.plusMonths(5), evening.plusMonths(5).plusHours(2))));
        jdbc.update("update proposal set commune_insee = '38151', commune_name = 'Échirolles' where id = ?", workshop);
        jdbc.update("update proposal set commune_insee = '38140', commune_name = 'Crolles' where id = ?", talk);
        // Supported: the night and the workshop went through accompaniment; the talk is still being checked.
        jdbc.update("update proposal set status = 'PUBLISHED' where id in (?, ?)", night, workshop);
        Long nightReport = report(call, night, "FAMILIES,SCHOOL_CLASSES", nightTimes, NIGHT);
        report(call, workshop, "FAMILIES", workshopTimes, WORKSHOP);
        jdbc.update(
                "insert into event_report_photo (report_id, file_name, content_type, content) values (?, ?, ?, ?)",
                nightReport,
                "nuit.png",
                "image/png",
                photo());

        long attendance = sum(0, NIGHT, WORKSHOP);
        long pupils = sum(1, NIGHT, WORKSHOP);
        long classes = sum(2, NIGHT, WORKSHOP);
        BilanFigures figures = bilan.figures(new SeasonBilan.Scope(season, null), Locale.FRENCH);
        assertThat(figures.totals())
                .isEqualTo(new BilanFigures.Totals(3, 2, attendance, pupils, classes, 2, 0, 0, 0, 0, 0, 0, 0));
        assertThat(figures.communes())
                .extracting(place -> place.line().label())
                .containsExactly("Grenoble", "Échirolles", "Crolles");
        assertThat(figures.communesTotal().attendance()).isEqualTo(attendance);
        assertThat(figures.monthsTotal().attendance()).isEqualTo(attendance);
        assertThat(figures.monthsTotal().sessions()).isEqualTo(4);
        assertThat(figures.themes()).singleElement().satisfies(theme -> {
            assertThat(theme.label()).isEqualTo("Astronomie");
            assertThat(theme.events()).isEqualTo(3);
            assertThat(theme.attendance()).isEqualTo(attendance);
        });
        assertThat(figures.publics())
                .extracting(BilanFigures.Line::label, BilanFigures.Line::reported, BilanFigures.Line::attendance)
                .containsExactly(tuple("Familles", 2L, attendance), tuple("Classes (scolaires)", 1L, sum(0, NIGHT)));

        PortalClient coordinator = PortalClient.signedInToTasklist(port, "10.86.5.1", COORDINATOR, PASSWORD);
        HttpResponse<String> page = coordinator.get("/coordination/bilan?saison=" + season);
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(text(page.body()))
                .contains(
                        "Bilan · " + call.getSeason().getTitle(),
                        "3 événement(s) ont eu lieu ; 2 ont rendu leur bilan, soit 66,7 %.",
                        "Les bilans comptent " + attendance + " participant(s), dont " + pupils + " élève(s) en "
                                + classes + " classe(s), soit 24,4 % de scolaires.",
                        "2 proposition(s) accompagnée(s)",
                        "Astronomie",
                        "Grenoble",
                        "Échirolles",
                        "Crolles",
                        "Familles",
                        "Classes (scolaires)",
                        call.getTitle())
                .doesNotContain("Observation de l'hiver prochain", "FAMILIES", "SCHOOL_CLASSES", "38151");
        assertThat(page.body()).contains("<caption>", "scope=\"col\"", "scope=\"row\"", "role=\"img\"");
        Matcher circles = CIRCLE.matcher(page.body());
        assertThat(circles.results().count()).as("a disc per commune reached").isEqualTo(3);
        assertThat(page.body()).contains("<title>Échirolles : 1 événement(s), 25 participant(s)</title>");
        assertThat(coordinator.get("/coordination").body()).contains("href=\"/coordination/bilan\"");
        assertThat(coordinator
                        .get("/coordination/bilan?saison=" + season + "&appel=" + call.getId())
                        .statusCode())
                .isEqualTo(200);

        HttpResponse<String> csv = coordinator.get("/coordination/bilan.csv?saison=" + season);
        assertThat(csv.headers().firstValue("Content-Type").orElseThrow()).startsWith("text/csv");
        try (CSVParser parser = CSVFormat.EXCEL
                .builder()
                .setDelimiter(';')
                .setHeader()
                .setSkipHeaderRecord(true)
                .get()
                .parse(new StringReader(csv.body().substring(1)))) {
            assertThat(parser.getHeaderNames()).isEqualTo(BilanDocuments.CSV_COLUMNS);
            List<CSVRecord> lines = parser.getRecords();
            assertThat(lines)
                    .extracting(line -> line.get("titre"))
                    .containsExactly("Conférence sur Mars", "Atelier comètes", "Nuit des étoiles au parc");
            CSVRecord nightLine = lines.get(2);
            assertThat(nightLine.get("saison")).isEqualTo(call.getSeason().getTitle());
            assertThat(nightLine.get("appel")).isEqualTo(call.getTitle());
            assertThat(nightLine.get("porteur")).isEqualTo("Club d'astronomie");
            assertThat(nightLine.get("commune_insee")).isEqualTo("38185");
            assertThat(nightLine.get("commune")).isEqualTo("Grenoble");
            assertThat(nightLine.get("premiere_seance"))
                    .isEqualTo(ParisTime.of(evening).toLocalDate().toString());
            assertThat(nightLine.get("derniere_seance"))
                    .isEqualTo(ParisTime.of(evening.plusDays(2)).toLocalDate().toString());
            assertThat(nightLine.get("seances")).isEqualTo("2");
            assertThat(nightLine.get("participants")).isEqualTo(String.valueOf(sum(0, NIGHT)));
            assertThat(nightLine.get("scolaires")).isEqualTo(String.valueOf(sum(1, NIGHT)));
            assertThat(nightLine.get("classes")).isEqualTo(String.valueOf(sum(2, NIGHT)));
            assertThat(nightLine.get("publics")).isEqualTo("FAMILIES,SCHOOL_CLASSES");
            assertThat(nightLine.get("themes")).isEqualTo("astronomy");
            assertThat(lines.get(0).get("participants"))
                    .as("no report, no figure")
                    .isEmpty();
            assertThat(lines.stream()
                            .map(line -> line.get("participants"))
                            .filter(cell -> !cell.isEmpty())
                            .mapToLong(Long::parseLong)
                            .sum())
                    .as("the CSV adds up to the page")
                    .isEqualTo(attendance);
        }

        HttpResponse<byte[]> pdf = coordinator.getBytes("/coordination/bilan.pdf?saison=" + season);
        assertThat(pdf.statusCode()).isEqualTo(200);
        assertThat(pdf.headers().firstValue("Content-Type").orElseThrow()).startsWith("application/pdf");
        try (PDDocument document = Loader.loadPDF(pdf.body())) {
            String text = new PDFTextStripper().getText(document).replaceAll("\\s+", " ");
            assertThat(text)
                    .contains(
                            "Bilan · " + call.getSeason().getTitle(),
                            "3 événement(s) ont eu lieu",
                            "Les bilans comptent " + attendance + " participant(s)",
                            "Par commune",
                            "Échirolles",
                            "Crolles",
                            "Astronomie",
                            "Familles");
            assertThat(document.getDocumentInformation().getTitle())
                    .isEqualTo("Bilan · " + call.getSeason().getTitle());
            assertThat(document.getDocumentCatalog().getLanguage()).isEqualTo("fr");
            assertThat(document.getDocumentCatalog().getMarkInfo().isMarked()).isTrue();
        }

        HttpResponse<byte[]> brochure =
                coordinator.getBytes("/coordination/bilan/brochure.pdf?saison=" + season + "&format=A5");
        assertThat(brochure.statusCode()).isEqualTo(200);
        try (PDDocument document = Loader.loadPDF(brochure.body())) {
            assertThat(document.getNumberOfPages())
                    .as("one page per supported project")
                    .isEqualTo(2);
            // A5: 148 millimetres wide, in points.
            assertThat(document.getPage(0).getMediaBox().getWidth()).isBetween(419f, 420f);
            assertThat(pdfText(document, 1))
                    .contains("Atelier comètes", "Porté par Club d'astronomie", "Observation du ciel pour tous.")
                    .doesNotContain("Nuit des étoiles au parc");
            assertThat(pdfText(document, 2)).contains("Nuit des étoiles au parc", "Séances", "Parc Paul Mistral");
            assertThat(document.getPage(1).getResources().getXObjectNames())
                    .as("the report's photo")
                    .isNotEmpty();
            assertThat(document.getDocumentInformation().getTitle())
                    .isEqualTo("Projets accompagnés · " + call.getSeason().getTitle());
        }
        try (PDDocument a4 = Loader.loadPDF(coordinator
                .getBytes("/coordination/bilan/brochure.pdf?saison=" + season)
                .body())) {
            assertThat(a4.getPage(0).getMediaBox().getWidth()).isBetween(595f, 596f);
        }
    }

    /**
     * A season of two calls: one that supports projects and one that labels events. The labelling call's events are
     * labelled (one of them withdrawn), never supported projects, nor in the brochure; the obligations after selection
     * (as V27 keeps them, here one each) are met on time (the evidence given on the due day, late in the evening), met
     * late (half an hour after the due day ended in Paris: still that day in UTC), still late, or not due yet. The
     * figures agree with label.Labels and obligation.Obligations, and go to the page, the CSV and the PDF.
     */
    @Test
    void labelledEventsAreNoSupportedProjectsAndObligationsAreMetOnTimeLateOrNot() throws Exception {
        Call call = openCall();
        long season = call.getSeason().getId();
        Call labelling = openCall(other -> {
            other.moveTo(call.getSeason());
            other.getLabelling().set(true, LABEL, "Le logo figure sur chaque support de l'événement.");
            other.setLabelCommitments(List.of(new LabelCommitment("Gratuit", LabelCommitment.CheckedBy.FORM)));
        });
        OffsetDateTime evening = OffsetDateTime.now(PARIS)
                .minusMonths(2)
                .withHour(20)
                .withMinute(0)
                .withSecond(0)
                .withNano(0);
        List<Timing> nightTimes = List.of(new Timing(evening, evening.plusHours(3)));
        List<Timing> festivalTimes =
                List.of(new Timing(evening.minusDays(5), evening.minusDays(5).plusHours(2)));
        List<Timing> workshopTimes =
                List.of(new Timing(evening.minusDays(15), evening.minusDays(15).plusHours(2)));
        List<Timing> winterTimes =
                List.of(new Timing(evening.plusMonths(5), evening.plusMonths(5).plusHours(2)));
        Long night = programmeEntry(call, "Nuit des étoiles au parc", nightTimes);
        Long festival = programmeEntry(labelling, "Fête de la science au labo", festivalTimes);
        Long workshop = programmeEntry(labelling, "Atelier fusées à eau", workshopTimes);
        Long winter = programmeEntry(labelling, "Observation de l'hiver prochain", winterTimes);
        // All four found eligible and published: the night is supported, the three others labelled.
        jdbc.update(
                "update proposal set status = 'PUBLISHED' where id in (?, ?, ?, ?)", night, festival, workshop, winter);
        labels.withdraw(workshop, "Le scientifique annoncé n'est pas venu.", COORDINATOR);

        LocalDate nightDue = obligation(night, nightTimes);
        metAt(night, nightDue.atTime(23, 30).atZone(PARIS).toOffsetDateTime());
        LocalDate festivalDue = obligation(festival, festivalTimes);
        metAt(festival, festivalDue.plusDays(1).atTime(0, 30).atZone(PARIS).toOffsetDateTime());
        obligation(workshop, workshopTimes);
        obligation(winter, winterTimes);

        BilanFigures figures = bilan.figures(new SeasonBilan.Scope(season, null), Locale.FRENCH);
        assertThat(figures.totals()).isEqualTo(new BilanFigures.Totals(3, 0, 0, 0, 0, 1, 0, 2, 1, 4, 2, 1, 1));
        assertThat(figures.obligationsAwaited()).isEqualTo(1);
        SeasonBilan.Scope labellingCall = new SeasonBilan.Scope(season, labelling.getId());
        assertThat(bilan.figures(labellingCall, Locale.FRENCH).totals())
                .isEqualTo(new BilanFigures.Totals(2, 0, 0, 0, 0, 0, 0, 2, 1, 3, 1, 0, 1));
        // The same as the programme and the case list say it, one proposal at a time.
        List<Long> labelled = Stream.of(night, festival, workshop, winter)
                .filter(id -> labels.isLabelled(proposals.findById(id).orElseThrow()))
                .toList();
        assertThat(labelled).containsExactly(festival, winter);
        assertThat(obligations.lateCounts(List.of(night, festival, workshop, winter)))
                .containsOnly(entry(workshop, 1L));

        PortalClient coordinator = PortalClient.signedInToTasklist(port, "10.86.5.4", COORDINATOR, PASSWORD);
        HttpResponse<String> page = coordinator.get("/coordination/bilan?saison=" + season);
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(text(page.body()))
                .contains(
                        "1 proposition(s) accompagnée(s)",
                        "dont 0 retenue(s) par un jury.",
                        "2 événement(s) labellisé(s) par un appel à labellisation ; 1 label(s) retiré(s) pour"
                                + " manquement à la charte.",
                        "4 obligation(s) après la sélection ; 2 remplie(s), soit 50 %, dont 1 à temps, soit 50 % des"
                                + " remplies ; 1 en retard.",
                        "Projets accompagnés et labellisés",
                        "Obligations après la sélection");
        assertThat(table(page.body(), "Les propositions accompagnées et les événements labellisés"))
                .containsExactly(
                        entry("Accompagnées (à l’accompagnement ou plus loin)", "1"),
                        entry("dont retenues par un jury", "0"),
                        entry("Labellisées (label maintenu)", "2"),
                        entry("Label retiré", "1"));
        assertThat(table(page.body(), "Les obligations des projets retenus ou labellisés, selon leur preuve"))
                .containsExactly(
                        entry("Dues", "4"),
                        entry("Remplies", "2"),
                        entry("dont à temps", "1"),
                        entry("En retard", "1"),
                        entry("Pas encore échues", "1"));
        assertThat(text(coordinator
                        .get("/coordination/bilan?saison=" + season + "&appel=" + labelling.getId())
                        .body()))
                .contains(
                        "0 proposition(s) accompagnée(s)",
                        "3 obligation(s) après la sélection ; 1 remplie(s), soit 33,3 %, dont 0 à temps, soit 0 % des"
                                + " remplies ; 1 en retard.");

        HttpResponse<String> csv = coordinator.get("/coordination/bilan.csv?saison=" + season);
        try (CSVParser parser = CSVFormat.EXCEL
                .builder()
                .setDelimiter(';')
                .setHeader()
                .setSkipHeaderRecord(true)
                .get()
                .parse(new StringReader(csv.body().substring(1)))) {
            assertThat(parser.getHeaderNames())
                    .isEqualTo(BilanDocuments.CSV_COLUMNS)
                    .containsSubsequence("themes", "label", "label_retire", "obligations", "obligations_remplies");
            assertThat(parser.getRecords())
                    .extracting(
                            line -> line.get("titre"),
                            line -> line.get("label"),
                            line -> line.get("label_retire"),
                            line -> line.get("obligations"),
                            line -> line.get("obligations_remplies"))
                    .containsExactly(
                            tuple("Atelier fusées à eau", LABEL, "true", "1", "0"),
                            tuple("Fête de la science au labo", LABEL, "false", "1", "1"),
                            tuple("Nuit des étoiles au parc", "", "", "1", "1"));
        }

        try (PDDocument document = Loader.loadPDF(
                coordinator.getBytes("/coordination/bilan.pdf?saison=" + season).body())) {
            assertThat(new PDFTextStripper().getText(document).replaceAll("\\s+", " "))
                    .contains(
                            "1 proposition(s) accompagnée(s)",
                            "2 événement(s) labellisé(s) par un appel à labellisation ; 1 label(s) retiré(s)",
                            "4 obligation(s) après la sélection ; 2 remplie(s), soit 50 %",
                            "Projets accompagnés et labellisés",
                            "Labellisées (label maintenu)",
                            "Obligations après la sélection",
                            "Pas encore échues");
        }

        try (PDDocument brochure = Loader.loadPDF(coordinator
                .getBytes("/coordination/bilan/brochure.pdf?saison=" + season)
                .body())) {
            assertThat(brochure.getNumberOfPages())
                    .as("the supported project alone, not the labelled events")
                    .isEqualTo(1);
            assertThat(pdfText(brochure, 1))
                    .contains("Nuit des étoiles au parc")
                    .doesNotContain("Fête de la science au labo", "Atelier fusées à eau", "Observation de l'hiver");
        }
    }

    /**
     * The proposal's obligation after selection, as V27 keeps it when its programme entry is published: due ten days
     * before its first session, not met yet. Its due day.
     */
    LocalDate obligation(Long proposalId, List<Timing> timings) {
        LocalDate dueOn = DueDates.of(ANNOUNCEMENT, timings);
        jdbc.update(
                "insert into proposal_obligation (proposal_id, position, label, kind, offset_days, relative_to, due_on)"
                        + " values (?, 1, ?, ?, ?, ?, ?)",
                proposalId,
                ANNOUNCEMENT.label(),
                ANNOUNCEMENT.kind().name(),
                ANNOUNCEMENT.offsetDays(),
                ANNOUNCEMENT.relativeTo().name(),
                dueOn);
        return dueOn;
    }

    /** Its evidence given at {@code moment}, in a few words. */
    void metAt(Long proposalId, OffsetDateTime moment) {
        jdbc.update(
                "update proposal_obligation set met_at = ?, evidence_text = ? where proposal_id = ?",
                moment,
                "Annoncée dans l'agenda de la Métropole, rubrique sciences.",
                proposalId);
    }

    /** A table of a page, found by its caption: each row's header and its first figure, in order; none without it. */
    static Map<String, String> table(String html, String caption) {
        Map<String, String> rows = new LinkedHashMap<>();
        for (Element table : Jsoup.parse(html).select("table")) {
            if (table.select("caption").text().equals(caption)) {
                for (Element row : table.select("tbody tr")) {
                    rows.put(row.select("th").text(), row.select("td").first().text());
                }
            }
        }
        return rows;
    }

    /** What is not there, or not theirs, is refused in words, never with an error page. */
    @Test
    void anUnknownSeasonCallOrSizeIsRefusedInWords() throws Exception {
        Call call = openCall();
        Call other = openCall();
        long season = call.getSeason().getId();
        PortalClient coordinator = PortalClient.signedInToTasklist(port, "10.86.5.2", COORDINATOR, PASSWORD);
        HttpResponse<String> unknown = coordinator.get("/coordination/bilan?saison=999999999");
        assertThat(unknown.statusCode()).isEqualTo(404);
        assertThat(text(unknown.body())).contains("Aucune saison n°999999999.");
        HttpResponse<String> elsewhere =
                coordinator.get("/coordination/bilan.csv?saison=" + season + "&appel=" + other.getId());
        assertThat(elsewhere.statusCode()).isEqualTo(404);
        assertThat(text(elsewhere.body()))
                .contains("Aucun appel n°" + other.getId() + " dans la saison « "
                        + call.getSeason().getTitle() + " ».");
        HttpResponse<String> size = coordinator.get("/coordination/bilan/brochure.pdf?saison=" + season + "&format=A3");
        assertThat(size.statusCode()).isEqualTo(400);
        assertThat(text(size.body())).contains("Format de brochure « A3 » inconnu : choisissez A4 ou A5.");
        HttpResponse<String> notANumber = coordinator.get("/coordination/bilan?saison=abc");
        assertThat(notANumber.statusCode()).isEqualTo(400);
        // An empty season says so in words.
        assertThat(text(coordinator.get("/coordination/bilan?saison=" + season).body()))
                .contains("Aucun événement n’a encore eu lieu", "Aucun bilan reçu ne nomme encore ses publics.");
        assertThat(PortalClient.signedInToTasklist(port, "10.86.5.3", "revbilan", PASSWORD)
                        .get("/coordination/bilan?saison=" + season)
                        .statusCode())
                .isEqualTo(403);
    }
}
