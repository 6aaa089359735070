package org.constellation.notification;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.Map;
import org.camunda.bpm.engine.RuntimeService;
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
  private final Clock clock;

  public Outbox(OutboxMailRepository mails, ProposalRepository proposals, RuntimeService runtime, Clock clock) {
    this.mails = mails;
    this.proposals = proposals;
    this.runtime = runtime;
    this.clock = clock;
  }

  /** Queues a mail to a proposal's holder, or holds it when the call reviews its decision mails first. */
  @Transactional
  public OutboxMail queue(MailTemplate template, Proposal recipient, Proposal partner, String occurrenceKey) {
    return mails.findByOccurrenceKey(occurrenceKey).orElseGet(() -> {
      OutboxMail.Status status = template.isDecision() && recipient.getCall().holdsDecisionMails()
          ? OutboxMail.Status.HELD : OutboxMail.Status.QUEUED;
      OutboxMail mail = mails.save(new OutboxMail(recipient.getId(), recipient.getCall().getId(),
          partner == null ? null : partner.getId(), template, recipient.getContactEmail(), recipient.getLanguage(),
          occurrenceKey, status, OffsetDateTime.now(clock)));
      if (status == OutboxMail.Status.QUEUED) {
        startDelivery(mail, recipient);
      }
      return mail;
    });
  }

  /** A held decision mail leaves. */
  @Transactional
  public void release(Long mailId) {
    OutboxMail mail = mails.lockById(mailId).orElseThrow();
    if (mail.getStatus() != OutboxMail.Status.HELD) {
      throw new IllegalStateException("Ce courriel n'est pas retenu : il est " + mail.getStatus());
    }
    mail.release();
    startDelivery(mail, proposals.findById(mail.getProposalId()).orElseThrow());
  }

  /** Sends a mail again, as a new row, to the holder's current address (it may have been corrected since). */
  @Transactional
  public OutboxMail resend(Long mailId) {
    OutboxMail original = mails.findById(mailId).orElseThrow();
    Proposal recipient = proposals.findById(original.getProposalId()).orElseThrow();
    OutboxMail copy = mails.save(original.resend(recipient.getContactEmail(), OffsetDateTime.now(clock)));
    startDelivery(copy, recipient);
    return copy;
  }

  private void startDelivery(OutboxMail mail, Proposal recipient) {
    runtime.startProcessInstanceByKey(DELIVERY_PROCESS, recipient.getReference(), Map.of(OUTBOX_MAIL_ID, mail.getId()));
  }
}
