package org.constellation.proposal;

import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import java.time.OffsetDateTime;

/** What the applicant sent back after a request for information. */
@Entity
public class InformationAnswer {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "proposal_id")
  private Proposal proposal;

  private String answer;
  private OffsetDateTime receivedAt;

  protected InformationAnswer() {}

  InformationAnswer(Proposal proposal, String answer, OffsetDateTime receivedAt) {
    this.proposal = proposal;
    this.answer = answer;
    this.receivedAt = receivedAt;
  }

  public String getAnswer() { return answer; }
  public OffsetDateTime getReceivedAt() { return receivedAt; }
}
