package org.constellation.matching;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.constellation.proposal.Proposal;
import org.constellation.workflow.FormValues;
import org.constellation.workflow.ModelKey;
import org.constellation.workflow.ProcessVariables;
import org.constellation.workflow.TaskInput;
import org.springframework.stereotype.Component;

/** On completing "Mettre en relation": records the chosen introductions; each then mails both parties. */
@Component("recordIntroductions")
public class RecordIntroductionsListener implements TaskListener {

    static final ModelKey NOTE = ModelKey.field("introductionNote", String.class);

    private final Introductions introductions;

    public RecordIntroductionsListener(Introductions introductions) {
        this.introductions = introductions;
    }

    @Override
    public void notify(DelegateTask task) {
        TaskInput input = new TaskInput(task);
        Long proposalId = (Long) task.getVariable(ProcessVariables.PROPOSAL_ID);
        Set<String> allowed = introductions.candidatesFor(proposalId).stream()
                .map(Proposal::getId)
                .map(String::valueOf)
                .collect(Collectors.toSet());
        List<Long> partnerIds = new ArrayList<>();
        for (String chosen : FormValues.list(task.getVariable(OfferPartnerCandidatesListener.CHOSEN.name()))) {
            if (!allowed.contains(chosen)) {
                throw TaskInput.rejected(
                        "Partenaires : « " + chosen + " » n'est pas une proposition de cet appel dont le"
                                + " porteur accepte d'être mis en relation.");
            }
            partnerIds.add(Long.valueOf(chosen));
        }
        String note = input.text(NOTE.name());
        introductions.record(proposalId, partnerIds, note, input.actor());
    }
}
