package org.constellation.subsidy;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.Period;
import java.util.List;
import java.util.Objects;
import java.util.stream.Stream;
import org.constellation.workflow.CsvTable;

/**
 * A season's awards in the SCDL « subventions » format (OpenDataFrance's schema 2.0, on schema.data.gouv.fr): the
 * essential data of a subsidy's agreement that décret 2017-779 and its arrêté of 17 November 2017 ask a public funder
 * to publish, one line per award, RFC 4180 with commas in UTF-8. Dates are ISO (2027-03-11), amounts in euros with a
 * dot and two decimals (12500.50), the beneficiary's share a decimal number, the values of its lists as the schema
 * spells them. Plain rules ({@code ScdlSubsidiesTest}); {@link SubsidyOpenData} reads the awards.
 */
public final class ScdlSubsidies {

    /** The schema's fourteen columns, in its order. */
    public static final List<String> HEADER = List.of(
            "nomAttribuant",
            "idAttribuant",
            "dateConvention",
            "referenceDecision",
            "nomBeneficiaire",
            "idBeneficiaire",
            "objet",
            "montant",
            "nature",
            "conditionsVersement",
            "datesPeriodeVersement",
            "idRAE",
            "notificationUE",
            "pourcentageSubvention");

    /** An award is money; help in kind (a room, the Fab Lab) is the accompaniment's, never an award. */
    static final String IN_CASH = "aide en numéraire";

    static final String SINGLE = "unique";
    static final String STAGED = "échelonné";
    /** No call's award is a de minimis aid notified to the European Commission (règlement 1407/2013). */
    static final String NOT_NOTIFIED = "non";
    /**
     * The beneficiary's part of the subsidy (the schema's « pourcentage du montant total de la subvention attribuée au
     * bénéficiaire », for a subsidy shared between several): an award has one beneficiary, who takes it whole.
     */
    static final String WHOLE = "1.00";

    /**
     * An award as the file gives it. The funder is the call's; the convention's day is the agreement's when one was
     * accepted, else the decision's (an award below the agreement's threshold is given by the decision itself); the
     * amounts are in cents; the advance's share is the call's, in percent; the payments' days are those finance
     * confirmed (null until then), in Paris; the project ends on its last session, else on its planned end, and its
     * final report, after which the balance is paid, is due the call's delay later.
     */
    public record Award(
            String funderName,
            String funderSiret,
            String reference,
            LocalDate decidedOn,
            LocalDate agreedOn,
            String beneficiary,
            String siret,
            String title,
            long amount,
            int advanceShare,
            LocalDate advancePaidOn,
            LocalDate balancePaidOn,
            LocalDate projectEnd,
            Period reportDelay) {

        LocalDate conventionOn() {
            return agreedOn != null ? agreedOn : decidedOn;
        }

        /** An advance at the agreement's signature and a balance after the final report; else it is paid at once. */
        boolean staged() {
            return advanceShare > 0 && advanceShare < 100;
        }
    }

    private ScdlSubsidies() {}

    /** The whole file: the header, then one line per award in the order given; the header alone for none. */
    public static String write(List<Award> awards) {
        return CsvTable.writeRfc4180(
                HEADER, awards.stream().map(ScdlSubsidies::line).toList());
    }

    static List<String> line(Award award) {
        return List.of(
                text(award.funderName()),
                text(award.funderSiret()),
                award.conventionOn().toString(),
                award.reference(),
                award.beneficiary(),
                award.siret(),
                award.title(),
                amount(award.amount()),
                IN_CASH,
                award.staged() ? STAGED : SINGLE,
                paymentDates(award),
                "",
                NOT_NOTIFIED,
                WHOLE);
    }

    /** Euros with a dot and their two decimals: 1250050 cents are « 12500.50 ». */
    static String amount(long cents) {
        return BigDecimal.valueOf(cents, 2).toPlainString();
    }

    /**
     * Paid in full, the day of its one payment, or from the advance's day to the balance's (« 2027-04-02/2028-07-15 »);
     * until then, as the schema asks when the days are not known yet, the period they fall in: from the first payment
     * made (else the convention's day, when the advance is due) to the final report's due day, after which the balance
     * is paid.
     */
    static String paymentDates(Award award) {
        List<LocalDate> paid = Stream.of(award.advancePaidOn(), award.balancePaidOn())
                .filter(Objects::nonNull)
                .sorted()
                .toList();
        boolean paidInFull = award.staged() ? award.balancePaidOn() != null : !paid.isEmpty();
        if (paidInFull) {
            return period(paid.get(0), paid.get(paid.size() - 1));
        }
        LocalDate from = paid.isEmpty() ? award.conventionOn() : paid.get(0);
        LocalDate reportDue = award.projectEnd().plus(award.reportDelay());
        return period(from, reportDue.isAfter(from) ? reportDue : from);
    }

    private static String period(LocalDate from, LocalDate to) {
        return from.equals(to) ? from.toString() : from + "/" + to;
    }

    /** The funder's name and SIRET are asked of a call that funds; a call whose funding was never set has none. */
    private static String text(String value) {
        return value == null ? "" : value;
    }
}
