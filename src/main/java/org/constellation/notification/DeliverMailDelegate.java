package org.constellation.notification;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * Task_DeliverMail of the mail-delivery process: sends one outbox mail, its attempt marked as begun first (the outbox
 * shows it in flight). A failure is recorded on the row, then thrown
 * with a readable message, so that the job retries on its cycle and its last failure is the incident Cockpit shows.
 */
@Component("deliverMail")
public class DeliverMailDelegate implements JavaDelegate {

  private final MailDelivery delivery;

  public DeliverMailDelegate(MailDelivery delivery) {
    this.delivery = delivery;
  }

  @Override
  public void execute(DelegateExecution execution) {
    Long mailId = ((Number) execution.getVariable(Outbox.OUTBOX_MAIL_ID)).longValue();
    if (!delivery.begin(mailId)) {
      return;
    }
    try {
      delivery.send(mailId);
    } catch (Exception e) {
      throw new MailNotDelivered(delivery.recordFailure(mailId, e), e);
    }
  }

  /** The failure of one attempt, worded for the administrator reading Cockpit's incident. */
  static final class MailNotDelivered extends RuntimeException {
    MailNotDelivered(String message, Throwable cause) {
      super(message, cause);
    }
  }
}
