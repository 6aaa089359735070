package org.constellation.privacy;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;

/** One erasure: which case, why, on whose request, how much went. Never what was erased. */
@Entity
@Table(name = "purge_log")
public class PurgeLogEntry {

    /** On schedule, after the case's retention period; or on the person's request, by a coordinator. */
    public enum Cause {
        SCHEDULE,
        REQUEST
    }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private OffsetDateTime erasedAt;

    @Enumerated(EnumType.STRING)
    private Cause cause;

    private Long proposalId;
    private String reference;
    private String requestedBy;
    private int rowsErased;
    private int instances;

    protected PurgeLogEntry() {}

    PurgeLogEntry(
            OffsetDateTime erasedAt,
            Cause cause,
            Long proposalId,
            String reference,
            String requestedBy,
            int rowsErased,
            int instances) {
        this.erasedAt = erasedAt;
        this.cause = cause;
        this.proposalId = proposalId;
        this.reference = reference;
        this.requestedBy = requestedBy;
        this.rowsErased = rowsErased;
        this.instances = instances;
    }

    public OffsetDateTime getErasedAt() {
        return erasedAt;
    }

    public Cause getCause() {
        return cause;
    }

    public Long getProposalId() {
        return proposalId;
    }

    public String getReference() {
        return reference;
    }

    public String getRequestedBy() {
        return requestedBy;
    }

    public int getRowsErased() {
        return rowsErased;
    }

    public int getInstances() {
        return instances;
    }
}
