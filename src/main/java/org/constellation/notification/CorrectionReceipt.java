package org.constellation.notification;

import org.constellation.proposal.ProposalCorrected;
import org.constellation.proposal.ProposalRepository;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/** The holder's receipt for a correction of their proposal, queued in the correction's transaction. */
@Component
class CorrectionReceipt {

    private final Outbox outbox;
    private final ProposalRepository proposals;

    CorrectionReceipt(Outbox outbox, ProposalRepository proposals) {
        this.outbox = outbox;
        this.proposals = proposals;
    }

    @EventListener
    void corrected(ProposalCorrected correction) {
        outbox.queue(
                MailTemplate.CORRECTION_RECEIVED,
                proposals.findById(correction.proposalId()).orElseThrow(),
                null,
                MailTemplate.CORRECTION_RECEIVED.templateName() + ":" + correction.proposalId() + ":"
                        + correction.correctionId());
    }
}
