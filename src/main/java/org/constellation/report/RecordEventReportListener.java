package org.constellation.report;

import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.constellation.workflow.ProcessVariables;
import org.constellation.workflow.TaskInput;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * On completing « Saisir le bilan »: the report the follow-up person received for the holder (by phone, by mail), read
 * by {@link ReportForm} as the pages read it and stored as entered by them; a refusal names each field and what to fix.
 * The holder's words then live in event_report alone.
 */
@Component("recordEventReport")
public class RecordEventReportListener implements TaskListener {

    private final EventReports reports;
    private final MessageSource messages;

    public RecordEventReportListener(EventReports reports, MessageSource messages) {
        this.reports = reports;
        this.messages = messages;
    }

    @Override
    public void notify(DelegateTask task) {
        Long proposalId = (Long) task.getVariable(ProcessVariables.PROPOSAL_ID);
        TaskInput input = new TaskInput(task);
        ReportForm form =
                ReportForm.fromTask(input, reports.sessionsOf(proposalId).size());
        if (!form.isValid()) {
            throw TaskInput.rejected(refusals(form));
        }
        reports.enter(proposalId, form, input.actor());
        task.getExecution().removeVariables(List.of(ProcessVariables.REPORT_PARTNERS, ProcessVariables.REPORT_ACCOUNT));
    }

    /** Each refusal in the team's words, one a line: « Dont élèves, séance 2 : … ». */
    String refusals(ReportForm form) {
        return form.errors().entrySet().stream()
                .map(refusal -> label(refusal.getKey()) + " : " + words(refusal.getValue()))
                .collect(Collectors.joining("\n"));
    }

    private String label(String field) {
        String kind = words("report.field." + ReportForm.kindOf(field));
        int session = ReportForm.sessionOf(field);
        return session < 0
                ? kind
                : messages.getMessage("report.field.ofSession", new Object[] {kind, session + 1}, Locale.FRENCH);
    }

    private String words(String key) {
        return messages.getMessage(key, null, Locale.FRENCH);
    }
}
