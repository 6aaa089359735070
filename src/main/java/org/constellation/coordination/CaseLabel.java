package org.constellation.coordination;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;

/** A label the team put on a case ("à relancer", "financement"): for the team only. */
@Entity
class CaseLabel {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private Long proposalId;
    private String label;

    protected CaseLabel() {}

    CaseLabel(Long proposalId, String label) {
        this.proposalId = proposalId;
        this.label = label;
    }

    Long getProposalId() {
        return proposalId;
    }

    String getLabel() {
        return label;
    }
}
