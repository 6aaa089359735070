package org.constellation.subsidy;

import java.util.Locale;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.constellation.funding.AmountWords;
import org.constellation.funding.Amounts;
import org.constellation.funding.Siret;
import org.constellation.proposal.Proposal;
import org.constellation.proposal.Proposals;
import org.constellation.workflow.ModelKey;
import org.constellation.workflow.ProcessVariables;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * On creating « Verser l'avance » or « Verser le solde » (the task's input {@code paymentKind}): what the finance
 * department pays, in French as the staff tools are: which payment and how it is computed, its amount in figures and in
 * words, the beneficiary's name and SIRET, the award's reference to quote. The name and SIRET stay out of the engine's
 * history (PersonalDataHistoryPlugin).
 */
@Component("preparePaymentForm")
public class PreparePaymentFormListener implements TaskListener {

    /** « Avance : 50 % de la subvention de 10 000 € ». */
    static final ModelKey WHAT = ModelKey.shown("paymentWhat", String.class);
    /** « 5 000 € (cinq mille euros) ». */
    static final ModelKey AMOUNT = ModelKey.shown("paymentAmount", String.class);

    static final ModelKey BENEFICIARY = ModelKey.shown(ProcessVariables.PAYMENT_BENEFICIARY, String.class);
    static final ModelKey SIRET = ModelKey.shown(ProcessVariables.PAYMENT_SIRET, String.class);
    /** The award's reference, « SUB-2027-0007 », which the payment quotes. */
    static final ModelKey AWARD_REFERENCE = ModelKey.shown("paymentAwardReference", String.class);

    private final Payments payments;
    private final Proposals proposals;
    private final MessageSource messages;

    public PreparePaymentFormListener(Payments payments, Proposals proposals, MessageSource messages) {
        this.payments = payments;
        this.proposals = proposals;
        this.messages = messages;
    }

    @Override
    public void notify(DelegateTask task) {
        Long proposalId = ((Number) task.getVariable(ProcessVariables.PROPOSAL_ID)).longValue();
        PaymentKind kind = PaymentKind.valueOf((String) task.getVariable(ProcessVariables.PAYMENT_KIND));
        Proposal proposal = proposals.get(proposalId);
        Payments.Award award = payments.award(proposalId)
                .orElseThrow(() -> new IllegalStateException("No award for proposal " + proposalId));
        long amount = payments.amountOf(proposalId, kind);
        task.setVariableLocal(WHAT.name(), what(proposalId, kind, award));
        task.setVariableLocal(
                AMOUNT.name(),
                words(
                        "payment.form.amount",
                        Amounts.written(amount, Locale.FRENCH),
                        AmountWords.of(amount, Locale.FRENCH)));
        task.setVariableLocal(BENEFICIARY.name(), proposal.getOrganisation().getName());
        String siret = proposal.getOrganisation().getSiret();
        task.setVariableLocal(SIRET.name(), siret == null ? words("payment.form.noSiret") : Siret.written(siret));
        task.setVariableLocal(AWARD_REFERENCE.name(), award.reference());
    }

    /** How the payment is computed, in the finance department's words. */
    private String what(Long proposalId, PaymentKind kind, Payments.Award award) {
        String awarded = Amounts.written(award.amount(), Locale.FRENCH);
        if (kind == PaymentKind.ADVANCE) {
            return words(
                    "payment.form.advance",
                    proposals.get(proposalId).getCall().getFunding().getAdvanceShare(),
                    awarded);
        }
        Balance.Settlement settlement = payments.settlement(proposalId)
                .orElseThrow(() -> new IllegalStateException("No approved final report for proposal " + proposalId));
        return words(
                settlement.reduced(award.amount()) ? "payment.form.reducedBalance" : "payment.form.balance",
                awarded,
                Amounts.written(settlement.owed(), Locale.FRENCH),
                Amounts.written(settlement.advancePaid(), Locale.FRENCH));
    }

    private String words(String key, Object... arguments) {
        return messages.getMessage(key, arguments, Locale.FRENCH);
    }
}
