package org.constellation.proposal;

import jakarta.persistence.Entity;
import java.time.OffsetDateTime;

/** What the holder asked to correct in their programme entry, from their tracking page. */
@Entity
public class EntryCorrection extends HolderReply {

    private String correction;

    protected EntryCorrection() {}

    EntryCorrection(Proposal proposal, String correction, OffsetDateTime receivedAt) {
        super(proposal, receivedAt);
        this.correction = correction;
    }

    public String getCorrection() {
        return correction;
    }
}
