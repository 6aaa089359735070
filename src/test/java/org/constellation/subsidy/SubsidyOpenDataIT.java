package org.constellation.subsidy;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringReader;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.constellation.PortalClient;
import org.constellation.PostgresIntegrationTest;
import org.constellation.call.Call;
import org.constellation.programme.Timing;
import org.constellation.proposal.ProposalSubmission;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Issue 32, part 7, over HTTP on PostgreSQL: a season's awards as the SCDL « subventions » file, fetched anonymously at
 * its stable address and read back with a real CSV reader, field by field. Two calls of the season fund projects, one
 * paying an advance of 30 % and a balance, the other paying at once; their awards, agreements and payments are rows as
 * the awards, the agreements and the payments write them (V29, V30, V31), inserted here: an award agreed by link and
 * paid in full, one agreed by a signed copy with its advance paid, one without agreement nor payment, one to an artist
 * (left out: an artist may be a person), one paid at once; an award of another season is not in the file. The season's
 * programme links the file, in French and in English; a season without awards gives the header alone.
 */
class SubsidyOpenDataIT extends PostgresIntegrationTest {

    static final String HEADER = String.join(",", ScdlSubsidies.HEADER);
    static final String METROPOLE = "Grenoble-Alpes Métropole";
    static final String METROPOLE_SIRET = "20004071500019";
    static final String REGION = "Région Auvergne-Rhône-Alpes";
    static final String REGION_SIRET = "13000548100010";

    @LocalServerPort
    int port;

    @Autowired
    JdbcTemplate jdbc;

    /** A proposal of the call by its organisation, without a programme entry: its project ends on its planned end. */
    Long proposal(Call call, String title) {
        Long id = proposalService
                .submit(
                        ProposalSubmission.fromFormValues(
                                submission(call, title, "subsidyopendata-" + title.length() + "@example.org")),
                        Locale.FRENCH)
                .getId();
        runJobs();
        return id;
    }

    /** The proposal's organisation, as its budget gave it: its name, its type and its SIRET. */
    void organisation(Long proposalId, String name, String type, String siret) {
        jdbc.update(
                "update organisation set name = ?, type = ?, siret = ?"
                        + " where id = (select organisation_id from proposal where id = ?)",
                name,
                type,
                siret,
                proposalId);
    }

    /** The call funds projects, an advance of {@code advanceShare} % at the agreement, as its page sets it. */
    void funds(Call call, String funder, String funderSiret, int advanceShare) {
        jdbc.update(
                "update call_for_participation set funding_enabled = true, funding_envelope = 3000000,"
                        + " funding_ceiling = 2500000, funding_largest_share = 50, funding_advance_share = ?,"
                        + " funding_report_delay = 'P6M', funding_funder_name = ?, funding_funder_siret = ?"
                        + " where id = ?",
                advanceShare,
                funder,
                funderSiret,
                call.getId());
    }

    /** An award as the committee's decision records it (V29). */
    void award(Call call, Long proposalId, long amount, String decidedAt, String reference) {
        jdbc.update(
                "insert into funding_award (proposal_id, call_id, amount, asked, reason, conditions, decided_at,"
                        + " decided_by, reference) values (?, ?, ?, ?, ?, ?, ?, ?, ?)",
                proposalId,
                call.getId(),
                amount,
                amount + 200_000,
                "Le budget de communication est réduit.",
                "Mentionner le soutien du financeur sur tous les supports.",
                moment(decidedAt),
                "coordsubsidyopendata",
                reference);
    }

    /** An agreement accepted through its link or by its signed copy (V30). */
    void agreement(Long proposalId, String acceptedAt, String how, String signedOn) {
        jdbc.update(
                "insert into funding_agreement (proposal_id, sent_at, accepted_at, accepted_how, signed_on)"
                        + " values (?, ?, ?, ?, ?)",
                proposalId,
                moment(acceptedAt).minusDays(10),
                moment(acceptedAt),
                how,
                signedOn == null ? null : LocalDate.parse(signedOn));
    }

    /** A payment finance confirmed (V31). */
    void payment(Long proposalId, String kind, long amount, String confirmedAt) {
        jdbc.update(
                "insert into funding_payment (proposal_id, kind, amount, reference, confirmed_by, confirmed_at)"
                        + " values (?, ?, ?, ?, ?, ?)",
                proposalId,
                kind,
                amount,
                "VIR-" + proposalId + "-" + kind,
                "financesubsidyopendata",
                moment(confirmedAt));
    }

    static OffsetDateTime moment(String utc) {
        return OffsetDateTime.parse(utc);
    }

    /** The file's line expected for an award, column by column in the schema's order. */
    static Map<String, String> line(String... values) {
        Map<String, String> line = new LinkedHashMap<>();
        for (int i = 0; i < values.length; i++) {
            line.put(ScdlSubsidies.HEADER.get(i), values[i]);
        }
        return line;
    }

