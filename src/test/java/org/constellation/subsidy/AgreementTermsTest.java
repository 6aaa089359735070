package org.constellation.subsidy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.offset;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.Period;
import java.util.List;
import java.util.Locale;
import org.constellation.call.CallObligation;
import org.constellation.call.Funding;
import org.junit.jupiter.api.Test;

/**
 * What an agreement says (issue 32, part 4), from the award and the call: the amount and its share of the eligible
 * expenses, the advance at signature to the cent below and the balance after the final report, and the final report's
 * due day, the project's end plus the call's delay.
 */
class AgreementTermsTest {

    static final AgreementTerms.Party CLUB = new AgreementTerms.Party("Club d'astronomie", "73282932000074");
    static final List<CallObligation> OBLIGATIONS = List.of(new CallObligation(
            "Un article sur Echosciences", CallObligation.Kind.ARTICLE, 21, CallObligation.Relative.BEFORE));
    static final OffsetDateTime DECIDED = OffsetDateTime.parse("2027-03-31T23:30:00Z");

    static Funding funding(int advanceShare, Period reportDelay) {
        Funding funding = new Funding();
        funding.set(
                true,
                10_000_000L,
                4_000_000L,
                50,
                advanceShare,
                reportDelay,
                Funding.AGREEMENT_THRESHOLD,
                false,
                "Grenoble-Alpes Métropole",
                "35600000000048");
        funding.setAgreementClauses("Le logo de la Métropole figure sur chaque support.");
        return funding;
    }

    static AgreementTerms terms(long amount, Funding funding, LocalDate end, Long eligible) {
        return AgreementTerms.of(
                new AgreementTerms.Award(amount, "Un bilan public de l'événement.", "SUB-2027-0007", DECIDED),
                funding,
                OBLIGATIONS,
                CLUB,
                new AgreementTerms.Project("Planétarium itinérant", "Un dôme dans chaque commune.", end, eligible));
    }

    @Test
    void anAwardIsPaidHalfAtSignatureAndTheBalanceAfterTheFinalReport() {
        AgreementTerms terms =
                terms(2_500_000, funding(50, Period.ofMonths(6)), LocalDate.of(2027, 10, 12), 5_400_000L);

        assertThat(terms.funder()).isEqualTo(new AgreementTerms.Party("Grenoble-Alpes Métropole", "35600000000048"));
        assertThat(terms.beneficiary()).isEqualTo(CLUB);
        assertThat(terms.amount()).isEqualTo(2_500_000);
        assertThat(terms.advance()).isEqualTo(1_250_000);
        assertThat(terms.balance()).isEqualTo(1_250_000);
        assertThat(terms.eligibleShare()).isCloseTo(46.296, offset(0.001));
        assertThat(terms.reportDueOn()).isEqualTo(LocalDate.of(2028, 4, 12));
        assertThat(terms.obligations()).isEqualTo(OBLIGATIONS);
        assertThat(terms.reference()).isEqualTo("SUB-2027-0007");
        assertThat(terms.conditions()).isEqualTo("Un bilan public de l'événement.");
        assertThat(terms.clauses()).isEqualTo("Le logo de la Métropole figure sur chaque support.");
    }

    @Test
    void theAdvanceIsRoundedToTheCentBelowAndTheBalanceMakesUpTheRest() {
        AgreementTerms terms = terms(2_345_679, funding(30, Period.ofMonths(6)), LocalDate.of(2027, 10, 12), null);

        assertThat(terms.advance()).isEqualTo(703_703);
        assertThat(terms.balance()).isEqualTo(1_641_976);
        assertThat(terms.advance() + terms.balance()).isEqualTo(terms.amount());
        assertThat(terms.eligibleShare()).as("no budget").isNull();

        AgreementTerms none = terms(2_400_000, funding(0, Period.ofMonths(6)), LocalDate.of(2027, 10, 12), 0L);
        assertThat(none.advance()).isZero();
        assertThat(none.balance()).isEqualTo(2_400_000);
        assertThat(none.eligibleShare()).as("no eligible expenses").isNull();
    }

    @Test
    void theFinalReportIsDueTheCallsDelayAfterTheProjectsLastDay() {
        assertThat(terms(2_500_000, funding(50, Period.ofMonths(6)), LocalDate.of(2027, 8, 31), null)
                        .reportDueOn())
                .as("a month shorter ends on its last day")
                .isEqualTo(LocalDate.of(2028, 2, 29));
        assertThat(terms(2_500_000, funding(50, Period.ofMonths(3)), LocalDate.of(2027, 12, 20), null)
                        .reportDueOn())
                .isEqualTo(LocalDate.of(2028, 3, 20));
        AgreementTerms undated = terms(2_500_000, funding(50, Period.ofMonths(6)), null, null);
        assertThat(undated.reportDueOn()).isNull();
        assertThat(undated.reportDelay()).isEqualTo(Period.ofMonths(6));
    }

    @Test
    void theTermsAreWrittenAsTheirReaderReadsThem() {
        AgreementTerms.Written french = terms(
                        2_500_000, funding(50, Period.ofMonths(6)), LocalDate.of(2027, 10, 12), 5_400_000L)
                .written(Locale.FRENCH);
        assertThat(french.amount()).isEqualTo("25\u202F000\u00A0€");
        assertThat(french.amountInWords()).isEqualTo("vingt-cinq mille euros");
        assertThat(french.share()).isEqualTo("46,3");
        assertThat(french.eligibleExpenses()).isEqualTo("54\u202F000\u00A0€");
        assertThat(french.advance()).isEqualTo("12\u202F500\u00A0€");
        assertThat(french.balance()).isEqualTo("12\u202F500\u00A0€");
        assertThat(french.funderSiret()).isEqualTo("356 000 000 00048");
        assertThat(french.beneficiarySiret()).isEqualTo("732 829 320 00074");
        assertThat(french.decidedOn()).as("the decision's day in Paris").isEqualTo("1er avril 2027");
        assertThat(french.projectEnd()).isEqualTo("12 octobre 2027");
        assertThat(french.reportDelay()).isEqualTo("6 mois");
        assertThat(french.reportDue()).isEqualTo("12 avril 2028");

        AgreementTerms.Written english = terms(
                        2_500_000, funding(50, Period.ofMonths(6)), LocalDate.of(2027, 10, 12), 5_400_000L)
                .written(Locale.ENGLISH);
        assertThat(english.amount()).isEqualTo("€25,000");
        assertThat(english.amountInWords()).isEqualTo("twenty-five thousand euros");
        assertThat(english.share()).isEqualTo("46.3");
        assertThat(english.reportDue()).isEqualTo("12 April 2028");
    }
}
