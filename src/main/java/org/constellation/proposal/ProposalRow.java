package org.constellation.proposal;

import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.MappedSuperclass;

/** A row that belongs to one proposal: its own id, and the proposal's (column proposal_id). */
@MappedSuperclass
abstract class ProposalRow {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "proposal_id")
    private Proposal proposal;

    protected ProposalRow() {}

    ProposalRow(Proposal proposal) {
        this.proposal = proposal;
    }

    public Long getId() {
        return id;
    }

    Proposal proposal() {
        return proposal;
    }
}