    static List<CSVRecord> parse(String body) throws Exception {
        try (CSVParser parser = CSVFormat.RFC4180
                .builder()
                .setHeader()
                .setSkipHeaderRecord(true)
                .get()
                .parse(new StringReader(body))) {
            assertThat(parser.getHeaderNames()).isEqualTo(ScdlSubsidies.HEADER);
            return parser.getRecords();
        }
    }

    @Test
    void theSeasonsAwardsArePublicAsScdlSubventionsFieldByFieldAndLinkedFromItsProgramme() throws Exception {
        Call call = openCall("saison-subsidyopendata-1", settings -> {});
        String season = call.getSeason().getSlug();
        Long orion = programmeEntry(
                call,
                "La nuit des \"étoiles\", au parc",
                List.of(new Timing(
                        OffsetDateTime.parse("2027-09-18T21:00:00+02:00"),
                        OffsetDateTime.parse("2027-09-18T23:30:00+02:00"))));
        Long workshop = proposal(call, "Atelier fusées à eau");
        // The museum's night ends at half past midnight in Paris, on the 4th of October there (still the 3rd in UTC).
        Long museum = programmeEntry(
                call,
                "Les météorites du Muséum, la nuit",
                List.of(new Timing(
                        OffsetDateTime.parse("2027-10-03T20:00:00+02:00"),
                        OffsetDateTime.parse("2027-10-04T00:30:00+02:00"))));
        Long artist = proposal(call, "Carnet de ciel illustré");
        organisation(orion, "Club d'astronomie, « Orion »", "ASSOCIATION", "73282932000074");
        organisation(workshop, "Les Petits Débrouillards", "ASSOCIATION", "40483304800022");
        organisation(museum, "Muséum de Grenoble", "MUSEUM_OR_VENUE", "77567227200017");
        organisation(artist, "Léa Dupont, illustratrice", "ARTIST", "78467169500012");
        funds(call, METROPOLE, METROPOLE_SIRET, 30);

        // The second call of the season pays at once, after the final report.
        Call once = openCall("saison-subsidyopendata-2", settings -> {});
        Long school = proposal(once, "Le ciel au collège");
        organisation(school, "Collège Champollion", "SCHOOL", "26000001300011");
        funds(once, REGION, REGION_SIRET, 0);
        jdbc.update(
                "update call_for_participation set season_id = ? where id = ?",
                call.getSeason().getId(),
                once.getId());
        // A call of another season, with its own award.
        Call elsewhere = openCall("saison-subsidyopendata-3", settings -> {});
        Long other = proposal(elsewhere, "Planétarium itinérant");
        organisation(other, "Planète Sciences", "ASSOCIATION", "18008901300015");
        funds(elsewhere, METROPOLE, METROPOLE_SIRET, 30);

        award(call, orion, 1_250_050, "2027-03-10T09:00:00Z", "SUB-2027-0007");
        agreement(orion, "2027-04-02T08:15:00Z", "LINK", null);
        payment(orion, "ADVANCE", 375_015, "2027-04-20T09:00:00Z");
        payment(orion, "BALANCE", 875_035, "2028-02-03T10:00:00Z");
        award(call, workshop, 700_000, "2027-03-11T10:00:00Z", "SUB-2027-0008");
        agreement(workshop, "2027-05-03T14:00:00Z", "SIGNED_COPY", "2027-04-28");
        payment(workshop, "ADVANCE", 210_000, "2027-05-10T08:00:00Z");
        // Decided at half past midnight in Paris: the 12th of March there, still the 11th in UTC.
        award(call, museum, 300_000, "2027-03-11T23:30:00Z", "SUB-2027-0009");
        award(call, artist, 400_000, "2027-03-12T10:00:00Z", "SUB-2027-0010");
        award(once, school, 250_000, "2027-03-13T09:00:00Z", "SUB-2027-0011");
        payment(school, "BALANCE", 250_000, "2028-01-15T09:00:00Z");
        award(elsewhere, other, 500_000, "2027-03-14T09:00:00Z", "SUB-2027-0012");

        PortalClient anyone = new PortalClient(port, "10.32.7.1");
        HttpResponse<byte[]> download = anyone.getBytes("/donnees/" + season + "/subventions.csv");
        assertThat(download.statusCode()).isEqualTo(200);
        assertThat(download.headers().firstValue("Content-Type").orElseThrow())
                .isEqualToIgnoringCase("text/csv;charset=UTF-8");
        String body = new String(download.body(), StandardCharsets.UTF_8);
        assertThat(body).as("UTF-8 without a byte order mark, CRLF").startsWith(HEADER + "\r\n");

        List<CSVRecord> lines = parse(body);
        assertThat(lines).hasSize(4);
        assertThat(lines.get(0).toMap())
                .as("agreed through its link, paid in full: from the advance's day to the balance's")
                .isEqualTo(line(
                        METROPOLE,
                        METROPOLE_SIRET,
                        "2027-04-02",
                        "SUB-2027-0007",
                        "Club d'astronomie, « Orion »",
                        "73282932000074",
                        "La nuit des \"étoiles\", au parc",
                        "12500.50",
                        "aide en numéraire",
                        "échelonné",
                        "2027-04-20/2028-02-03",
                        "",
                        "non",
                        "1.00"));
        assertThat(lines.get(1).toMap())
                .as("agreed by its signed copy, dated on it; the advance paid, the balance due after the report,"
                        + " six months after its planned end")
                .isEqualTo(line(
                        METROPOLE,
                        METROPOLE_SIRET,
                        "2027-04-28",
                        "SUB-2027-0008",
                        "Les Petits Débrouillards",
                        "40483304800022",
                        "Atelier fusées à eau",
                        "7000.00",
                        "aide en numéraire",
                        "échelonné",
                        "2027-05-10/2028-04-12",
                        "",
                        "non",
                        "1.00"));
        assertThat(lines.get(2).toMap())
                .as("no agreement: the decision's day; nothing paid: until the report, six months after the last"
                        + " session, each day as Paris sees it")
                .isEqualTo(line(
                        METROPOLE,
                        METROPOLE_SIRET,
                        "2027-03-12",
                        "SUB-2027-0009",
                        "Muséum de Grenoble",
                        "77567227200017",
                        "Les météorites du Muséum, la nuit",
                        "3000.00",
                        "aide en numéraire",
                        "échelonné",
                        "2027-03-12/2028-04-04",
                        "",
                        "non",
                        "1.00"));
        assertThat(lines.get(3).toMap())
                .as("the other call's funder; paid at once, on its day")
                .isEqualTo(line(
                        REGION,
                        REGION_SIRET,
                        "2027-03-13",
                        "SUB-2027-0011",
                        "Collège Champollion",
                        "26000001300011",
                        "Le ciel au collège",
                        "2500.00",
                        "aide en numéraire",
                        "unique",
                        "2028-01-15",
                        "",
                        "non",
                        "1.00"));
        assertThat(body)
                .as("an artist may be a person: left out; the contact person never appears")
                .doesNotContain("SUB-2027-0010", "Léa Dupont", "78467169500012", "Alice Martin", "@example.org")
                .as("another season's award")
                .doesNotContain("SUB-2027-0012", "Planète Sciences");

        // A harvester that has it gets 304.
        String etag = download.headers().firstValue("ETag").orElseThrow();
        assertThat(download.headers().firstValue("Last-Modified")).isPresent();
        HttpResponse<String> again = new PortalClient(port, "10.32.7.2")
                .header("If-None-Match", etag)
                .get("/donnees/" + season + "/subventions.csv");
        assertThat(again.statusCode()).isEqualTo(304);

        String link = "href=\"/donnees/" + season + "/subventions.csv\"";
        assertThat(new PortalClient(port, "10.32.7.3")
                        .get("/programme/" + season)
                        .body())
                .contains(link, "Subventions attribuées (données ouvertes, CSV)");
        assertThat(new PortalClient(port, "10.32.7.4")
                        .get("/programme/" + season + "/ce-mois-ci?lang=en")
                        .body())
                .contains(link, "Subsidies awarded (open data, CSV)");

        List<CSVRecord> otherSeason = parse(new PortalClient(port, "10.32.7.5")
                .get("/donnees/" + elsewhere.getSeason().getSlug() + "/subventions.csv")
                .body());
        assertThat(otherSeason)
                .extracting(record -> record.get("referenceDecision"))
                .containsExactly("SUB-2027-0012");
    }

