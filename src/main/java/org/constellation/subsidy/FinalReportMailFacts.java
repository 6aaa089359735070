package org.constellation.subsidy;

import java.util.Map;
import java.util.Set;
import org.constellation.proposal.Proposal;
import org.constellation.proposal.ProposalFacts;
import org.constellation.workflow.WrittenDates;
import org.springframework.stereotype.Component;

/**
 * What the final report's mails say: the day it is due, in the holder's language (the request, the reminder, and a
 * report sent back: due again a month later), and why it was sent back, in the follow-up person's words.
 */
@Component
public class FinalReportMailFacts implements ProposalFacts {

    static final Set<String> TEMPLATES =
            Set.of("final-report-request", "final-report-reminder", "final-report-sent-back");

    private final FinalReports reports;

    public FinalReportMailFacts(FinalReports reports) {
        this.reports = reports;
    }

    @Override
    public Set<String> names() {
        return Set.of("finalReportDue", "finalReportReason");
    }

    @Override
    public void addTo(Map<String, Object> model, String template, Proposal recipient, Proposal partner) {
        if (!TEMPLATES.contains(template)) {
            return;
        }
        model.put("finalReportDue", WrittenDates.day(reports.dueDay(recipient.getId()), recipient.locale()));
        reports.of(recipient.getId())
                .map(FinalReports.Given::sentBackReason)
                .ifPresent(reason -> model.put("finalReportReason", reason));
    }
}
