package org.constellation.eligibility;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import java.time.OffsetDateTime;
import java.util.Locale;
import org.constellation.call.Call;
import org.constellation.call.CallForm;
import org.constellation.call.Criterion;

/**
 * One mandatory criterion of one eligibility check: what the call's DMN decision found, explained in French and
 * English, then the reviewer's verdict and, where it departs from the automatic result, why.
 */
@Entity
public class CriterionAssessment {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private Long proposalId;
    private Long decisionId;
    private String criterion;
    private String automaticResult;
    private String explanationFr;
    private String explanationEn;
    private String verdict;
    private String overrideReason;
    private OffsetDateTime assessedAt;
    /** The call's rules version the check was made with, and the criterion as the call words it. */
    private Integer rulesVersion;

    private String label;

    protected CriterionAssessment() {}

    CriterionAssessment(
            Long proposalId,
            String criterion,
            String automaticResult,
            String explanationFr,
            String explanationEn,
            OffsetDateTime assessedAt,
            Call call) {
        this(
                proposalId,
                criterion,
                automaticResult,
                explanationFr,
                explanationEn,
                assessedAt,
                call,
                call.getCriteria().stream()
                        .filter(c -> c.code().equals(criterion))
                        .map(Criterion::label)
                        .findFirst()
                        .orElse(criterion));
    }

    /** A criterion in the words given: a commitment of a labelling call's charter. */
    CriterionAssessment(
            Long proposalId,
            String criterion,
            String automaticResult,
            String explanationFr,
            String explanationEn,
            OffsetDateTime assessedAt,
            Call call,
            String label) {
        this.proposalId = proposalId;
        this.criterion = criterion;
        this.automaticResult = automaticResult;
        this.explanationFr = explanationFr;
        this.explanationEn = explanationEn;
        this.assessedAt = assessedAt;
        this.rulesVersion = call.getRulesVersion();
        this.label = label;
    }

    /** A call's own criterion: no rule decides it, the reviewer does and gives the reason. */
    boolean isOwn() {
        return criterion.startsWith(CallForm.OWN_CRITERION_PREFIX);
    }

    /** A commitment of a labelling call's charter (issue 31), in the call's words. */
    boolean isCharter() {
        return criterion.startsWith(Criteria.CHARTER_PREFIX);
    }

    /** Named in the call's own words rather than the eligibility form's: its own criteria, its charter. */
    boolean hasOwnWords() {
        return isOwn() || isCharter();
    }

    /**
     * The verdict needs the reviewer's reason: it departs from the rules' PASS or FAIL, or it is theirs to give on a
     * call's own criterion or on a commitment the charter leaves them to check.
     */
    boolean needsReason(String verdict) {
        return isOverride(verdict) || isOwn() || isCharter() && Criteria.CHECK.equals(automaticResult);
    }

    void decide(Long decisionId, String verdict, String overrideReason) {
        this.decisionId = decisionId;
        this.verdict = verdict;
        this.overrideReason = overrideReason;
    }

    /** The reviewer's verdict differs from a PASS or FAIL of the rules (a CHECK is theirs to decide). */
    boolean isOverride(String verdict) {
        return !Criteria.CHECK.equals(automaticResult) && !automaticResult.equals(verdict);
    }

    /** Why the criterion is not met, for the applicant: the reviewer's reason where they overrode the rules. */
    public String explanation(Locale locale) {
        if (overrideReason != null) {
            return overrideReason;
        }
        return Locale.ENGLISH.getLanguage().equals(locale.getLanguage()) ? explanationEn : explanationFr;
    }

    public Long getProposalId() {
        return proposalId;
    }

    public String getCriterion() {
        return criterion;
    }

    public String getLabel() {
        return label == null ? criterion : label;
    }

    public Integer getRulesVersion() {
        return rulesVersion;
    }

    public String getExplanationFr() {
        return explanationFr;
    }

    public String getAutomaticResult() {
        return automaticResult;
    }

    public String getVerdict() {
        return verdict;
    }

    public String getOverrideReason() {
        return overrideReason;
    }
}
