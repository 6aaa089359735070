package org.constellation.subsidy;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;

/**
 * A subsidy awarded to a proposal of a funding call (issue 32, part 3): its amount, what the budget asked, the reason
 * when less, its conditions, who decided and when, and its reference, the decision's number (« SUB-2027-0007 »), which
 * the agreement, the payments and the open data quote. One per proposal; amounts in cents.
 */
@Entity
@Table(name = "funding_award")
public class Award {

    @Id
    private Long proposalId;

    private Long callId;
    private long amount;
    private long asked;
    /** Why less than asked, in the coordinator's words; null at the full amount, empty once erased. */
    private String reason;

    private String conditions;
    private OffsetDateTime decidedAt;
    private String decidedBy;
    private String reference;

    protected Award() {}

    Award(
            Long proposalId,
            Long callId,
            long amount,
            long asked,
            String reason,
            String conditions,
            String decidedBy,
            OffsetDateTime decidedAt,
            String reference) {
        this.proposalId = proposalId;
        this.callId = callId;
        this.amount = amount;
        this.asked = asked;
        this.reason = reason;
        this.conditions = conditions;
        this.decidedBy = decidedBy;
        this.decidedAt = decidedAt;
        this.reference = reference;
    }

    /** The decision's number: « SUB- », the season's year, and a number no other award has, on four digits at least. */
    static String reference(int seasonYear, long number) {
        return "SUB-%d-%04d".formatted(seasonYear, number);
    }

    /**
     * Whether the award asks for an agreement: above the call's threshold (a subsidy of more than 23 000 € by law), or
     * for every award when the call says so.
     */
    public boolean needsAgreement(long threshold, boolean always) {
        return always || amount > threshold;
    }

    /** The share of the award paid in advance (in percent), to the cent below. */
    public long advance(int share) {
        return amount * share / 100;
    }

    public boolean isLessThanAsked() {
        return amount < asked;
    }

    public Long getProposalId() {
        return proposalId;
    }

    public Long getCallId() {
        return callId;
    }

    public long getAmount() {
        return amount;
    }

    public long getAsked() {
        return asked;
    }

    public String getReason() {
        return reason;
    }

    public String getConditions() {
        return conditions;
    }

    public OffsetDateTime getDecidedAt() {
        return decidedAt;
    }

    public String getDecidedBy() {
        return decidedBy;
    }

    public String getReference() {
        return reference;
    }
}
