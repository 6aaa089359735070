package org.constellation.subsidy;

import java.time.OffsetDateTime;
import java.util.List;
import org.constellation.funding.Budget;
import org.constellation.proposal.Proposal;

/**
 * A funding call's awards as its page shows them (issue 32, part 3): its envelope, what is awarded and what is left;
 * the proposals whose lifecycle waits for the decision, each with its forecast budget; the decisions taken, in their
 * order.
 */
public record AwardBoard(Envelope envelope, List<Pending> pending, List<Decided> decided) {

    /** A proposal to decide: its budget (null when it gave none: it can only be refused), and what it asks. */
    public record Pending(Proposal proposal, Budget budget) {

        public long asked() {
            return budget == null ? 0 : budget.asked();
        }
    }

    /** A decision taken: the award, or the refusal. */
    public record Decided(Proposal proposal, Award award, AwardRefusal refusal) {

        public OffsetDateTime decidedAt() {
            return award != null ? award.getDecidedAt() : refusal.getDecidedAt();
        }

        public String decidedBy() {
            return award != null ? award.getDecidedBy() : refusal.getDecidedBy();
        }
    }
}
