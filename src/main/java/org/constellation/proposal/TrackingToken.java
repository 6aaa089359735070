package org.constellation.proposal;

import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import java.time.OffsetDateTime;

/** A private tracking link, known here only by the SHA-256 of its token. */
@Entity
public class TrackingToken {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "proposal_id")
  private Proposal proposal;

  private String tokenHash;
  private OffsetDateTime createdAt;
  private OffsetDateTime expiresAt;
  private OffsetDateTime revokedAt;

  protected TrackingToken() {}

  TrackingToken(Proposal proposal, String tokenHash, OffsetDateTime createdAt, OffsetDateTime expiresAt) {
    this.proposal = proposal;
    this.tokenHash = tokenHash;
    this.createdAt = createdAt;
    this.expiresAt = expiresAt;
  }

  boolean isOlderThan(TrackingToken other) {
    return createdAt.isBefore(other.createdAt) || createdAt.equals(other.createdAt) && id < other.id;
  }

  boolean isUsableAt(OffsetDateTime moment) {
    return revokedAt == null && moment.isBefore(expiresAt);
  }

  void revoke(OffsetDateTime moment) {
    if (revokedAt == null) {
      revokedAt = moment;
    }
  }

  public Long getId() { return id; }
  public Proposal getProposal() { return proposal; }
}
