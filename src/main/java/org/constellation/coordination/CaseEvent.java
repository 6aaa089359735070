package org.constellation.coordination;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import java.time.OffsetDateTime;

/** What the team did to a case from the workspace (a label put or taken off, a message sent), for its story. */
@Entity
class CaseEvent {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  private Long proposalId;
  private OffsetDateTime happenedAt;
  private String actor;
  private String summary;

  protected CaseEvent() {}

  CaseEvent(Long proposalId, OffsetDateTime happenedAt, String actor, String summary) {
    this.proposalId = proposalId;
    this.happenedAt = happenedAt;
    this.actor = actor;
    this.summary = summary;
  }

  OffsetDateTime getHappenedAt() { return happenedAt; }
  String getActor() { return actor; }
  String getSummary() { return summary; }
}
