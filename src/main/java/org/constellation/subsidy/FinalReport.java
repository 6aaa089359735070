package org.constellation.subsidy;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embeddable;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;

/**
 * A funded project's final report (issue 32, part 6), one per proposal: the activity in the holder's words and the
 * expenses it realised by the call's categories beside their forecast, as given last; sent back with the follow-up
 * person's reason (the reason stays after the holder gives it again), or approved. Given again, it is written in place.
 */
@Entity
@Table(name = "funding_final_report")
public class FinalReport {

    /** A category of the call's eligible expenses: what the budget forecast, what was realised, in cents. */
    @Embeddable
    public record Expense(String category, long forecast, long realised) {}

    @Id
    private Long proposalId;

    private String activity;
    private OffsetDateTime givenAt;
    private OffsetDateTime sentBackAt;
    private String sentBackReason;
    private OffsetDateTime approvedAt;
    private String approvedBy;

    @ElementCollection
    @CollectionTable(name = "funding_final_expense", joinColumns = @JoinColumn(name = "proposal_id"))
    @OrderColumn(name = "position")
    private List<Expense> expenses = new ArrayList<>();

    protected FinalReport() {}

    FinalReport(Long proposalId) {
        this.proposalId = proposalId;
    }

    /** Writes the report as given now, in place of what an earlier one said. */
    void give(String activity, List<Expense> realised, OffsetDateTime at) {
        this.activity = activity;
        this.expenses.clear();
        this.expenses.addAll(realised);
        this.givenAt = at;
    }

    void sendBack(String reason, OffsetDateTime at) {
        this.sentBackReason = reason;
        this.sentBackAt = at;
    }

    void approve(String by, OffsetDateTime at) {
        this.approvedBy = by;
        this.approvedAt = at;
    }

    /** Sent back and not given again since: the holder gives it again. */
    public boolean isSentBack() {
        return sentBackAt != null && !givenAt.isAfter(sentBackAt);
    }

    public boolean isApproved() {
        return approvedAt != null;
    }

    /** Given, and neither sent back since nor approved yet: the follow-up person reviews it. */
    public boolean isUnderReview() {
        return !isSentBack() && !isApproved();
    }

    /** The eligible expenses realised, every category of the call counting (they are the eligible ones). */
    public long eligibleRealised() {
        return expenses.stream().mapToLong(Expense::realised).sum();
    }

    public long forecastTotal() {
        return expenses.stream().mapToLong(Expense::forecast).sum();
    }

    public Long getProposalId() {
        return proposalId;
    }

    /** The holder's words; null once their data is erased (privacy.Erasure). */
    public String getActivity() {
        return activity;
    }

    public OffsetDateTime getGivenAt() {
        return givenAt;
    }

    public OffsetDateTime getSentBackAt() {
        return sentBackAt;
    }

    /** Why it was sent back last, in the follow-up person's words; null once the holder's data is erased. */
    public String getSentBackReason() {
        return sentBackReason;
    }

    public OffsetDateTime getApprovedAt() {
        return approvedAt;
    }

    public String getApprovedBy() {
        return approvedBy;
    }

    public List<Expense> getExpenses() {
        return expenses;
    }
}
