package org.constellation.proposal;

import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import java.time.OffsetDateTime;

/** What the holder asked to correct in their programme entry, from their tracking page. */
@Entity
public class EntryCorrection {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "proposal_id")
  private Proposal proposal;

  private String correction;
  private OffsetDateTime receivedAt;

  protected EntryCorrection() {}

  EntryCorrection(Proposal proposal, String correction, OffsetDateTime receivedAt) {
    this.proposal = proposal;
    this.correction = correction;
    this.receivedAt = receivedAt;
  }

  public String getCorrection() { return correction; }
  public OffsetDateTime getReceivedAt() { return receivedAt; }
}
