package org.constellation.subsidy;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import org.constellation.call.Funding;
import org.constellation.proposal.Proposals;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The payments of a funded project (issue 32, part 5): what the model asks ({@code ${fundingPayments.advanceDue(…)}},
 * {@code balanceDue}), what each payment amounts to ({@link Balance}), the finance department's confirmations, one of
 * each kind (nothing is paid twice), and the sums to recover. The award is read from funding_award, which the awards
 * write: its amount and its reference.
 */
@Service("fundingPayments")
public class Payments {

    /** What the payments read of an award: its amount in cents and its decision's reference. */
    public record Award(long amount, String reference) {}

    /**
     * A payment already made, refused a second time: its earlier confirmation, or null when it was confirmed at the
     * same moment (another transaction's, not readable from this one).
     */
    public static class AlreadyPaid extends RuntimeException {

        private final transient Payment earlier;

        AlreadyPaid(PaymentKind kind, Payment earlier) {
            super("Already paid: " + kind);
            this.earlier = earlier;
        }

        public Payment earlier() {
            return earlier;
        }
    }

    private final PaymentRepository payments;
    private final FinalReportRepository reports;
    private final Proposals proposals;
    private final JdbcTemplate jdbc;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    public Payments(
            PaymentRepository payments,
            FinalReportRepository reports,
            Proposals proposals,
            JdbcTemplate jdbc,
            ApplicationEventPublisher events,
            Clock clock) {
        this.payments = payments;
        this.reports = reports;
        this.proposals = proposals;
        this.jdbc = jdbc;
        this.events = events;
        this.clock = clock;
    }

    /** The proposal's award, if it was awarded one. */
    @Transactional(readOnly = true)
    public Optional<Award> award(Long proposalId) {
        return jdbc
                .query(
                        "select amount, reference from funding_award where proposal_id = ?",
                        (row, n) -> new Award(row.getLong(1), row.getString(2)),
                        proposalId)
                .stream()
                .findFirst();
    }

    /** An advance is due: the project was awarded a subsidy, its call pays an advance, and it was not paid yet. */
    @Transactional(readOnly = true)
    public boolean advanceDue(Long proposalId) {
        return advance(proposalId) > 0 && paid(proposalId, PaymentKind.ADVANCE).isEmpty();
    }

    /** A balance is due: the final report is approved, it leaves something to pay, and it was not paid yet. */
    @Transactional(readOnly = true)
    public boolean balanceDue(Long proposalId) {
        return settlement(proposalId).map(Balance.Settlement::balance).orElse(0L) > 0
                && paid(proposalId, PaymentKind.BALANCE).isEmpty();
    }

    /** The advance the award makes, 0 without an award. */
    @Transactional(readOnly = true)
    public long advance(Long proposalId) {
        return award(proposalId)
                .map(award ->
                        Balance.advance(award.amount(), funding(proposalId).getAdvanceShare()))
                .orElse(0L);
    }

    /**
     * What the project is owed once its final report is approved, and so its balance and what is to recover; empty
     * before (without an award, or before the report is approved).
     */
    @Transactional(readOnly = true)
    public Optional<Balance.Settlement> settlement(Long proposalId) {
        return reports.findById(proposalId)
                .filter(FinalReport::isApproved)
                .flatMap(report -> settlementOn(proposalId, report.eligibleRealised()));
    }

    /**
     * The settlement these eligible expenses realised would make, the advance paid so far deducted: what the follow-up
     * person reads before approving the report. Empty without an award.
     */
    @Transactional(readOnly = true)
    public Optional<Balance.Settlement> settlementOn(Long proposalId, long eligibleRealised) {
        Integer share = funding(proposalId).getLargestShare();
        return award(proposalId)
                .map(award -> Balance.settle(
                        award.amount(),
                        share == null ? 100 : share,
                        eligibleRealised,
                        paid(proposalId, PaymentKind.ADVANCE)
                                .map(Payment::getAmount)
                                .orElse(0L)));
    }

    /** What a finance task confirms: the advance, or the balance of the settlement. */
    @Transactional(readOnly = true)
    public long amountOf(Long proposalId, PaymentKind kind) {
        return switch (kind) {
            case ADVANCE -> advance(proposalId);
            case BALANCE ->
                settlement(proposalId).map(Balance.Settlement::balance).orElse(0L);
            case RECOVERY -> throw new IllegalArgumentException("A sum to recover is flagged, not paid");
        };
    }

    /**
     * The finance department confirms a payment of the kind, its amount computed now, under its own reference; a second
     * payment of a kind is refused ({@link AlreadyPaid}), whoever confirms it.
     */
    @Transactional
    public Payment confirm(Long proposalId, PaymentKind kind, String reference, String confirmedBy) {
        Optional<Payment> earlier = paid(proposalId, kind);
        if (earlier.isPresent()) {
            throw new AlreadyPaid(kind, earlier.get());
        }
        try {
            Payment payment = payments.saveAndFlush(new Payment(
                    proposalId, kind, amountOf(proposalId, kind), reference, confirmedBy, OffsetDateTime.now(clock)));
            events.publishEvent(new SubsidyChanged(proposalId));
            return payment;
        } catch (DataIntegrityViolationException confirmedMeanwhile) {
            // Another confirmation of the same payment committed first: the unique key keeps it single.
            throw new AlreadyPaid(kind, null);
        }
    }

    /**
     * A project withdrawn after its advance was paid: the advance is to recover, and the finance department told.
     * Nothing for a project paid nothing, or flagged already.
     */
    @Transactional
    public Optional<Payment> flagAdvanceToRecover(Long proposalId) {
        return paid(proposalId, PaymentKind.ADVANCE).flatMap(advance -> flag(proposalId, advance.getAmount(), true));
    }

    /**
     * Once the final report is approved: an advance above what the project is owed leaves no balance, and the
     * difference is to recover, the finance department told. Nothing otherwise.
     */
    @Transactional
    public Optional<Payment> flagOverpaidAdvance(Long proposalId) {
        return settlement(proposalId)
                .map(Balance.Settlement::recovery)
                .filter(recovery -> recovery > 0)
                .flatMap(recovery -> flag(proposalId, recovery, false));
    }

    private Optional<Payment> flag(Long proposalId, long amount, boolean withdrawn) {
        if (paid(proposalId, PaymentKind.RECOVERY).isPresent()) {
            return Optional.empty();
        }
        Payment recovery = payments.saveAndFlush(
                new Payment(proposalId, PaymentKind.RECOVERY, amount, null, null, OffsetDateTime.now(clock)));
        events.publishEvent(new RecoveryFlagged(proposalId, amount, withdrawn));
        return Optional.of(recovery);
    }

    /** The payment of this kind, if made (or flagged, for a sum to recover). */
    @Transactional(readOnly = true)
    public Optional<Payment> paid(Long proposalId, PaymentKind kind) {
        return payments.findByProposalIdAndKind(proposalId, kind);
    }

    /** The proposal's payments and sums to recover, oldest first. */
    @Transactional(readOnly = true)
    public List<Payment> of(Long proposalId) {
        return payments.findByProposalIdOrderByConfirmedAtAscIdAsc(proposalId);
    }

    private Funding funding(Long proposalId) {
        return proposals.get(proposalId).getCall().getFunding();
    }
}
