package org.constellation.notification;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.constellation.proposal.Proposal;
import org.constellation.proposal.ProposalRecords;
import org.constellation.proposal.ProposalRecords.Happening;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/** The mails of a case, as the outbox keeps them: sent, waiting or failed. */
@Component
public class MailRecords implements ProposalRecords {

    /** A mail to the holder, as sent. */
    public record Mail(
            String subject, String text, String to, OffsetDateTime queuedAt, OffsetDateTime sentAt, String status) {}

    public static final HolderParts.Key<List<Mail>> MAILS = new HolderParts.Key<>("mails");

    private final OutboxMailRepository mails;
    private final MessageSource messages;
    private final Clock clock;

    public MailRecords(OutboxMailRepository mails, MessageSource messages, Clock clock) {
        this.mails = mails;
        this.messages = messages;
        this.clock = clock;
    }

    /** Every mail of the case, whoever it went to, with where its delivery stands. */
    @Override
    public List<Dated> story(Proposal proposal) {
        OffsetDateTime now = OffsetDateTime.now(clock);
        return mails.findByProposalIdOrderById(proposal.getId()).stream()
                .map(mail -> new Dated(
                        mail.getSentAt() != null ? mail.getSentAt() : mail.getQueuedAt(),
                        Happening.MAIL,
                        words("outbox.type." + mail.getTemplate().templateName()) + " — "
                                + words("outbox.status." + mail.shownStatus(now))))
                .toList();
    }

    /** The case's mails whose delivery failed, which its page says first. */
    public List<OutboxMail> failedOf(Long proposalId) {
        return mails.findByProposalIdOrderById(proposalId).stream()
                .filter(mail -> mail.getStatus() == OutboxMail.Status.FAILED)
                .toList();
    }

    /** The last mail of each of these cases that has one, by proposal: the case table's column. */
    public Map<Long, OutboxMail> lastOf(List<Long> proposalIds) {
        return mails.findByProposalIdInOrderByIdDesc(proposalIds).stream()
                .collect(Collectors.toMap(OutboxMail::getProposalId, Function.identity(), (newest, older) -> newest));
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

    /** The key's French words, or the key should a message be missing, as the case page's other words. */
    private String words(String key) {
        return messages.getMessage(key, null, key, Locale.FRENCH);
    }
}
