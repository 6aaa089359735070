package org.constellation.forum;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import java.time.OffsetDateTime;

/** A partnership formed at the forum between two proposals, lowest id first; it belongs to both. */
@Entity
public class Partnership {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private Long callId;
    private Long firstProposalId;
    private Long secondProposalId;
    private String description;
    private String recordedBy;
    private OffsetDateTime recordedAt;

    protected Partnership() {}

    Partnership(Long callId, Long oneId, Long otherId, String description, String recordedBy, OffsetDateTime at) {
        this.callId = callId;
        this.firstProposalId = Math.min(oneId, otherId);
        this.secondProposalId = Math.max(oneId, otherId);
        this.description = description;
        this.recordedBy = recordedBy;
        this.recordedAt = at;
    }

    public Long partnerOf(Long proposalId) {
        return firstProposalId.equals(proposalId) ? secondProposalId : firstProposalId;
    }

    public Long getCallId() {
        return callId;
    }

    public Long getFirstProposalId() {
        return firstProposalId;
    }

    public Long getSecondProposalId() {
        return secondProposalId;
    }

    public String getDescription() {
        return description;
    }

    public String getRecordedBy() {
        return recordedBy;
    }

    public OffsetDateTime getRecordedAt() {
        return recordedAt;
    }
}
