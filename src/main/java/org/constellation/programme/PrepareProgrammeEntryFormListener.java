package org.constellation.programme;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import java.util.List;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.spin.plugin.variable.SpinValues;
import org.constellation.proposal.Audience;
import org.constellation.proposal.Proposal;
import org.constellation.proposal.Proposals;
import org.constellation.workflow.ModelKey;
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

    /** The choices of the form's umbrella event: the call's own. */
    static final ModelKey UMBRELLA_EVENT_OPTIONS = ModelKey.shown("umbrellaEventOptions", List.class);

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final int SHORT_DESCRIPTION_LENGTH = 200;

    private final Proposals proposals;

    public PrepareProgrammeEntryFormListener(Proposals proposals) {
        this.proposals = proposals;
    }

    @Override
    public void notify(DelegateTask task) {
        Proposal proposal = proposals.get((Long) task.getVariable(ProcessVariables.PROPOSAL_ID));
        DelegateExecution execution = task.getExecution();
        setIfAbsent(execution, EntryForm.SHORT_DESCRIPTION, shorten(proposal.getSummary()));
        setIfAbsent(execution, EntryForm.DESCRIPTION, proposal.getDescription());
        setIfAbsent(execution, EntryForm.PLACE, proposal.getPlace());
        setIfAbsent(execution, EntryForm.ATTENDANCE_MODE, AttendanceMode.OFFLINE.name());
        setIfAbsent(execution, EntryForm.UMBRELLA_EVENT, proposal.getUmbrellaEvent());
        if (!execution.hasVariable(EntryForm.AUDIENCES.name())) {
            ArrayNode audiences = JSON.createArrayNode();
            proposal.getAudiences().stream().map(Audience::name).forEach(audiences::add);
            execution.setVariable(
                    EntryForm.AUDIENCES.name(),
                    SpinValues.jsonValue(audiences.toString()).create());
        }
        ArrayNode options = JSON.createArrayNode();
        proposal.getCall()
                .umbrellaEventNames()
                .forEach(event -> options.addObject().put("label", event).put("value", event));
        task.setVariableLocal(
                UMBRELLA_EVENT_OPTIONS.name(),
                SpinValues.jsonValue(options.toString()).create());
    }

    private static void setIfAbsent(DelegateExecution execution, ModelKey key, String value) {
        if (value != null && !execution.hasVariable(key.name())) {
            execution.setVariable(key.name(), value);
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
