package org.constellation.proposal;

import jakarta.persistence.Entity;
import java.time.OffsetDateTime;

/**
 * The applicant's correction of their proposal, before its check: when it came and what it changed, one line per
 * changed answer (« Commune : Meylan → Chambéry »), as the team reads it in the case's story and the holder in their
 * data.
 */
@Entity
public class ProposalCorrection extends HolderReply {

    private String changes;

    protected ProposalCorrection() {}

    ProposalCorrection(Proposal proposal, String changes, OffsetDateTime receivedAt) {
        super(proposal, receivedAt);
        this.changes = changes;
    }

    public String getChanges() {
        return changes;
    }
}
