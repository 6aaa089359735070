package org.constellation.notification;

import java.time.OffsetDateTime;
import java.util.List;
import org.constellation.proposal.Proposal;
import org.constellation.proposal.ProposalRecords;
import org.springframework.stereotype.Component;

/** The mails of a case, as the outbox keeps them: sent, waiting or failed. */
@Component
public class MailRecords implements ProposalRecords {

    /** A mail to the holder, as sent. */
    public record Mail(
            String subject, String text, String to, OffsetDateTime queuedAt, OffsetDateTime sentAt, String status) {}

    public static final HolderParts.Key<List<Mail>> MAILS = new HolderParts.Key<>("mails");

    private final OutboxMailRepository mails;

    public MailRecords(OutboxMailRepository mails) {
        this.mails = mails;
    }

    /** Every mail sent to the holder's address about this proposal or as its partner: none to the team or to others. */
    @Override
    public void addTo(HolderParts parts, Proposal proposal) {
        Long id = proposal.getId();
        parts.put(
                MAILS,
                mails.findByRecipientIgnoreCaseOrderById(proposal.getContactEmail()).stream()
                        .filter(mail -> id.equals(mail.getProposalId()) || id.equals(mail.getPartnerId()))
                        .map(mail -> new Mail(
                                mail.getSubject(),
                                mail.getBodyText(),
                                mail.getRecipient(),
                                mail.getQueuedAt(),
                                mail.getSentAt(),
                                mail.getStatus().name()))
                        .toList());
    }
}
