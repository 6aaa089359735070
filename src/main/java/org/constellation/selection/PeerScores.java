package org.constellation.selection;

import java.util.List;
import org.constellation.call.Jury;

/**
 * What an expert may read of the other experts' work on a proposal they sit on: nothing before they gave their own
 * scores (their judgement stays their own), and afterwards the scores of the others who gave theirs, if the call says
 * so. An expert who left the seat (déport, recusal, replacement) reads nothing of it again.
 */
public final class PeerScores {

    private PeerScores() {}

    public static boolean shown(ExpertAssignment own, Jury jury) {
        return jury.showsPeerScoresAfterOwn() && own.getState() == AssignmentState.SCORED;
    }

    /** The other seats of the same proposal the expert may read: scored, theirs excluded; none when not shown. */
    public static List<ExpertAssignment> of(ExpertAssignment own, Jury jury, List<ExpertAssignment> onTheProposal) {
        if (!shown(own, jury)) {
            return List.of();
        }
        return onTheProposal.stream()
                .filter(seat -> seat.getProposalId().equals(own.getProposalId()))
                .filter(seat -> !seat.getExpertId().equals(own.getExpertId()))
                .filter(seat -> seat.getState() == AssignmentState.SCORED)
                .toList();
    }
}
