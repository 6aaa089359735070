package org.constellation.subsidy;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.constellation.workflow.ModelKey;
import org.constellation.workflow.ProcessVariables;
import org.constellation.workflow.TaskInput;
import org.springframework.stereotype.Component;

/**
 * On completing « Examiner le rapport final »: approved, the balance follows ({@code finalReportApproved}), and an
 * advance above what the project is owed is flagged to recover; sent back, the reason is kept for the holder, whose
 * mail and tracking page say it. The form requires the reason when the report is sent back.
 */
@Component("recordFinalReportReview")
public class RecordFinalReportReviewListener implements TaskListener {

    static final ModelKey VERDICT = ModelKey.field("finalReportVerdict", FinalReportVerdict.class);
    /** Why the report is sent back, which the holder reads: shown and required only then. */
    static final ModelKey REASON = ModelKey.field("finalReportReason", String.class);

    private final FinalReports reports;
    private final Payments payments;

    public RecordFinalReportReviewListener(FinalReports reports, Payments payments) {
        this.reports = reports;
        this.payments = payments;
    }

    @Override
    public void notify(DelegateTask task) {
        Long proposalId = ((Number) task.getVariable(ProcessVariables.PROPOSAL_ID)).longValue();
        TaskInput input = new TaskInput(task);
        boolean approved = FinalReportVerdict.valueOf(input.text(VERDICT.name())) == FinalReportVerdict.APPROVED;
        reports.review(proposalId, approved, approved ? null : input.text(REASON.name()), input.actor());
        if (approved) {
            payments.flagOverpaidAdvance(proposalId);
        }
        task.getExecution().setVariable(ProcessVariables.FINAL_REPORT_APPROVED, approved);
    }
}
