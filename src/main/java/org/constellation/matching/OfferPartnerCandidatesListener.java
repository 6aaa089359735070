package org.constellation.matching;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.spin.plugin.variable.SpinValues;
import org.constellation.matching.engine.Suggestion;
import org.constellation.proposal.Proposal;
import org.constellation.workflow.ModelKey;
import org.constellation.workflow.ProcessVariables;
import org.springframework.stereotype.Component;

/**
 * On creating "Mettre en relation": lists the possible partners as the options of the form's checklist (a Json variable
 * of {label, value}, the shape Camunda Forms reads through valuesKey), the engine's suggestions first with their
 * explanation, then the other holders who agreed to introductions. The best suggestions come ticked: the reviewer
 * unticks those to reject and ticks others to add. Titles and communes only, no contacts.
 */
@Component("offerPartnerCandidates")
public class OfferPartnerCandidatesListener implements TaskListener {

    public static final ModelKey CANDIDATES = ModelKey.shown("partnerCandidates", List.class);
    static final ModelKey CHOSEN = ModelKey.field("introducedPartners", List.class);
    /** Each suggestion with its whole reason, one a line: the form's checklist may cut a long label. */
    public static final ModelKey REASONS = ModelKey.shown("partnerReasons", String.class);
    /** Suggestions shown, and how many of them come ticked. */
    static final int SUGGESTED = 5;

    static final int TICKED = 3;
    private static final ObjectMapper JSON = new ObjectMapper();

    private final Introductions introductions;
    private final PartnerSuggestions suggestions;

    public OfferPartnerCandidatesListener(Introductions introductions, PartnerSuggestions suggestions) {
        this.introductions = introductions;
        this.suggestions = suggestions;
    }

    @Override
    public void notify(DelegateTask task) {
        Long proposalId = (Long) task.getVariable(ProcessVariables.PROPOSAL_ID);
        ArrayNode options = JSON.createArrayNode();
        Set<Long> listed = new HashSet<>();
        ArrayNode ticked = JSON.createArrayNode();
        StringBuilder reasons = new StringBuilder();
        for (Suggestion suggestion : suggestions.forProposal(proposalId, SUGGESTED)) {
            options.addObject()
                    .put("label", "Suggéré : " + suggestion.partnerTitle() + " — " + suggestion.explanation())
                    .put("value", Long.toString(suggestion.partnerId()));
            reasons.append(reasons.isEmpty() ? "" : "\n")
                    .append("• ")
                    .append(suggestion.partnerTitle())
                    .append(" — ")
                    .append(suggestion.explanation());
            listed.add(suggestion.partnerId());
            if (ticked.size() < TICKED) {
                ticked.add(Long.toString(suggestion.partnerId()));
            }
        }
        for (Proposal candidate : introductions.candidatesFor(proposalId)) {
            if (listed.add(candidate.getId())) {
                String where = candidate.getCommuneName() == null ? "" : " (" + candidate.getCommuneName() + ")";
                options.addObject()
                        .put(
                                "label",
                                candidate.getTitle() + " — "
                                        + candidate.getOrganisation().getName() + where)
                        .put("value", candidate.getId().toString());
            }
        }
        task.setVariableLocal(
                CANDIDATES.name(), SpinValues.jsonValue(options.toString()).create());
        task.setVariableLocal(
                REASONS.name(), reasons.isEmpty() ? "Aucune suggestion pour cette proposition." : reasons.toString());
        // A Json list, as Tasklist itself submits a checklist: the form shows these ticked. On the execution, not the
        // task: completing a task sets its variables on the execution, and a task-local value would hide the choice.
        task.getExecution()
                .setVariableLocal(
                        CHOSEN.name(), SpinValues.jsonValue(ticked.toString()).create());
    }
}
