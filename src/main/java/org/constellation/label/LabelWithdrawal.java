package org.constellation.label;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import java.time.OffsetDateTime;

/** A label withdrawn from an event whose charter was broken: why, by which coordinator, when. One per proposal. */
@Entity
public class LabelWithdrawal {

    @Id
    private Long proposalId;

    private String reason;
    private String withdrawnBy;
    private OffsetDateTime withdrawnAt;

    protected LabelWithdrawal() {}

    LabelWithdrawal(Long proposalId, String reason, String withdrawnBy, OffsetDateTime withdrawnAt) {
        this.proposalId = proposalId;
        this.reason = reason;
        this.withdrawnBy = withdrawnBy;
        this.withdrawnAt = withdrawnAt;
    }

    public Long getProposalId() {
        return proposalId;
    }

    /** The coordinator's words; empty once the holder's data is erased (privacy.Erasure). */
    public String getReason() {
        return reason;
    }

    public String getWithdrawnBy() {
        return withdrawnBy;
    }

    public OffsetDateTime getWithdrawnAt() {
        return withdrawnAt;
    }
}
