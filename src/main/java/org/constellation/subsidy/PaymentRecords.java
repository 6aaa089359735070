package org.constellation.subsidy;

import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Locale;
import org.constellation.funding.Amounts;
import org.constellation.proposal.Proposal;
import org.constellation.proposal.ProposalRecords;
import org.constellation.workflow.StaffNames;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * A funded project's payments: in the case's story, each with its amount, its reference and who of the finance
 * department confirmed it, and the sums to recover; in the holder's export, what they were paid and when (amounts in
 * euros as a file keeps them), never who confirmed it.
 */
@Component
public class PaymentRecords implements ProposalRecords {

    /** A payment as its holder reads it: its kind (a code of {@link PaymentKind}), amount and day. */
    public record Paid(String kind, BigDecimal amount, OffsetDateTime at) {}

    public static final HolderParts.Key<List<Paid>> PAYMENTS = new HolderParts.Key<>("payments");

    private final Payments payments;
    private final StaffNames staff;
    private final MessageSource messages;

    public PaymentRecords(Payments payments, StaffNames staff, MessageSource messages) {
        this.payments = payments;
        this.staff = staff;
        this.messages = messages;
    }

    /**
     * « Avance versée : 5 000 €, référence M-2027-118, confirmée par Jean Trésor », « Avance à reverser : 1 000 € ».
     */
    @Override
    public List<Dated> story(Proposal proposal) {
        return payments.of(proposal.getId()).stream()
                .map(payment -> new Dated(payment.getConfirmedAt(), Happening.PAYMENT, told(payment)))
                .toList();
    }

    private String told(Payment payment) {
        String amount = Amounts.written(payment.getAmount(), Locale.FRENCH);
        if (payment.getKind() == PaymentKind.RECOVERY) {
            return messages.getMessage("payment.story.recovery", new Object[] {amount}, Locale.FRENCH);
        }
        return messages.getMessage(
                "payment.story." + payment.getKind(),
                new Object[] {amount, payment.getReference(), staff.fullName(payment.getConfirmedBy())},
                Locale.FRENCH);
    }

    @Override
    public void addTo(HolderParts parts, Proposal proposal) {
        List<Payment> made = payments.of(proposal.getId());
        if (!made.isEmpty()) {
            parts.put(
                    PAYMENTS,
                    made.stream()
                            .map(payment -> new Paid(
                                    payment.getKind().name(),
                                    Amounts.euros(payment.getAmount()),
                                    payment.getConfirmedAt()))
                            .toList());
        }
    }
}
