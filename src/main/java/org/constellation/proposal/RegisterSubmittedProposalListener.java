package org.constellation.proposal;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.camunda.bpm.engine.AuthorizationException;
import org.camunda.bpm.engine.authorization.Groups;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.camunda.bpm.engine.impl.form.validator.FormFieldValidationException;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.constellation.call.Call;
import org.constellation.call.Calls;
import org.constellation.security.CallAccess;
import org.constellation.security.CaseHistoryAccess;
import org.constellation.workflow.ProcessVariables;
import org.springframework.stereotype.Component;

/**
 * Start listener of proposal-lifecycle. When staff start a proposal from Tasklist's start form, the form's values
 * arrive as variables: store them as a proposal of a call the person serves, then keep only ids and non-personal facts
 * in the process. A proposal {@link ProposalService#submit} stored arrives with its id and takes this lifecycle as its
 * only one: an id sent by anyone else (ProcessStartGuard refuses it from staff) finds its proposal already started and
 * is refused. Either way the call's reviewers may then read the case's history.
 */
@Component("registerSubmittedProposal")
public class RegisterSubmittedProposalListener implements ExecutionListener {

    private final ProposalService proposals;
    private final ProposalRepository stored;
    private final Calls calls;
    private final CaseHistoryAccess history;

    public RegisterSubmittedProposalListener(
            ProposalService proposals, ProposalRepository stored, Calls calls, CaseHistoryAccess history) {
        this.proposals = proposals;
        this.stored = stored;
        this.calls = calls;
        this.history = history;
    }

    @Override
    public void notify(DelegateExecution execution) {
        Proposal proposal;
        if (execution.hasVariable(ProcessVariables.PROPOSAL_ID)) {
            proposal = attachLifecycle(
                    execution.getVariable(ProcessVariables.PROPOSAL_ID), execution.getProcessInstanceId());
        } else {
            ProposalSubmission submission = ProposalSubmission.fromFormValues(execution.getVariables());
            Optional.ofNullable(submission.callSlug())
                    .flatMap(calls::bySlug)
                    .ifPresent(call -> requireServed(execution, call));
            try {
                proposal = proposals.register(submission, Locale.FRENCH);
            } catch (SubmissionRejected rejected) {
                // Staff use Tasklist in French; the start rolls back and Tasklist shows the reasons (REST: 400).
                throw new FormFieldValidationException(null, rejected.readableMessage());
            }
            proposal.setProcessInstanceId(execution.getProcessInstanceId());
            execution.setProcessBusinessKey(proposal.getReference());
            ProposalSubmission.FIELDS.forEach(execution::removeVariable);
            execution.setVariables(proposals.processFacts(proposal));
        }
        history.grant(proposal.getCall().getReviewerGroup(), execution.getProcessInstanceId());
    }

    /**
     * The lifecycle {@code processInstanceId} starting for the stored proposal {@code proposalId}, as
     * {@link ProposalService#start} does: a proposal has one lifecycle, and an id that names no stored proposal, or one
     * already started, is refused.
     */
    private Proposal attachLifecycle(Object proposalId, String processInstanceId) {
        Proposal proposal = proposalId instanceof Long id ? stored.findById(id).orElse(null) : null;
        if (proposal == null) {
            throw new AuthorizationException(
                    "Aucune proposition enregistrée ne porte le numéro « " + proposalId + " ».");
        }
        if (proposal.getProcessInstanceId() != null
                && !proposal.getProcessInstanceId().equals(processInstanceId)) {
            throw new AuthorizationException("La proposition " + proposal.getReference()
                    + " suit déjà son cycle de vie : on ne le démarre pas une seconde fois.");
        }
        proposal.setProcessInstanceId(processInstanceId);
        return proposal;
    }

    /** A member of the team enters proposals into the calls they serve only (administrators into any). */
    private static void requireServed(DelegateExecution execution, Call call) {
        Authentication person =
                execution.getProcessEngineServices().getIdentityService().getCurrentAuthentication();
        List<String> groups = person == null || person.getGroupIds() == null ? List.of() : person.getGroupIds();
        if (person != null
                && person.getUserId() != null
                && !groups.contains(Groups.CAMUNDA_ADMIN)
                && !CallAccess.serves(groups, call.getReviewerGroup())) {
            throw new AuthorizationException("Vous n'instruisez pas l'appel « " + call.getTitle()
                    + " » : seuls ses relecteurs et la coordination y saisissent une proposition.");
        }
    }
}
