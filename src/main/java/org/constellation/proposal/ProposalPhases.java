package org.constellation.proposal;

import static java.util.Map.entry;
import static org.constellation.proposal.ProposalStatus.ACCOMPANIMENT;
import static org.constellation.proposal.ProposalStatus.AWAITING_FORUM;
import static org.constellation.proposal.ProposalStatus.CLOSED_WITHOUT_ANSWER;
import static org.constellation.proposal.ProposalStatus.ELIGIBILITY_CHECK;
import static org.constellation.proposal.ProposalStatus.INELIGIBLE;
import static org.constellation.proposal.ProposalStatus.INFORMATION_REQUESTED;
import static org.constellation.proposal.ProposalStatus.MATCHING;
import static org.constellation.proposal.ProposalStatus.NOT_SELECTED;
import static org.constellation.proposal.ProposalStatus.PROGRAMME_ENTRY;
import static org.constellation.proposal.ProposalStatus.PUBLISHED;
import static org.constellation.proposal.ProposalStatus.SELECTION;
import static org.constellation.proposal.ProposalStatus.WAITING_LIST;
import static org.constellation.proposal.ProposalStatus.WITHDRAWN;

import java.util.Map;
import org.constellation.workflow.ModelAddition;
import org.constellation.workflow.ParsedProcess;
import org.constellation.workflow.ProcessVariables;
import org.springframework.stereotype.Component;

/**
 * The proposal's status follows the part of proposal-lifecycle it is in: each phase's sub-process, inside the
 * instruction its check and its request for information, and each outcome's decisive flow. Declared here once and
 * attached by the engine as it reads the model, so the diagram carries no status listener; built in, so that a token
 * moved in Cockpit without custom listeners still moves the status (ADR 8, ADR 17). Versions up to 3 keep the status
 * listeners they carry, for their instances still running.
 */
@Component
public class ProposalPhases implements ModelAddition {

    /** The phase after the event (its report): the proposal stays published, its event took place. */
    public static final String AFTER_THE_EVENT = "SubProcess_EventReport";

    /** Where each status begins: a sub-process or step when it starts, a sequence flow when it is taken. */
    static final Map<String, ProposalStatus> ENTERED_AT = Map.ofEntries(
            // On the one way to the check, before the rules' step, which waits for a job: a holder who answered reads
            // at once that the check is under way, never the question again. (A case moved in Cockpit straight to the
            // rules or the check keeps its status: move it to « Vérification à faire ».)
            entry("Flow_ToEligibilityCheck", ELIGIBILITY_CHECK),
            entry("Flow_Incomplete", INFORMATION_REQUESTED),
            entry("Flow_AnswerOverdue", CLOSED_WITHOUT_ANSWER),
            entry("Flow_IneligibilityConfirmed", INELIGIBLE),
            entry("SubProcess_Selection", SELECTION),
            entry("Flow_ToWaitingList", WAITING_LIST),
            entry("Flow_NotSelected", NOT_SELECTED),
            entry("SubProcess_Accompaniment", ACCOMPANIMENT),
            entry("SubProcess_Matching", MATCHING),
            entry("SubProcess_Forum", AWAITING_FORUM),
            entry("SubProcess_ProgrammeEntry", PROGRAMME_ENTRY),
            entry("Flow_Published", PUBLISHED),
            entry("SubProcess_Withdrawal", WITHDRAWN));

    @Override
    public Kind kind() {
        return Kind.PROPOSAL_STATUS;
    }

    @Override
    public void addTo(ParsedProcess process) {
        if (ProcessVariables.PROPOSAL_LIFECYCLE.equals(process.key())) {
            process.enterStatuses(ProposalPhase.BEAN, ENTERED_AT);
        }
    }
}
