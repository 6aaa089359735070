package org.constellation.proposal;

import jakarta.persistence.MappedSuperclass;
import java.time.OffsetDateTime;

/** Something the holder wrote back from their tracking page: which proposal, and when it came. */
@MappedSuperclass
abstract class HolderReply extends ProposalRow {

    private OffsetDateTime receivedAt;

    protected HolderReply() {}

    HolderReply(Proposal proposal, OffsetDateTime receivedAt) {
        super(proposal);
        this.receivedAt = receivedAt;
    }

    public OffsetDateTime getReceivedAt() {
        return receivedAt;
    }
}
