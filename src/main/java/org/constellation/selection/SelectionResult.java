package org.constellation.selection;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import java.math.BigDecimal;
import java.time.OffsetDateTime;

/** The call's decision tables' reading of a proposal's scores: its score, their spread, a disagreement, a tie value. */
@Entity
public class SelectionResult {

    @Id
    private Long proposalId;

    private Long callId;
    private BigDecimal score;
    private BigDecimal spread;
    private boolean disagreement;
    private BigDecimal tieValue;
    private int scoreCount;
    private int rulesVersion;
    private OffsetDateTime computedAt;

    protected SelectionResult() {}

    SelectionResult(Long proposalId, Long callId) {
        this.proposalId = proposalId;
        this.callId = callId;
    }

    void set(
            BigDecimal score,
            BigDecimal spread,
            boolean disagreement,
            BigDecimal tieValue,
            int scoreCount,
            int rulesVersion,
            OffsetDateTime at) {
        this.score = score;
        this.spread = spread;
        this.disagreement = disagreement;
        this.tieValue = tieValue;
        this.scoreCount = scoreCount;
        this.rulesVersion = rulesVersion;
        this.computedAt = at;
    }

    public Long getProposalId() {
        return proposalId;
    }

    public Long getCallId() {
        return callId;
    }

    /** Null when no expert scored. */
    public BigDecimal getScore() {
        return score;
    }

    public BigDecimal getSpread() {
        return spread;
    }

    public boolean isDisagreement() {
        return disagreement;
    }

    public BigDecimal getTieValue() {
        return tieValue;
    }

    public int getScoreCount() {
        return scoreCount;
    }

    public int getRulesVersion() {
        return rulesVersion;
    }

    public OffsetDateTime getComputedAt() {
        return computedAt;
    }
}
