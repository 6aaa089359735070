package org.constellation.coordination;

import java.time.LocalDate;
import java.util.Collection;
import java.util.Map;
import org.constellation.obligation.Obligations;
import org.constellation.proposal.HolderActions;
import org.constellation.proposal.Proposal;
import org.constellation.proposal.ProposalStatus;
import org.springframework.stereotype.Component;

/**
 * What a case's holder owes, as the case table shows it: an answer or a confirmation the process waits for (whom the
 * case waits for), and their obligations after selection past their due date, counted in the database for a page of
 * cases at once.
 */
@Component
class HolderDues {

    private final HolderActions holderActions;
    private final Obligations obligations;

    HolderDues(HolderActions holderActions, Obligations obligations) {
        this.holderActions = holderActions;
        this.obligations = obligations;
    }

    /** Whom the case waits for: nobody once it ended, the holder for an answer or their entry's confirmation. */
    Cases.WaitingOn waitingOn(Proposal proposal) {
        if (proposal.getStatus().hasEnded()) {
            return Cases.WaitingOn.NOBODY;
        }
        boolean applicantOwes = proposal.getStatus() == ProposalStatus.INFORMATION_REQUESTED
                || proposal.getStatus() == ProposalStatus.PROGRAMME_ENTRY
                        && holderActions.isAwaitingEntryConfirmation(proposal);
        return applicantOwes ? Cases.WaitingOn.APPLICANT : Cases.WaitingOn.TEAM;
    }

    /** How many obligations each case owes past their due date; absent for a case that owes none. */
    Map<Long, Long> lateObligations(Collection<Long> proposalIds) {
        return obligations.lateCounts(proposalIds);
    }

    /** The day lateness is counted on, in Paris. */
    LocalDate today() {
        return obligations.today();
    }
}
