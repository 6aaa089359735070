package org.constellation.subsidy;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringReader;
import java.time.LocalDate;
import java.time.Period;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;

/** The SCDL « subventions » lines, field by field, as the schema (2.0) writes each. */
class ScdlSubsidiesTest {

    static final String HEADER = "nomAttribuant,idAttribuant,dateConvention,referenceDecision,nomBeneficiaire,"
            + "idBeneficiaire,objet,montant,nature,conditionsVersement,datesPeriodeVersement,idRAE,notificationUE,"
            + "pourcentageSubvention";

    static final LocalDate DECIDED = LocalDate.of(2027, 3, 11);
    static final LocalDate AGREED = LocalDate.of(2027, 4, 2);
    static final LocalDate PROJECT_END = LocalDate.of(2027, 10, 12);

    /** An award of 12 500,50 € by a call that pays 30 % in advance, decided, agreed, nothing paid yet. */
    static ScdlSubsidies.Award award() {
        return new ScdlSubsidies.Award(
                "Grenoble-Alpes Métropole",
                "20004071500019",
                "SUB-2027-0007",
                DECIDED,
                AGREED,
                "Club d'astronomie, « Orion »",
                "73282932000074",
                "La nuit des \"étoiles\", au parc",
                1_250_050,
                30,
                null,
                null,
                PROJECT_END,
                Period.ofMonths(6));
    }

    static ScdlSubsidies.Award with(
            LocalDate agreedOn, int advanceShare, LocalDate advancePaidOn, LocalDate balancePaidOn) {
        ScdlSubsidies.Award a = award();
        return new ScdlSubsidies.Award(
                a.funderName(),
                a.funderSiret(),
                a.reference(),
                a.decidedOn(),
                agreedOn,
                a.beneficiary(),
                a.siret(),
                a.title(),
                a.amount(),
                advanceShare,
                advancePaidOn,
                balancePaidOn,
                a.projectEnd(),
                a.reportDelay());
    }

    static List<CSVRecord> parse(String file) throws Exception {
        return CSVFormat.RFC4180
                .builder()
                .setHeader()
                .setSkipHeaderRecord(true)
                .get()
                .parse(new StringReader(file))
                .getRecords();
    }

    @Test
    void theFileIsTheSchemasHeaderThenOneLineAnAwardInRfc4180WithCommas() throws Exception {
        String file = ScdlSubsidies.write(List.of(award()));
        assertThat(String.join(",", ScdlSubsidies.HEADER)).isEqualTo(HEADER);
        assertThat(file).as("no byte order mark, lines ended by CRLF").startsWith(HEADER + "\r\n");
        assertThat(file)
                .as("a comma or a quote in a value: the value quoted, its quotes doubled")
                .isEqualTo(HEADER
                        + "\r\n"
                        + "Grenoble-Alpes Métropole,20004071500019,2027-04-02,SUB-2027-0007,"
                        + "\"Club d'astronomie, « Orion »\",73282932000074,\"La nuit des \"\"étoiles\"\", au parc\","
                        + "12500.50,aide en numéraire,échelonné,2027-04-02/2028-04-12,,non,1.00\r\n");

        CSVRecord line = parse(file).get(0);
        assertThat(line.get("nomAttribuant")).isEqualTo("Grenoble-Alpes Métropole");
        assertThat(line.get("idAttribuant")).isEqualTo("20004071500019");
        assertThat(line.get("dateConvention")).isEqualTo("2027-04-02");
        assertThat(line.get("referenceDecision")).isEqualTo("SUB-2027-0007");
        assertThat(line.get("nomBeneficiaire")).isEqualTo("Club d'astronomie, « Orion »");
        assertThat(line.get("idBeneficiaire")).isEqualTo("73282932000074");
        assertThat(line.get("objet")).isEqualTo("La nuit des \"étoiles\", au parc");
        assertThat(line.get("montant")).isEqualTo("12500.50");
        assertThat(line.get("nature")).isEqualTo("aide en numéraire");
        assertThat(line.get("conditionsVersement")).isEqualTo("échelonné");
        assertThat(line.get("datesPeriodeVersement")).isEqualTo("2027-04-02/2028-04-12");
        assertThat(line.get("idRAE")).isEmpty();
        assertThat(line.get("notificationUE")).isEqualTo("non");
        assertThat(line.get("pourcentageSubvention")).isEqualTo("1.00");
    }

    @Test
    void aSeasonWithoutAwardsIsTheHeaderAlone() {
        assertThat(ScdlSubsidies.write(List.of())).isEqualTo(HEADER + "\r\n");
    }

