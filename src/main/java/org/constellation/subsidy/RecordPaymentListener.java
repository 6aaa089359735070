package org.constellation.subsidy;

import java.util.Locale;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.constellation.funding.Amounts;
import org.constellation.workflow.ModelKey;
import org.constellation.workflow.ProcessVariables;
import org.constellation.workflow.TaskInput;
import org.constellation.workflow.WrittenDates;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * On completing « Verser l'avance » or « Verser le solde »: the payment as the finance department confirms it, under
 * its own reference, its amount computed now. A payment of a kind already made is refused in words, naming the earlier
 * one: nothing is paid twice.
 */
@Component("recordPayment")
public class RecordPaymentListener implements TaskListener {

    /** The finance department's reference of the payment (a mandate's number), required by the form. */
    static final ModelKey REFERENCE = ModelKey.field("paymentReference", String.class);

    private final Payments payments;
    private final MessageSource messages;

    public RecordPaymentListener(Payments payments, MessageSource messages) {
        this.payments = payments;
        this.messages = messages;
    }

    @Override
    public void notify(DelegateTask task) {
        Long proposalId = ((Number) task.getVariable(ProcessVariables.PROPOSAL_ID)).longValue();
        PaymentKind kind = PaymentKind.valueOf((String) task.getVariable(ProcessVariables.PAYMENT_KIND));
        TaskInput input = new TaskInput(task);
        try {
            payments.confirm(proposalId, kind, input.text(REFERENCE.name()), input.actor());
        } catch (Payments.AlreadyPaid paid) {
            throw TaskInput.rejected(refusal(kind, paid.earlier()));
        }
    }

    /**
     * « L’avance de ce projet est déjà versée : 5 000 € le 12/10/2027, référence M-2027-118. Un versement ne se fait
     * pas deux fois. »
     */
    String refusal(PaymentKind kind, Payment earlier) {
        if (earlier == null) {
            return messages.getMessage("payment.refused.justPaid", null, Locale.FRENCH);
        }
        return messages.getMessage(
                "payment.refused." + kind,
                new Object[] {
                    Amounts.written(earlier.getAmount(), Locale.FRENCH),
                    WrittenDates.shortDay(earlier.getConfirmedAt()),
                    earlier.getReference()
                },
                Locale.FRENCH);
    }
}
