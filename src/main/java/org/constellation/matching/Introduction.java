package org.constellation.matching;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import java.time.OffsetDateTime;

/** Two proposals of a call put in contact by a reviewer; both holders are told about each other. */
@Entity
public class Introduction {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private Long proposalId;
    private Long partnerProposalId;
    private String note;
    private String recordedBy;
    private OffsetDateTime recordedAt;

    protected Introduction() {}

    Introduction(Long proposalId, Long partnerProposalId, String note, String recordedBy, OffsetDateTime recordedAt) {
        this.proposalId = proposalId;
        this.partnerProposalId = partnerProposalId;
        this.note = note;
        this.recordedBy = recordedBy;
        this.recordedAt = recordedAt;
    }

    public Long getProposalId() {
        return proposalId;
    }

    public Long getPartnerProposalId() {
        return partnerProposalId;
    }

    /** The other proposal of the introduction, seen from {@code proposalId}, whichever side it was recorded from. */
    public Long partnerOf(Long proposalId) {
        return this.proposalId.equals(proposalId) ? partnerProposalId : this.proposalId;
    }

    public String getNote() {
        return note;
    }

    public String getRecordedBy() {
        return recordedBy;
    }

    public OffsetDateTime getRecordedAt() {
        return recordedAt;
    }
}