    @Test
    void amountsAreEurosWithADotAndTwoDecimals() {
        assertThat(ScdlSubsidies.amount(1_250_050)).isEqualTo("12500.50");
        assertThat(ScdlSubsidies.amount(700_000)).isEqualTo("7000.00");
        assertThat(ScdlSubsidies.amount(2_500_000_00L)).as("no grouping").isEqualTo("2500000.00");
        assertThat(ScdlSubsidies.amount(5)).isEqualTo("0.05");
    }

    @Test
    void theConventionIsTheAgreementsDayElseTheDecisionsDay() {
        assertThat(ScdlSubsidies.line(award()).get(2)).isEqualTo("2027-04-02");
        assertThat(ScdlSubsidies.line(with(null, 30, null, null)).get(2))
                .as("below the agreement's threshold, the decision gives the award")
                .isEqualTo("2027-03-11");
    }

    @Test
    void anAdvanceAndABalanceAreStagedOnePaymentIsSingle() {
        assertThat(ScdlSubsidies.line(with(AGREED, 30, null, null)).get(9)).isEqualTo("échelonné");
        assertThat(ScdlSubsidies.line(with(AGREED, 0, null, null)).get(9))
                .as("all after the final report")
                .isEqualTo("unique");
        assertThat(ScdlSubsidies.line(with(AGREED, 100, null, null)).get(9))
                .as("all at the signature")
                .isEqualTo("unique");
    }

    @Test
    void thePaymentsDaysOnceMadeTheirPlannedPeriodUntilThen() {
        LocalDate advance = LocalDate.of(2027, 4, 20);
        LocalDate balance = LocalDate.of(2028, 2, 3);
        assertThat(ScdlSubsidies.paymentDates(with(AGREED, 30, null, null)))
                .as("from the convention to the final report's due day, six months after the project's end")
                .isEqualTo("2027-04-02/2028-04-12");
        assertThat(ScdlSubsidies.paymentDates(with(AGREED, 30, advance, null)))
                .as("the advance paid, the balance still to come")
                .isEqualTo("2027-04-20/2028-04-12");
        assertThat(ScdlSubsidies.paymentDates(with(AGREED, 30, advance, balance)))
                .as("paid in full")
                .isEqualTo("2027-04-20/2028-02-03");
        assertThat(ScdlSubsidies.paymentDates(with(AGREED, 0, null, balance)))
                .as("one payment made: its day")
                .isEqualTo("2028-02-03");
        assertThat(ScdlSubsidies.paymentDates(with(AGREED, 100, advance, null))).isEqualTo("2027-04-20");
        assertThat(ScdlSubsidies.paymentDates(with(null, 0, null, null)))
                .as("one payment to come: its period")
                .isEqualTo("2027-03-11/2028-04-12");
    }

    @Test
    void aPlannedPeriodNeverEndsBeforeItStarts() {
        ScdlSubsidies.Award late = new ScdlSubsidies.Award(
                "Grenoble-Alpes Métropole",
                "20004071500019",
                "SUB-2027-0008",
                DECIDED,
                null,
                "Club d'astronomie",
                "73282932000074",
                "Nuit des étoiles",
                500_000,
                30,
                null,
                null,
                LocalDate.of(2026, 6, 1),
                Period.ofMonths(6));
        assertThat(ScdlSubsidies.paymentDates(late))
                .as("a project over before its award: its report is already due")
                .isEqualTo("2027-03-11");
    }

    @Test
    void theBeneficiaryTakesTheWholeAwardWhichIsMoneyNeverNotifiedToTheCommission() {
        List<String> line = ScdlSubsidies.line(with(null, 0, null, null));
        assertThat(line.get(8)).isEqualTo("aide en numéraire");
        assertThat(line.get(11))
                .as("idRAE: no aid of the register of aids to companies")
                .isEmpty();
        assertThat(line.get(12)).isEqualTo("non");
        assertThat(line.get(13)).as("one beneficiary, 100 %").isEqualTo("1.00");
    }

    @Test
    void aNameThatWouldStartAFormulaStaysText() throws Exception {
        ScdlSubsidies.Award a = award();
        ScdlSubsidies.Award formula = new ScdlSubsidies.Award(
                a.funderName(),
                a.funderSiret(),
                a.reference(),
                a.decidedOn(),
                a.agreedOn(),
                "=HYPERLINK(\"http://evil.example\")",
                a.siret(),
                "+ de sciences",
                a.amount(),
                a.advanceShare(),
                null,
                null,
                a.projectEnd(),
                a.reportDelay());
        CSVRecord line = parse(ScdlSubsidies.write(List.of(formula))).get(0);
        assertThat(line.get("nomBeneficiaire")).isEqualTo("'=HYPERLINK(\"http://evil.example\")");
        assertThat(line.get("objet")).isEqualTo("'+ de sciences");
    }
}
