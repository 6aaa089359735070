package org.constellation.selection;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import java.math.BigDecimal;
import java.time.OffsetDateTime;

/**
 * The committee's decision on one proposal, with its motivation (the same for every proposal of a bulk decision, kept
 * on each), the rank and score it had; a move up from the waiting list is a decision of its own, without session.
 */
@Entity
public class CommitteeDecision {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private Long sessionId;
    private Long proposalId;
    private Long callId;

    @Enumerated(EnumType.STRING)
    private SelectionOutcome outcome;

    private String motivation;
    private Integer ranking;
    private BigDecimal score;
    private String decidedBy;
    private OffsetDateTime decidedAt;

    protected CommitteeDecision() {}

    CommitteeDecision(
            Long sessionId,
            Long proposalId,
            Long callId,
            SelectionOutcome outcome,
            String motivation,
            Integer ranking,
            BigDecimal score,
            String decidedBy,
            OffsetDateTime decidedAt) {
        this.sessionId = sessionId;
        this.proposalId = proposalId;
        this.callId = callId;
        this.outcome = outcome;
        this.motivation = motivation;
        this.ranking = ranking;
        this.score = score;
        this.decidedBy = decidedBy;
        this.decidedAt = decidedAt;
    }

    public Long getId() {
        return id;
    }

    public Long getSessionId() {
        return sessionId;
    }

    public Long getProposalId() {
        return proposalId;
    }

    public Long getCallId() {
        return callId;
    }

    public SelectionOutcome getOutcome() {
        return outcome;
    }

    public String getMotivation() {
        return motivation;
    }

    public Integer getRanking() {
        return ranking;
    }

    public BigDecimal getScore() {
        return score;
    }

    public String getDecidedBy() {
        return decidedBy;
    }

    public OffsetDateTime getDecidedAt() {
        return decidedAt;
    }
}