    @Test
    void aSeasonWithoutAwardsGivesTheHeaderAloneOneThatFundsNothingIsNotLinkedAndNoSeasonNothing() throws Exception {
        Call funding = openCall("saison-subsidyopendata-4", settings -> {});
        funds(funding, METROPOLE, METROPOLE_SIRET, 30);
        String season = funding.getSeason().getSlug();
        PortalClient anyone = new PortalClient(port, "10.32.7.6");

        HttpResponse<String> empty = anyone.get("/donnees/" + season + "/subventions.csv");
        assertThat(empty.statusCode()).isEqualTo(200);
        assertThat(empty.body()).isEqualTo(HEADER + "\r\n");
        assertThat(parse(empty.body())).isEmpty();
        assertThat(anyone.get("/programme/" + season).body())
                .as("a season whose call funds links its file before the first award")
                .contains("href=\"/donnees/" + season + "/subventions.csv\"");

        Call notFunding = openCall("saison-subsidyopendata-5", settings -> {});
        String quiet = notFunding.getSeason().getSlug();
        assertThat(anyone.get("/donnees/" + quiet + "/subventions.csv").body()).isEqualTo(HEADER + "\r\n");
        assertThat(anyone.get("/programme/" + quiet).body()).doesNotContain("/subventions.csv");

        assertThat(anyone.get("/donnees/saison-inconnue-subsidyopendata/subventions.csv")
                        .statusCode())
                .isEqualTo(404);
    }
}
