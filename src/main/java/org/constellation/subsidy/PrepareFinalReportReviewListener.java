package org.constellation.subsidy;

import java.util.Locale;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.constellation.funding.Amounts;
import org.constellation.workflow.ModelKey;
import org.constellation.workflow.ProcessVariables;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * On creating « Examiner le rapport final »: the report as the holder gave it, in French as the staff tools are: the
 * activity in their words (kept out of the engine's history), each category's expenses realised against the forecast,
 * and the balance that approving it would leave, the advance paid deducted.
 */
@Component("prepareFinalReportReview")
public class PrepareFinalReportReviewListener implements TaskListener {

    static final ModelKey ACTIVITY = ModelKey.shown(ProcessVariables.FINAL_REPORT_ACTIVITY, String.class);
    /** One line a category, « Matériel : 4 000 € réalisés pour 5 000 € prévus », then the totals. */
    static final ModelKey EXPENSES = ModelKey.shown("finalReportExpenses", String.class);
    /** What approving the report pays: the share of the expenses realised, the advance deducted. */
    static final ModelKey BALANCE = ModelKey.shown("finalReportBalance", String.class);

    private final FinalReports reports;
    private final Payments payments;
    private final MessageSource messages;

    public PrepareFinalReportReviewListener(FinalReports reports, Payments payments, MessageSource messages) {
        this.reports = reports;
        this.payments = payments;
        this.messages = messages;
    }

    @Override
    public void notify(DelegateTask task) {
        Long proposalId = ((Number) task.getVariable(ProcessVariables.PROPOSAL_ID)).longValue();
        FinalReports.Given report = reports.of(proposalId)
                .orElseThrow(() -> new IllegalStateException("No final report for proposal " + proposalId));
        task.setVariableLocal(ACTIVITY.name(), report.activity());
        task.setVariableLocal(EXPENSES.name(), expenses(report));
        task.setVariableLocal(
                BALANCE.name(),
                payments.settlementOn(proposalId, report.realisedTotal())
                        .map(settlement -> words(
                                settlement.recovery() > 0
                                        ? "finalReport.review.recovery"
                                        : "finalReport.review.balance",
                                euros(settlement.owed()),
                                euros(settlement.advancePaid()),
                                euros(settlement.recovery() > 0 ? settlement.recovery() : settlement.balance())))
                        .orElse(words("finalReport.review.noAward")));
    }

    String expenses(FinalReports.Given report) {
        String lines = report.expenses().stream()
                .map(expense -> words(
                        "finalReport.review.expense",
                        expense.category(),
                        euros(expense.realised()),
                        euros(expense.forecast())))
                .collect(Collectors.joining("\n"));
        return lines + "\n"
                + words("finalReport.review.total", euros(report.realisedTotal()), euros(report.forecastTotal()));
    }

    private static String euros(long cents) {
        return Amounts.written(cents, Locale.FRENCH);
    }

    private String words(String key, Object... arguments) {
        return messages.getMessage(key, arguments, Locale.FRENCH);
    }
}
