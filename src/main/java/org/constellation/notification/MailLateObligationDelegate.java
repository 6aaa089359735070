package org.constellation.notification;

import java.util.Locale;
import java.util.Map;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.constellation.obligation.ObligationView;
import org.constellation.obligation.Obligations;
import org.constellation.proposal.Proposal;
import org.constellation.proposal.Proposals;
import org.constellation.workflow.ProcessVariables;
import org.constellation.workflow.WrittenDates;
import org.springframework.stereotype.Component;

/**
 * « Prévenir la personne qui suit la proposition » (« Obligation du porteur », after publication): a week after its due
 * day, an obligation still unmet goes to the proposal's follow-up person, in a staff mail written now (French, as the
 * staff tools), with the case's page; a proposal nobody follows yet goes to its call's contact. Once per step, as every
 * mail.
 */
@Component("mailLateObligation")
public class MailLateObligationDelegate implements JavaDelegate {

    private final Proposals proposals;
    private final Obligations obligations;
    private final FollowUpMail mail;

    public MailLateObligationDelegate(Proposals proposals, Obligations obligations, FollowUpMail mail) {
        this.proposals = proposals;
        this.obligations = obligations;
        this.mail = mail;
    }

    @Override
    public void execute(DelegateExecution execution) {
        Proposal proposal = proposals.get(((Number) execution.getVariable(ProcessVariables.PROPOSAL_ID)).longValue());
        ObligationView obligation =
                obligations.view(((Number) execution.getVariable(ProcessVariables.OBLIGATION_ID)).longValue());
        mail.tell(
                execution,
                proposal,
                MailTemplate.OBLIGATION_LATE,
                Map.of("obligation", obligation.label(), "due", WrittenDates.day(obligation.dueOn(), Locale.FRENCH)),
                obligation.id() + ":");
    }
}
