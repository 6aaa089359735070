package org.constellation.subsidy;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.Period;
import java.util.List;
import java.util.Locale;
import org.constellation.call.CallObligation;
import org.constellation.call.Funding;
import org.constellation.funding.AmountWords;
import org.constellation.funding.Amounts;
import org.constellation.funding.Siret;
import org.constellation.workflow.ParisTime;
import org.constellation.workflow.WrittenDates;
import org.constellation.workflow.WrittenNumbers;

/**
 * What a subsidy's agreement (« convention », issue 32, part 4) says, from the award, the call's terms and the project
 * (plain rules, {@code AgreementTermsTest}): the parties, the object, the amount and its share of the project's
 * eligible expenses, the payment schedule (the call's share in advance at signature, to the cent below, the balance
 * after the final report), the obligations after selection the call sets, when the final report is due (the project's
 * end plus the call's delay), the award's conditions and reference, and the call's particular clauses. Amounts in
 * cents.
 *
 * @param eligibleExpenses the project's eligible expenses as its forecast budget gave them; null without a budget
 * @param projectEnd the project's last day; null when it has none (its due date then said as a delay)
 * @param reportDueOn the last day to give the final report; null with no project end
 * @param clauses the call's particular clauses, in its words; null for none
 */
public record AgreementTerms(
        Party funder,
        Party beneficiary,
        String title,
        String summary,
        long amount,
        Long eligibleExpenses,
        int advanceShare,
        long advance,
        long balance,
        List<CallObligation> obligations,
        LocalDate projectEnd,
        Period reportDelay,
        LocalDate reportDueOn,
        String conditions,
        String reference,
        OffsetDateTime decidedAt,
        String clauses) {

    /** A party to the agreement: its name and its SIRET (fourteen digits; null when the organisation gave none). */
    public record Party(String name, String siret) {}

    /** The award a coordinator decided: its amount, its conditions (null for none), its reference and when. */
    public record Award(long amount, String conditions, String reference, OffsetDateTime decidedAt) {}

    /** The project funded: its title and summary, its last day and its eligible expenses, each null when unknown. */
    public record Project(String title, String summary, LocalDate end, Long eligibleExpenses) {}

    public AgreementTerms {
        obligations = List.copyOf(obligations);
    }

    public static AgreementTerms of(
            Award award, Funding funding, List<CallObligation> obligations, Party beneficiary, Project project) {
        long advance = award.amount() * funding.getAdvanceShare() / 100;
        Period delay = funding.getReportDelay();
        return new AgreementTerms(
                new Party(funding.getFunderName(), funding.getFunderSiret()),
                beneficiary,
                project.title(),
                project.summary(),
                award.amount(),
                project.eligibleExpenses(),
                funding.getAdvanceShare(),
                advance,
                award.amount() - advance,
                obligations,
                project.end(),
                delay,
                project.end() == null ? null : project.end().plus(delay),
                award.conditions(),
                award.reference(),
                award.decidedAt(),
                funding.getAgreementClauses());
    }

    /** The award as a share of the project's eligible expenses, in percent; null without any. */
    public Double eligibleShare() {
        return eligibleExpenses == null || eligibleExpenses == 0 ? null : amount * 100.0 / eligibleExpenses;
    }

    /**
     * The terms as their reader reads them, in their language: amounts in figures (« 25 000 € ») and in words, SIRETs
     * as INSEE writes them, days in words (the decision's in Paris), the share to one decimal; null where unknown.
     */
    public record Written(
            String funderSiret,
            String beneficiarySiret,
            String amount,
            String amountInWords,
            String eligibleExpenses,
            String share,
            String advance,
            String balance,
            String decidedOn,
            String projectEnd,
            String reportDelay,
            String reportDue) {}

    public Written written(Locale locale) {
        Double share = eligibleShare();
        return new Written(
                siret(funder),
                siret(beneficiary),
                Amounts.written(amount, locale),
                AmountWords.of(amount, locale),
                eligibleExpenses == null ? null : Amounts.written(eligibleExpenses, locale),
                share == null ? null : WrittenNumbers.decimal(share, locale),
                Amounts.written(advance, locale),
                Amounts.written(balance, locale),
                WrittenDates.day(ParisTime.of(decidedAt).toLocalDate(), locale),
                WrittenDates.day(projectEnd, locale),
                WrittenDates.period(reportDelay, locale),
                WrittenDates.day(reportDueOn, locale));
    }

    private static String siret(Party party) {
        return party.siret() == null ? null : Siret.written(party.siret());
    }
}
