package org.constellation.eligibility;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import java.time.OffsetDateTime;

/** A reviewer's eligibility decision, kept with its reasons, its author and its time. */
@Entity
public class EligibilityDecision {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private Long proposalId;

    @Enumerated(EnumType.STRING)
    private EligibilityOutcome outcome;

    private String reasons;
    private String missingInformation;
    private String reviewer;
    private OffsetDateTime decidedAt;
    private String confirmedBy;
    private OffsetDateTime confirmedAt;
    private String confirmationNote;

    protected EligibilityDecision() {}

    EligibilityDecision(
            Long proposalId,
            EligibilityOutcome outcome,
            String reasons,
            String missingInformation,
            String reviewer,
            OffsetDateTime decidedAt) {
        this.proposalId = proposalId;
        this.outcome = outcome;
        this.reasons = reasons;
        this.missingInformation = missingInformation;
        this.reviewer = reviewer;
        this.decidedAt = decidedAt;
    }

    /** A coordinator's word on a rejection: confirmed, or sent back to the check with a note. */
    void recordConfirmation(String coordinator, OffsetDateTime at, String note) {
        this.confirmedBy = coordinator;
        this.confirmedAt = at;
        this.confirmationNote = note;
    }

    public Long getId() {
        return id;
    }

    public Long getProposalId() {
        return proposalId;
    }

    public EligibilityOutcome getOutcome() {
        return outcome;
    }

    public String getReasons() {
        return reasons;
    }

    public String getMissingInformation() {
        return missingInformation;
    }

    public String getReviewer() {
        return reviewer;
    }

    public OffsetDateTime getDecidedAt() {
        return decidedAt;
    }

    public String getConfirmedBy() {
        return confirmedBy;
    }

    public OffsetDateTime getConfirmedAt() {
        return confirmedAt;
    }

    public String getConfirmationNote() {
        return confirmationNote;
    }
}
