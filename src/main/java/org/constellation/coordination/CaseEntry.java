package org.constellation.coordination;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import java.time.OffsetDateTime;

/**
 * What the team wrote on a case, for itself: a note, or the record of an action taken from the workspace (a label put
 * or taken off, a message sent). The applicant never sees either.
 */
@Entity
class CaseEntry {

    enum Kind {
        NOTE,
        ACTION
    }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private Long proposalId;

    @Enumerated(EnumType.STRING)
    private Kind kind;

    private OffsetDateTime writtenAt;
    private String author;
    private String body;

    protected CaseEntry() {}

    CaseEntry(Long proposalId, Kind kind, OffsetDateTime writtenAt, String author, String body) {
        this.proposalId = proposalId;
        this.kind = kind;
        this.writtenAt = writtenAt;
        this.author = author;
        this.body = body;
    }

    Kind getKind() {
        return kind;
    }

    OffsetDateTime getWrittenAt() {
        return writtenAt;
    }

    String getAuthor() {
        return author;
    }

    String getBody() {
        return body;
    }
}
