package org.constellation.proposal;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import java.time.Duration;
import java.time.OffsetDateTime;

/**
 * A private link, known here only by the SHA-256 of its token: a tracking link (no purpose, long-lived, to read the
 * proposal), or an action link (WEB-03: one action, short-lived, used once).
 */
@Entity
public class TrackingToken extends ProposalRow {

    /** The one action an action link confirms, and how long its link lasts. */
    public enum Purpose {
        /** A withdrawal asked for on the tracking page: ten minutes, as ASVS caps out-of-band codes. */
        WITHDRAWAL(Duration.ofMinutes(10)),
        /**
         * A subsidy's agreement accepted (issue 32): read at leisure, so two weeks; each reminder of the agreement
         * brings a new link, and the tracking page sends one on request.
         */
        AGREEMENT(Duration.ofDays(14));

        private final Duration lifetime;

        Purpose(Duration lifetime) {
            this.lifetime = lifetime;
        }

        public Duration lifetime() {
            return lifetime;
        }
    }

    private String tokenHash;
    private OffsetDateTime createdAt;
    private OffsetDateTime expiresAt;
    private OffsetDateTime revokedAt;

    @Enumerated(EnumType.STRING)
    private Purpose purpose;

    private OffsetDateTime usedAt;

    protected TrackingToken() {}

    TrackingToken(
            Proposal proposal, String tokenHash, OffsetDateTime createdAt, OffsetDateTime expiresAt, Purpose purpose) {
        super(proposal);
        this.tokenHash = tokenHash;
        this.createdAt = createdAt;
        this.expiresAt = expiresAt;
        this.purpose = purpose;
    }

    boolean isFor(Purpose wanted) {
        return purpose == wanted;
    }

    boolean isOlderThan(TrackingToken other) {
        return createdAt.isBefore(other.createdAt) || createdAt.equals(other.createdAt) && getId() < other.getId();
    }

    boolean isUsableAt(OffsetDateTime moment) {
        return revokedAt == null && usedAt == null && moment.isBefore(expiresAt);
    }

    void revoke(OffsetDateTime moment) {
        if (revokedAt == null) {
            revokedAt = moment;
        }
    }

    public Proposal getProposal() {
        return proposal();
    }
}
