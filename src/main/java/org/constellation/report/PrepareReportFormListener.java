package org.constellation.report;

import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.constellation.programme.Timing;
import org.constellation.workflow.ModelKey;
import org.constellation.workflow.ProcessVariables;
import org.constellation.workflow.WrittenDates;
import org.springframework.stereotype.Component;

/**
 * On creating « Saisir le bilan »: lists the event's sessions, numbered, so that the follow-up person types one line of
 * figures for each, in their order.
 */
@Component("prepareReportForm")
public class PrepareReportFormListener implements TaskListener {

    /** The sessions, one a line: « Séance 2 : 13/10/2027 14:00 ». */
    static final ModelKey SESSIONS = ModelKey.shown("reportSessions", String.class);

    private final EventReports reports;

    public PrepareReportFormListener(EventReports reports) {
        this.reports = reports;
    }

    @Override
    public void notify(DelegateTask task) {
        task.setVariableLocal(
                SESSIONS.name(), lines(reports.sessionsOf((Long) task.getVariable(ProcessVariables.PROPOSAL_ID))));
    }

    static String lines(List<Timing> sessions) {
        return IntStream.range(0, sessions.size())
                .mapToObj(i -> "Séance " + (i + 1) + " : "
                        + WrittenDates.shortMoment(sessions.get(i).startsAt()))
                .collect(Collectors.joining("\n"));
    }
}
