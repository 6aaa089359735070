package org.constellation.review;

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

  protected EligibilityDecision() {}

  EligibilityDecision(Long proposalId, EligibilityOutcome outcome, String reasons, String missingInformation,
      String reviewer, OffsetDateTime decidedAt) {
    this.proposalId = proposalId;
    this.outcome = outcome;
    this.reasons = reasons;
    this.missingInformation = missingInformation;
    this.reviewer = reviewer;
    this.decidedAt = decidedAt;
  }

  public Long getProposalId() { return proposalId; }
  public EligibilityOutcome getOutcome() { return outcome; }
  public String getReasons() { return reasons; }
  public String getMissingInformation() { return missingInformation; }
  public String getReviewer() { return reviewer; }
  public OffsetDateTime getDecidedAt() { return decidedAt; }
}
