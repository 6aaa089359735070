package org.constellation.call;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.time.Period;
import org.constellation.funding.Budget;

/**
 * How a call funds projects (issue 32): off, it funds nothing, as before; on, each project states its forecast budget
 * when it applies, by the call's categories of eligible expenses ({@code Call.getFundingCategories}), and asks an
 * amount within the call's ceiling and its largest share of those expenses, out of the call's envelope. The advance,
 * the final report's delay, the agreement and the funder are the terms of the awards to come. All but the funder and
 * the agreements' particular clauses are part of the call's rules: a change after opening makes a new rules version.
 * Amounts in cents.
 */
@Embeddable
public class Funding {

    /**
     * Above 23 000 € a subsidy needs an agreement (loi 2000-321, article 10, and décret 2001-495), in cents; a call may
     * ask one of every project.
     */
    public static final long AGREEMENT_THRESHOLD = 2_300_000;
    /** The most categories of eligible expenses a call lists: the form has a field for each. */
    public static final int MAX_CATEGORIES = 12;

    @Column(name = "funding_enabled")
    private boolean enabled;

    /** What the call has to give in all. */
    @Column(name = "funding_envelope")
    private Long envelope;

    /** The most it gives one project. */
    @Column(name = "funding_ceiling")
    private Long ceiling;

    /** The largest share of a project's eligible expenses it funds, in percent. */
    @Column(name = "funding_largest_share")
    private Integer largestShare;

    /** The share of an award paid in advance, at the agreement's signature, in percent. */
    @Column(name = "funding_advance_share")
    private int advanceShare = 50;

    /** How long after the project's end its final report is due (ISO-8601 period): six months, as Cerfa 15059 says. */
    @Column(name = "funding_report_delay")
    private String reportDelay = "P6M";

    @Column(name = "funding_agreement_threshold")
    private long agreementThreshold = AGREEMENT_THRESHOLD;

    /** Every project funded signs an agreement, whatever its amount. */
    @Column(name = "funding_agreement_always")
    private boolean agreementAlways;

    /** Who pays, as the awards and the open data name it: « Grenoble-Alpes Métropole ». */
    @Column(name = "funding_funder_name")
    private String funderName;

    /** The funder's SIRET, its fourteen digits. */
    @Column(name = "funding_funder_siret")
    private String funderSiret;

    /** What the call adds to each of its agreements, in its own words (« Clauses particulières »); null for none. */
    @Column(name = "funding_agreement_clauses")
    private String agreementClauses;

    Funding copy() {
        Funding copy = new Funding();
        copy.enabled = enabled;
        copy.envelope = envelope;
        copy.ceiling = ceiling;
        copy.largestShare = largestShare;
        copy.advanceShare = advanceShare;
        copy.reportDelay = reportDelay;
        copy.agreementThreshold = agreementThreshold;
        copy.agreementAlways = agreementAlways;
        copy.funderName = funderName;
        copy.funderSiret = funderSiret;
        copy.agreementClauses = agreementClauses;
        return copy;
    }

    /** Sets every choice at once, as the call's page sends them (checked before, by {@code CallForm}). */
    public void set(
            boolean enabled,
            Long envelope,
            Long ceiling,
            Integer largestShare,
            int advanceShare,
            Period reportDelay,
            long agreementThreshold,
            boolean agreementAlways,
            String funderName,
            String funderSiret) {
        this.enabled = enabled;
        this.envelope = envelope;
        this.ceiling = ceiling;
        this.largestShare = largestShare;
        this.advanceShare = advanceShare;
        this.reportDelay = reportDelay.toString();
        this.agreementThreshold = agreementThreshold;
        this.agreementAlways = agreementAlways;
        this.funderName = funderName;
        this.funderSiret = funderSiret;
    }

    /** The agreements' particular clauses, as the call's page sends them (null or blank: none). */
    public void setAgreementClauses(String agreementClauses) {
        this.agreementClauses = agreementClauses == null || agreementClauses.isBlank() ? null : agreementClauses;
    }

    /** What an applicant's budget keeps to; only for a call that funds, whose ceiling and share are set. */
    public Budget.Terms terms() {
        return new Budget.Terms(ceiling, largestShare);
    }

    public boolean isEnabled() {
        return enabled;
    }

    public Long getEnvelope() {
        return envelope;
    }

    public Long getCeiling() {
        return ceiling;
    }

    public Integer getLargestShare() {
        return largestShare;
    }

    public int getAdvanceShare() {
        return advanceShare;
    }

    public Period getReportDelay() {
        return Period.parse(reportDelay);
    }

    public long getAgreementThreshold() {
        return agreementThreshold;
    }

    public boolean requiresAgreementAlways() {
        return agreementAlways;
    }

    public String getFunderName() {
        return funderName;
    }

    public String getFunderSiret() {
        return funderSiret;
    }

    public String getAgreementClauses() {
        return agreementClauses;
    }
}
