package org.constellation.proposal;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import java.time.OffsetDateTime;

/** One step of a proposal's timeline: the status it entered and when. */
@Entity
public class ProposalStatusChange {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "proposal_id")
    private Proposal proposal;

    @Enumerated(EnumType.STRING)
    private ProposalStatus status;

    private OffsetDateTime changedAt;

    protected ProposalStatusChange() {}

    ProposalStatusChange(Proposal proposal, ProposalStatus status, OffsetDateTime changedAt) {
        this.proposal = proposal;
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
