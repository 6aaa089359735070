package org.constellation.coordination;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import java.time.OffsetDateTime;

/** A staff-only note on a case: the applicant never sees it. */
@Entity
class CaseNote {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  private Long proposalId;
  private OffsetDateTime writtenAt;
  private String author;
  private String body;

  protected CaseNote() {}

  CaseNote(Long proposalId, OffsetDateTime writtenAt, String author, String body) {
    this.proposalId = proposalId;
    this.writtenAt = writtenAt;
    this.author = author;
    this.body = body;
  }

  OffsetDateTime getWrittenAt() { return writtenAt; }
  String getAuthor() { return author; }
  String getBody() { return body; }
}
