package org.constellation.call;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import java.math.BigDecimal;
import java.time.Period;

/**
 * How a call selects by jury (issue 30): off, its proposals found eligible go straight to accompaniment, as before; on,
 * experts of its group score each one on the grid, the call's decision tables aggregate the scores, and a committee
 * decides within its places. Part of the call's rules: a change makes a new rules version.
 */
@Embeddable
public class Jury {

    public static final String DEFAULT_EXPERT_GROUP = "experts";
    public static final String DEFAULT_RULES = "jury-aggregation";
    /** The most criteria a grid holds: the score form has as many places. */
    public static final int MAX_CRITERIA = 5;

    /** How the experts' totals of one proposal make its score. */
    public enum Aggregation {
        MEAN,
        MEDIAN,
        TRIMMED_MEAN
    }

    /** What orders proposals of the same score. */
    public enum TieBreak {
        /** The higher score on the grid's first criterion. */
        FIRST_CRITERION,
        /** The proposal submitted first. */
        SUBMITTED_FIRST,
        /** Nothing: the committee decides, the tie is shown to it. */
        COMMITTEE
    }

    @Column(name = "jury_enabled")
    private boolean enabled;

    @Column(name = "jury_expert_group")
    private String expertGroup = DEFAULT_EXPERT_GROUP;

    @Column(name = "jury_experts_per_proposal")
    private int expertsPerProposal = 2;

    @Column(name = "jury_places")
    private int places = 10;

    @Column(name = "jury_waiting_list")
    private int waitingList = 3;

    @Column(name = "jury_scale_max")
    private int scaleMax = 5;

    /** A score under this needs the expert's comment. */
    @Column(name = "jury_comment_below")
    private int commentBelow = 2;

    @Enumerated(EnumType.STRING)
    @Column(name = "jury_aggregation")
    private Aggregation aggregation = Aggregation.MEAN;

    /** Scores further apart than this (highest total minus lowest) are flagged as a disagreement. */
    @Column(name = "jury_disagreement_spread")
    private BigDecimal disagreementSpread = BigDecimal.valueOf(2);

    @Enumerated(EnumType.STRING)
    @Column(name = "jury_tie_break")
    private TieBreak tieBreak = TieBreak.FIRST_CRITERION;

    /** How long an expert has to score, from the assignment (ISO-8601 period). */
    @Column(name = "jury_review_delay")
    private String reviewDelay = "P14D";

    /** The holder's notice gives their score. */
    @Column(name = "jury_publishes_scores")
    private boolean publishesScores;

    /** An expert reads the other experts' scores of a proposal once they have given theirs. */
    @Column(name = "jury_peer_scores_after_own")
    private boolean peerScoresAfterOwn;

    /** The key of the DMN decisions that aggregate and break ties: a call with other rules names its own. */
    @Column(name = "jury_rules")
    private String rules = DEFAULT_RULES;

    Jury copy() {
        Jury copy = new Jury();
        copy.enabled = enabled;
        copy.expertGroup = expertGroup;
        copy.expertsPerProposal = expertsPerProposal;
        copy.places = places;
        copy.waitingList = waitingList;
        copy.scaleMax = scaleMax;
        copy.commentBelow = commentBelow;
        copy.aggregation = aggregation;
        copy.disagreementSpread = disagreementSpread;
        copy.tieBreak = tieBreak;
        copy.reviewDelay = reviewDelay;
        copy.publishesScores = publishesScores;
        copy.peerScoresAfterOwn = peerScoresAfterOwn;
        copy.rules = rules;
        return copy;
    }

    /** Sets every choice at once, as the call's page sends them (checked before, by {@code CallForm}). */
    public void set(
            boolean enabled,
            String expertGroup,
            int expertsPerProposal,
            int places,
            int waitingList,
            int scaleMax,
            int commentBelow,
            Aggregation aggregation,
            BigDecimal disagreementSpread,
            TieBreak tieBreak,
            Period reviewDelay,
            boolean publishesScores,
            boolean peerScoresAfterOwn) {
        this.enabled = enabled;
        this.expertGroup = expertGroup;
        this.expertsPerProposal = expertsPerProposal;
        this.places = places;
        this.waitingList = waitingList;
        this.scaleMax = scaleMax;
        this.commentBelow = commentBelow;
        this.aggregation = aggregation;
        this.disagreementSpread = disagreementSpread;
        this.tieBreak = tieBreak;
        this.reviewDelay = reviewDelay.toString();
        this.publishesScores = publishesScores;
        this.peerScoresAfterOwn = peerScoresAfterOwn;
    }

    public boolean isEnabled() {
        return enabled;
    }

    public String getExpertGroup() {
        return expertGroup;
    }

    public int getExpertsPerProposal() {
        return expertsPerProposal;
    }

    public int getPlaces() {
        return places;
    }

    public int getWaitingList() {
        return waitingList;
    }

    public int getScaleMax() {
        return scaleMax;
    }

    public int getCommentBelow() {
        return commentBelow;
    }

    public Aggregation getAggregation() {
        return aggregation;
    }

    public BigDecimal getDisagreementSpread() {
        return disagreementSpread;
    }

    public TieBreak getTieBreak() {
        return tieBreak;
    }

    public Period getReviewDelay() {
        return Period.parse(reviewDelay);
    }

    public boolean publishesScores() {
        return publishesScores;
    }

    public boolean showsPeerScoresAfterOwn() {
        return peerScoresAfterOwn;
    }

    public String getRules() {
        return rules;
    }
}
