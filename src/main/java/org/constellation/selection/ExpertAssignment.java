package org.constellation.selection;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embeddable;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * One expert on one seat of a proposal's review, from the draw to the scores or the end of their part: the draw's seed
 * and what it drew from (a JSON {@link ExpertDraw.Record}), the declaration of interests, the scores.
 */
@Entity
public class ExpertAssignment {

    /** A score on one criterion of the grid (position from 1). */
    @Embeddable
    public record Score(int position, int score) {}

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private Long proposalId;
    private Long callId;
    private int seat;
    private String expertId;
    private OffsetDateTime assignedAt;
    /** The coordinator who replaced the seat's last expert; null: drawn by the process. */
    private String assignedBy;

    private long drawSeed;
    private String drawRecord;

    @Enumerated(EnumType.STRING)
    private AssignmentState state = AssignmentState.ASSIGNED;

    @Enumerated(EnumType.STRING)
    private ConflictKind conflictKind;

    private String conflictDetail;
    private OffsetDateTime declaredAt;
    private OffsetDateTime endedAt;
    private String endedBy;
    private String endReason;
    private String comment;

    @Enumerated(EnumType.STRING)
    private Recommendation recommendation;

    private OffsetDateTime scoredAt;

    @ElementCollection
    @CollectionTable(name = "expert_score", joinColumns = @JoinColumn(name = "assignment_id"))
    private List<Score> scores = new ArrayList<>();

    protected ExpertAssignment() {}

    ExpertAssignment(
            Long proposalId,
            Long callId,
            int seat,
            String expertId,
            OffsetDateTime assignedAt,
            String assignedBy,
            long drawSeed,
            String drawRecord) {
        this.proposalId = proposalId;
        this.callId = callId;
        this.seat = seat;
        this.expertId = expertId;
        this.assignedAt = assignedAt;
        this.assignedBy = assignedBy;
        this.drawSeed = drawSeed;
        this.drawRecord = drawRecord;
    }

    /** « Aucun conflit », or a conflict: the expert withdraws (déport), at that moment. */
    void declare(ConflictKind kind, String detail, OffsetDateTime at) {
        this.conflictKind = kind;
        this.conflictDetail = detail;
        this.declaredAt = at;
        if (kind == ConflictKind.NONE) {
            state = AssignmentState.DECLARED;
        } else {
            end(AssignmentState.WITHDRAWN, at, expertId, null);
        }
    }

    void score(List<Score> given, String comment, Recommendation recommendation, OffsetDateTime at) {
        scores.clear();
        scores.addAll(given);
        this.comment = comment;
        this.recommendation = recommendation;
        this.scoredAt = at;
        this.state = AssignmentState.SCORED;
    }

    void end(AssignmentState how, OffsetDateTime at, String by, String reason) {
        this.state = how;
        this.endedAt = at;
        this.endedBy = by;
        this.endReason = reason;
    }

    public Long getId() {
        return id;
    }

    public Long getProposalId() {
        return proposalId;
    }

    public Long getCallId() {
        return callId;
    }

    public int getSeat() {
        return seat;
    }

    public String getExpertId() {
        return expertId;
    }

    public OffsetDateTime getAssignedAt() {
        return assignedAt;
    }

    public String getAssignedBy() {
        return assignedBy;
    }

    public long getDrawSeed() {
        return drawSeed;
    }

    public String getDrawRecord() {
        return drawRecord;
    }

    public AssignmentState getState() {
        return state;
    }

    public ConflictKind getConflictKind() {
        return conflictKind;
    }

    public String getConflictDetail() {
        return conflictDetail;
    }

    public OffsetDateTime getDeclaredAt() {
        return declaredAt;
    }

    public OffsetDateTime getEndedAt() {
        return endedAt;
    }

    public String getEndedBy() {
        return endedBy;
    }

    public String getEndReason() {
        return endReason;
    }

    public String getComment() {
        return comment;
    }

    public Recommendation getRecommendation() {
        return recommendation;
    }

    public OffsetDateTime getScoredAt() {
        return scoredAt;
    }

    public List<Score> getScores() {
        return scores;
    }

    public Optional<Integer> scoreOn(int position) {
        return scores.stream()
                .filter(s -> s.position() == position)
                .map(Score::score)
                .findFirst();
    }
}
