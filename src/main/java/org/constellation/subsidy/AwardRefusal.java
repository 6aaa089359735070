package org.constellation.subsidy;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;

/** A subsidy refused to a proposal of a funding call (issue 32, part 3): why, by which coordinator, when. */
@Entity
@Table(name = "funding_refusal")
public class AwardRefusal {

    @Id
    private Long proposalId;

    /** The coordinator's words, which the holder reads in the mail; empty once the holder's data is erased. */
    private String reason;

    private OffsetDateTime decidedAt;
    private String decidedBy;

    protected AwardRefusal() {}

    AwardRefusal(Long proposalId, String reason, String decidedBy, OffsetDateTime decidedAt) {
        this.proposalId = proposalId;
        this.reason = reason;
        this.decidedBy = decidedBy;
        this.decidedAt = decidedAt;
    }

    public Long getProposalId() {
        return proposalId;
    }

    public String getReason() {
        return reason;
    }

    public OffsetDateTime getDecidedAt() {
        return decidedAt;
    }

    public String getDecidedBy() {
        return decidedBy;
    }
}
