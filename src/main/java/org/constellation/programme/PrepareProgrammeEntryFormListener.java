package org.constellation.programme;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.spin.plugin.variable.SpinValues;
import org.constellation.proposal.Audience;
import org.constellation.proposal.Proposal;
import org.constellation.proposal.ProposalRepository;
import org.constellation.workflow.ProcessVariables;
import org.springframework.stereotype.Component;

/**
 * On creating "Préparer la fiche programme": fills the form with what the holder already wrote (summary, description,
 * place, audiences, umbrella event) so the follow-up person edits rather than retypes, and offers the call's umbrella
 * events. Values are set on the execution, where completion writes them, and only when absent: after a correction
 * request the form shows the entry as last prepared.
 */
@Component("prepareProgrammeEntryForm")
public class PrepareProgrammeEntryFormListener implements TaskListener {

    static final String UMBRELLA_EVENT_OPTIONS = "umbrellaEventOptions";
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final int SHORT_DESCRIPTION_LENGTH = 200;

    private final ProposalRepository proposals;

    public PrepareProgrammeEntryFormListener(ProposalRepository proposals) {
        this.proposals = proposals;
    }

    @Override
    public void notify(DelegateTask task) {
        Proposal proposal = proposals
                .findById((Long) task.getVariable(ProcessVariables.PROPOSAL_ID))
                .orElseThrow();
        DelegateExecution execution = task.getExecution();
        setIfAbsent(execution, "entryShortDescription", shorten(proposal.getSummary()));
        setIfAbsent(execution, "entryDescription", proposal.getDescription());
        setIfAbsent(execution, "entryPlace", proposal.getPlace());
        setIfAbsent(execution, "entryAttendanceMode", AttendanceMode.OFFLINE.name());
        setIfAbsent(execution, "entryUmbrellaEvent", proposal.getUmbrellaEvent());
        if (!execution.hasVariable("entryAudiences")) {
            ArrayNode audiences = JSON.createArrayNode();
            proposal.getAudiences().stream().map(Audience::name).forEach(audiences::add);
            execution.setVariable(
                    "entryAudiences", SpinValues.jsonValue(audiences.toString()).create());
        }
        ArrayNode options = JSON.createArrayNode();
        proposal.getCall()
                .umbrellaEventNames()
                .forEach(event -> options.addObject().put("label", event).put("value", event));
        task.setVariableLocal(
                UMBRELLA_EVENT_OPTIONS, SpinValues.jsonValue(options.toString()).create());
    }

    private static void setIfAbsent(DelegateExecution execution, String name, String value) {
        if (value != null && !execution.hasVariable(name)) {
            execution.setVariable(name, value);
        }
    }

    /** The holder's summary cut at a word to fit OpenAgenda's 200-character short description. */
    static String shorten(String summary) {
        if (summary == null || summary.length() <= SHORT_DESCRIPTION_LENGTH) {
            return summary;
        }
        String cut = summary.substring(0, SHORT_DESCRIPTION_LENGTH - 1);
        int lastSpace = cut.lastIndexOf(' ');
        return (lastSpace > SHORT_DESCRIPTION_LENGTH / 2 ? cut.substring(0, lastSpace) : cut).strip() + "…";
    }
}
