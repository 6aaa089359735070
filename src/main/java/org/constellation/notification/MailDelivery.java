package org.constellation.notification;

import jakarta.mail.MessagingException;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.regex.Pattern;
import org.constellation.call.Call;
import org.constellation.call.CallRepository;
import org.constellation.proposal.Proposal;
import org.constellation.proposal.ProposalFacts;
import org.constellation.proposal.ProposalRepository;
import org.constellation.workflow.PublicLinks;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.MimeMessageHelper;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Sends one outbox mail, in a transaction of its own that holds the row's lock: whatever happens afterwards to the
 * delivery job's transaction, a mail marked sent is never sent again, and a second delivery of the same row waits for
 * the first and finds it sent. Only a crash between the SMTP server's acceptance and this commit can double a mail
 * (at-least-once, duplicates suppressed otherwise).
 */
@Component
public class MailDelivery {

    static final String MASKED_LINK = "[lien de suivi personnel]";
    private static final Pattern CANCELLING = Pattern.compile("(?m)^METHOD:CANCEL\\r?$");

    private final OutboxMailRepository mails;
    private final ProposalRepository proposals;
    private final CallRepository calls;
    private final MailComposer composer;
    private final JavaMailSender mailSender;
    private final Clock clock;
    private final String from;
    private final String messageIdDomain;

    public MailDelivery(
            OutboxMailRepository mails,
            ProposalRepository proposals,
            CallRepository calls,
            MailComposer composer,
            JavaMailSender mailSender,
            Clock clock,
            @Value("${constellation.mail.from}") String from,
            PublicLinks links) {
        this.mails = mails;
        this.proposals = proposals;
        this.calls = calls;
        this.composer = composer;
        this.mailSender = mailSender;
        this.clock = clock;
        this.from = from;
        this.messageIdDomain = links.host();
    }

    /**
     * Marks an attempt as begun, in a transaction of its own, so that the outbox shows the mail in flight (and, should
     * the attempt be cut, that it was); false when there is nothing to send (sent already, or held).
     */
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public boolean begin(Long mailId) {
        OutboxMail mail = mails.lockById(mailId).orElseThrow();
        if (!mail.awaitsDelivery()) {
            return false;
        }
        mail.sending(OffsetDateTime.now(clock));
        return true;
    }

    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public void send(Long mailId) throws MessagingException {
        OutboxMail mail = mails.lockById(mailId).orElseThrow();
        if (!mail.awaitsDelivery()) {
            return;
        }
        MailComposer.ComposedMail composed;
        List<ProposalFacts.Document> documents = List.of();
        String replyTo;
        if (mail.isPrepared()) {
            composed = new MailComposer.ComposedMail(
                    mail.getSubject(), mail.getBodyHtml(), mail.getBodyText(), null, null);
            replyTo = mail.getCallId() == null
                    ? null
                    : calls.findById(mail.getCallId())
                            .map(Call::getContactEmail)
                            .orElse(null);
        } else {
            Proposal recipient = proposals.findById(mail.getProposalId()).orElseThrow();
            Proposal partner = mail.getPartnerId() == null
                    ? null
                    : proposals.findById(mail.getPartnerId()).orElseThrow();
            composed = composer.compose(mail.getTemplate(), recipient, partner);
            documents = composer.documents(mail.getTemplate(), recipient);
            replyTo = recipient.getCall().getContactEmail();
        }

        MimeMessage message = mailSender.createMimeMessage();
        MimeMessageHelper helper = new MimeMessageHelper(message, true, "UTF-8");
        helper.setFrom(from);
        helper.setTo(new InternetAddress(mail.getRecipient(), true));
        if (replyTo != null) {
            helper.setReplyTo(new InternetAddress(replyTo, true));
        }
        helper.setSubject(composed.subject());
        helper.setText(composed.text(), composed.html());
        if (composed.calendar() != null) {
            // The MIME method repeats the calendar's own METHOD, as mail clients read one or the other.
            String method = CANCELLING.matcher(composed.calendar()).find() ? "CANCEL" : "PUBLISH";
            helper.addAttachment(
                    "evenement.ics",
                    new ByteArrayResource(composed.calendar().getBytes(StandardCharsets.UTF_8)),
                    "text/calendar; charset=UTF-8; method=" + method);
        }
        for (ProposalFacts.Document document : documents) {
            helper.addAttachment(document.fileName(), new ByteArrayResource(document.content()), document.mediaType());
        }
        // Stable per outbox row: a copy that did leave twice can be recognised as the same mail.
        String messageId =
                "<mail." + mail.getId() + "." + mail.getTemplate().templateName() + "@" + messageIdDomain + ">";
        message.setHeader("Message-ID", messageId);
        mailSender.send(message);
        mail.sent(
                composed.subject(),
                composed.masked(composed.html(), MASKED_LINK),
                composed.masked(composed.text(), MASKED_LINK),
                messageId,
                OffsetDateTime.now(clock));
    }

    /** Records a failed attempt, whatever became of the attempt's own transaction; returns the readable reason. */
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public String recordFailure(Long mailId, Exception failure) {
        OutboxMail mail = mails.lockById(mailId).orElseThrow();
        String reason = readable(failure);
        mail.failed(reason, OffsetDateTime.now(clock));
        String proposal = mail.getProposalId() == null
                ? ""
                : " (proposition "
                        + proposals
                                .findById(mail.getProposalId())
                                .map(Proposal::getReference)
                                .orElse("?") + ")";
        return "Courriel n°" + mail.getId() + " « " + mail.getTemplate().templateName() + " »" + proposal
                + " non envoyé, tentative " + mail.getAttempts() + " : " + reason;
    }

    /** The deepest cause's message, without any address: incidents and logs carry no personal data. */
    static String readable(Throwable failure) {
        Throwable cause = failure;
        while (cause.getCause() != null && cause.getCause() != cause) {
            cause = cause.getCause();
        }
        String message = cause.getMessage() == null
                ? cause.getClass().getSimpleName()
                : cause.getClass().getSimpleName() + ": " + cause.getMessage();
        return message.replaceAll("[^\\s<>\"]+@[^\\s<>\"]+", "***")
                .replaceAll("[\\r\\n]+", " ")
                .strip();
    }
}
