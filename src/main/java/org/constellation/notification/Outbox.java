package org.constellation.notification;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.Date;
import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.Job;
import org.constellation.proposal.Proposal;
import org.constellation.proposal.ProposalRepository;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Where every mail starts: a row written in the caller's transaction (the process step that decided it, or a
 * coordinator's action), and a mail-delivery process started in that same transaction to send it from a job. A step
 * rolled back leaves neither; a step replayed finds its row and queues nothing.
 */
@Service
public class Outbox {

    public static final String DELIVERY_PROCESS = "mail-delivery";
    public static final String OUTBOX_MAIL_ID = "outboxMailId";

    private final OutboxMailRepository mails;
    private final ProposalRepository proposals;
    private final RuntimeService runtime;
    private final ManagementService management;
    private final Clock clock;

    public Outbox(
            OutboxMailRepository mails,
            ProposalRepository proposals,
            RuntimeService runtime,
            ManagementService management,
            Clock clock) {
        this.mails = mails;
        this.proposals = proposals;
        this.runtime = runtime;
        this.management = management;
        this.clock = clock;
    }

    /** Queues a mail to a proposal's holder, or holds it when the call reviews its decision mails first. */
    @Transactional
    public OutboxMail queue(MailTemplate template, Proposal recipient, Proposal partner, String occurrenceKey) {
        return mails.findByOccurrenceKey(occurrenceKey).orElseGet(() -> {
            OutboxMail.Status status =
                    template.isDecision() && recipient.getCall().holdsDecisionMails()
                            ? OutboxMail.Status.HELD
                            : OutboxMail.Status.QUEUED;
            OutboxMail mail = mails.save(new OutboxMail(
                    recipient.getId(),
                    recipient.getCall().getId(),
                    partner == null ? null : partner.getId(),
                    template,
                    recipient.getContactEmail(),
                    recipient.getLanguage(),
                    occurrenceKey,
                    status,
                    OffsetDateTime.now(clock)));
            if (status == OutboxMail.Status.QUEUED) {
                startDelivery(mail, recipient.getReference());
            }
            return mail;
        });
    }

    /**
     * Queues a mail written now (a staff mail, a group message) to any address, unless its occurrence was queued
     * before: delivery sends it as it is. Returns whether it was queued now.
     */
    @Transactional
    public boolean queuePrepared(
            MailTemplate template,
            Long callId,
            Long proposalId,
            String recipient,
            String language,
            MailComposer.ComposedMail mail,
            String occurrenceKey) {
        if (mails.findByOccurrenceKey(occurrenceKey).isPresent()) {
            return false;
        }
        OutboxMail row = mails.save(new OutboxMail(
                        proposalId,
                        callId,
                        null,
                        template,
                        recipient,
                        language,
                        occurrenceKey,
                        OutboxMail.Status.QUEUED,
                        OffsetDateTime.now(clock))
                .prepared(mail.subject(), mail.html(), mail.text()));
        startDelivery(row, reference(row));
        return true;
    }

    /** A held decision mail leaves. */
    @Transactional
    public void release(Long mailId) {
        OutboxMail mail = mails.lockById(mailId).orElseThrow();
        if (mail.getStatus() != OutboxMail.Status.HELD) {
            throw new IllegalStateException("Ce courriel n'est pas retenu : il est " + mail.getStatus());
        }
        mail.release();
        startDelivery(mail, reference(mail));
    }

    /** Sends a mail again, as a new row. */
    @Transactional
    public OutboxMail resend(Long mailId) {
        OutboxMail original = mails.findById(mailId).orElseThrow();
        // A holder's address may have been corrected since; a staff member's is the one the mail went to.
        String address = original.getTemplate().isForStaff()
                ? original.getRecipient()
                : proposals.findById(original.getProposalId()).orElseThrow().getContactEmail();
        OutboxMail copy = mails.save(original.resend(address, OffsetDateTime.now(clock)));
        startDelivery(copy, reference(copy));
        return copy;
    }

    /**
     * A failed mail tried again by its own delivery, now rather than at the next step of its retry cycle (or never,
     * after the last): the job gets one more try, due at once, and its incident goes. False when the mail is not failed
     * or its delivery is gone (deleted in Cockpit): then only a resend sends it.
     */
    @Transactional
    public boolean retryNow(Long mailId) {
        OutboxMail mail = mails.findById(mailId).orElseThrow();
        if (mail.getStatus() != OutboxMail.Status.FAILED) {
            return false;
        }
        Job job = runtime
                .createProcessInstanceQuery()
                .processDefinitionKey(DELIVERY_PROCESS)
                .variableValueEquals(OUTBOX_MAIL_ID, mailId)
                .list()
                .stream()
                .map(delivery -> management
                        .createJobQuery()
                        .processInstanceId(delivery.getId())
                        .singleResult())
                .filter(Objects::nonNull)
                .findFirst()
                .orElse(null);
        if (job == null) {
            return false;
        }
        if (job.getRetries() == 0) {
            management.setJobRetries(job.getId(), 1);
        }
        management.setJobDuedate(job.getId(), Date.from(clock.instant()));
        return true;
    }

    /** How many mails of one batch (their occurrence keys share {@code occurrencePrefix}) are in each state. */
    @Transactional(readOnly = true)
    Map<OutboxMail.Status, Long> countByStatus(String occurrencePrefix) {
        Map<OutboxMail.Status, Long> counts = new EnumMap<>(OutboxMail.Status.class);
        for (OutboxMail.Status status : OutboxMail.Status.values()) {
            counts.put(status, mails.countByOccurrenceKeyStartingWithAndStatus(occurrencePrefix, status));
        }
        return counts;
    }

    private String reference(OutboxMail mail) {
        return mail.getProposalId() == null
                ? null
                : proposals
                        .findById(mail.getProposalId())
                        .map(Proposal::getReference)
                        .orElse(null);
    }

    private void startDelivery(OutboxMail mail, String businessKey) {
        runtime.startProcessInstanceByKey(DELIVERY_PROCESS, businessKey, Map.of(OUTBOX_MAIL_ID, mail.getId()));
    }
}
