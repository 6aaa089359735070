package org.constellation.label;

import java.util.Map;
import java.util.Set;
import org.constellation.proposal.Proposal;
import org.constellation.proposal.ProposalFacts;
import org.springframework.stereotype.Component;

/** The label for the mails: its name, and why it was withdrawn, in the coordinator's words. */
@Component
public class LabelMailFacts implements ProposalFacts {

    private final Labels labels;

    public LabelMailFacts(Labels labels) {
        this.labels = labels;
    }

    @Override
    public Set<String> names() {
        return Set.of("labelName", "labelWithdrawalReason");
    }

    @Override
    public void addTo(Map<String, Object> model, String template, Proposal recipient, Proposal partner) {
        if (!recipient.getCall().labels()) {
            return;
        }
        model.put("labelName", recipient.getCall().getLabelling().getName());
        labels.withdrawalOf(recipient.getId())
                .ifPresent(withdrawal -> model.put("labelWithdrawalReason", withdrawal.getReason()));
    }
}
