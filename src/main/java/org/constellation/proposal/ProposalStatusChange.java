package org.constellation.proposal;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import java.time.OffsetDateTime;

/** One step of a proposal's timeline: the status it entered and when. */
@Entity
public class ProposalStatusChange extends ProposalRow {

    @Enumerated(EnumType.STRING)
    private ProposalStatus status;

    private OffsetDateTime changedAt;

    protected ProposalStatusChange() {}

    ProposalStatusChange(Proposal proposal, ProposalStatus status, OffsetDateTime changedAt) {
        super(proposal);
        this.status = status;
        this.changedAt = changedAt;
    }

    public ProposalStatus getStatus() {
        return status;
    }

    public OffsetDateTime getChangedAt() {
        return changedAt;
    }
}
