package org.constellation.subsidy;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.constellation.workflow.ProcessVariables;
import org.springframework.stereotype.Component;

/**
 * « Signaler l'avance à reverser » (« Retrait de la proposition »): a funded project withdrawn after its advance was
 * paid owes it back. The advance is recorded to recover, and the finance department told by a staff mail queued in the
 * same transaction ({@link RecoveryFlagged}); nothing for any other proposal.
 */
@Component("flagAdvanceToRecover")
public class FlagAdvanceToRecoverDelegate implements JavaDelegate {

    private final Payments payments;

    public FlagAdvanceToRecoverDelegate(Payments payments) {
        this.payments = payments;
    }

    @Override
    public void execute(DelegateExecution execution) {
        payments.flagAdvanceToRecover(((Number) execution.getVariable(ProcessVariables.PROPOSAL_ID)).longValue());
    }
}
