package org.constellation.notification;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Task_DeliverMail of the mail-delivery process: sends one outbox mail, its attempt marked as begun first (the outbox
 * shows it in flight). A failure is recorded on the row, then thrown with a readable message, so that the job retries
 * on its cycle and its last failure is the incident Cockpit shows.
 */
@Component("deliverMail")
public class DeliverMailDelegate implements JavaDelegate {

    private static final Logger LOG = LoggerFactory.getLogger(DeliverMailDelegate.class);

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
            String reason = delivery.recordFailure(mailId, e);
            LOG.warn(reason);
            throw new MailNotDelivered(reason);
        }
    }

    /**
     * The failure of one attempt, worded for the administrator reading Cockpit's incident. Its reason says all there is
     * (the SMTP server's own words): no stack trace, which the engine would log and store at each attempt.
     */
    static final class MailNotDelivered extends RuntimeException {
        MailNotDelivered(String message) {
            super(message, null, false, false);
        }
    }
}
