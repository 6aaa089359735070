package org.constellation.proposal;

import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.MappedSuperclass;
import java.time.OffsetDateTime;

/** Something the holder wrote back from their tracking page: which proposal, and when it came. */
@MappedSuperclass
abstract class HolderReply {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "proposal_id")
    private Proposal proposal;

    private OffsetDateTime receivedAt;

    protected HolderReply() {}

    HolderReply(Proposal proposal, OffsetDateTime receivedAt) {
        this.proposal = proposal;
        this.receivedAt = receivedAt;
    }

    public Long getId() {
        return id;
    }

    public OffsetDateTime getReceivedAt() {
        return receivedAt;
    }
}
