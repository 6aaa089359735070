package org.constellation.notification;

import java.util.Locale;
import java.util.Map;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.constellation.proposal.Proposal;
import org.constellation.proposal.Proposals;
import org.constellation.subsidy.FinalReports;
import org.constellation.workflow.ProcessVariables;
import org.constellation.workflow.WrittenDates;
import org.springframework.stereotype.Component;

/**
 * « Prévenir la personne qui suit le projet » (« Financement »): a month after its due day, a final report still not
 * given goes to the proposal's follow-up person ({@link FollowUpMail}) with its due day.
 */
@Component("mailLateFinalReport")
public class MailLateFinalReportDelegate implements JavaDelegate {

    private final Proposals proposals;
    private final FinalReports reports;
    private final FollowUpMail mail;

    public MailLateFinalReportDelegate(Proposals proposals, FinalReports reports, FollowUpMail mail) {
        this.proposals = proposals;
        this.reports = reports;
        this.mail = mail;
    }

    @Override
    public void execute(DelegateExecution execution) {
        Proposal proposal = proposals.get(((Number) execution.getVariable(ProcessVariables.PROPOSAL_ID)).longValue());
        mail.tell(
                execution,
                proposal,
                MailTemplate.FINAL_REPORT_LATE,
                Map.of("due", WrittenDates.day(reports.dueDay(proposal.getId()), Locale.FRENCH)),
                "");
    }
}
