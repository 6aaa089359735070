package org.constellation.privacy;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import java.time.OffsetDateTime;

/**
 * A coordinator's decision to keep a case's data: an ended case kept past its erasure date, or a case still open past
 * the limit carried on (no dates then). Both with the reason, shown in the case's story.
 */
@Entity
public class RetentionExtension {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private Long proposalId;
    private OffsetDateTime previousEraseAfter;
    private OffsetDateTime eraseAfter;
    private String reason;
    private String extendedBy;
    private OffsetDateTime extendedAt;

    protected RetentionExtension() {}

    RetentionExtension(
            Long proposalId,
            OffsetDateTime previousEraseAfter,
            OffsetDateTime eraseAfter,
            String reason,
            String extendedBy,
            OffsetDateTime extendedAt) {
        this.proposalId = proposalId;
        this.previousEraseAfter = previousEraseAfter;
        this.eraseAfter = eraseAfter;
        this.reason = reason;
        this.extendedBy = extendedBy;
        this.extendedAt = extendedAt;
    }

    public Long getProposalId() {
        return proposalId;
    }

    public OffsetDateTime getPreviousEraseAfter() {
        return previousEraseAfter;
    }

    public OffsetDateTime getEraseAfter() {
        return eraseAfter;
    }

    public String getReason() {
        return reason;
    }

    public String getExtendedBy() {
        return extendedBy;
    }

    public OffsetDateTime getExtendedAt() {
        return extendedAt;
    }
}
