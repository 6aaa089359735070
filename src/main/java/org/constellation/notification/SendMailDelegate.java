package org.constellation.notification;

import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.time.Clock;
import java.time.OffsetDateTime;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.constellation.proposal.Proposal;
import org.constellation.proposal.ProposalRepository;
import org.constellation.workflow.ProcessVariables;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.MimeMessageHelper;
import org.springframework.stereotype.Component;

/**
 * The one mail delegate of the processes. Each mail task names its template in the input parameter
 * {@code mailTemplate}; {@code mailRecipientId} and {@code mailPartnerId} (partner introductions) choose whom it is
 * sent to and about, by default the process's own proposal. Mail tasks are async before and after, so that a
 * failing SMTP server retries this step alone and a later failure never sends it again.
 */
@Component("sendMail")
public class SendMailDelegate implements JavaDelegate {

  private final ProposalRepository proposals;
  private final MailComposer composer;
  private final JavaMailSender mailSender;
  private final SentMailRepository sentMails;
  private final Clock clock;
  private final String from;

  public SendMailDelegate(ProposalRepository proposals, MailComposer composer, JavaMailSender mailSender,
      SentMailRepository sentMails, Clock clock, @Value("${constellation.mail.from}") String from) {
    this.proposals = proposals;
    this.composer = composer;
    this.mailSender = mailSender;
    this.sentMails = sentMails;
    this.clock = clock;
    this.from = from;
  }

  @Override
  public void execute(DelegateExecution execution) throws MessagingException {
    MailTemplate template = MailTemplate.named((String) execution.getVariableLocal(ProcessVariables.MAIL_TEMPLATE));
    Proposal recipient = proposal(execution.getVariableLocal("mailRecipientId") != null
        ? execution.getVariableLocal("mailRecipientId") : execution.getVariable(ProcessVariables.PROPOSAL_ID));
    Object partnerId = execution.getVariableLocal("mailPartnerId");
    Proposal partner = partnerId == null ? null : proposal(partnerId);

    MailComposer.ComposedMail mail = composer.compose(template, recipient, partner);
    MimeMessage message = mailSender.createMimeMessage();
    MimeMessageHelper helper = new MimeMessageHelper(message, true, "UTF-8");
    helper.setFrom(from);
    helper.setTo(recipient.getContactEmail());
    helper.setReplyTo(recipient.getCall().getContactEmail());
    helper.setSubject(mail.subject());
    helper.setText(mail.html(), true);
    mailSender.send(message);
    sentMails.save(new SentMail(recipient.getId(), template.templateName(), recipient.getContactEmail(),
        recipient.getLanguage(), mail.subject(), message.getMessageID(), OffsetDateTime.now(clock)));
  }

  private Proposal proposal(Object id) {
    return proposals.findById(((Number) id).longValue()).orElseThrow();
  }
}
