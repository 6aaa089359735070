package org.constellation.notification;

import org.constellation.label.LabelWithdrawn;
import org.constellation.proposal.ProposalRepository;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/** The holder is told their event's label was withdrawn, and why: queued in the withdrawal's transaction. */
@Component
class LabelWithdrawalNotice {

    private final Outbox outbox;
    private final ProposalRepository proposals;

    LabelWithdrawalNotice(Outbox outbox, ProposalRepository proposals) {
        this.outbox = outbox;
        this.proposals = proposals;
    }

    @EventListener
    void withdrawn(LabelWithdrawn withdrawal) {
        outbox.queue(
                MailTemplate.LABEL_WITHDRAWN,
                proposals.findById(withdrawal.proposalId()).orElseThrow(),
                null,
                MailTemplate.LABEL_WITHDRAWN.templateName() + ":" + withdrawal.proposalId());
    }
}
