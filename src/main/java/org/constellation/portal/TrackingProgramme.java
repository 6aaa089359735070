package org.constellation.portal;

import java.util.List;
import org.constellation.obligation.Obligations;
import org.constellation.programme.ProgrammeEntry;
import org.constellation.programme.ProgrammeRecords;
import org.constellation.proposal.HolderActions;
import org.constellation.proposal.Proposal;
import org.constellation.proposal.ProposalStatus;
import org.constellation.report.EventReports;
import org.springframework.stereotype.Component;

/**
 * The holder's event as their tracking page shows it, in the order it comes: the entry the team prepared for them to
 * confirm, the entry in the season's programme with what they must do around it (their obligations), and once the event
 * took place its report.
 */
@Component
class TrackingProgramme {

    private final ProgrammeRecords programme;
    private final HolderActions holderActions;
    private final EventReports reports;
    private final Obligations obligations;

    TrackingProgramme(
            ProgrammeRecords programme, HolderActions holderActions, EventReports reports, Obligations obligations) {
        this.programme = programme;
        this.holderActions = holderActions;
        this.reports = reports;
        this.obligations = obligations;
    }

    /** The entry the team prepared, while the process waits for the holder to confirm it; null otherwise. */
    ProgrammeEntry toConfirm(Proposal proposal) {
        return proposal.getStatus() == ProposalStatus.PROGRAMME_ENTRY
                        && holderActions.isAwaitingEntryConfirmation(proposal)
                ? programme.entryOf(proposal.getId()).orElse(null)
                : null;
    }

    /** The entry once published, still shown (as cancelled) after a withdrawal; null otherwise. */
    ProgrammeEntry published(Proposal proposal) {
        ProposalStatus status = proposal.getStatus();
        return status == ProposalStatus.PUBLISHED || status == ProposalStatus.WITHDRAWN
                ? programme
                        .entryOf(proposal.getId())
                        .filter(e -> e.getPublishedAt() != null)
                        .orElse(null)
                : null;
    }

    /** The report once the event took place: its sessions, and what the holder gave already; null before. */
    TrackingView.ReportStep report(Proposal proposal) {
        return reports.isOpenFor(proposal)
                ? new TrackingView.ReportStep(
                        reports.sessionsOf(proposal.getId()),
                        reports.of(proposal.getId()).orElse(null))
                : null;
    }

    /** The obligations after selection, once the entry was published, in the call's order; none before, or erased. */
    List<Obligations.Owed> obligations(Proposal proposal) {
        return proposal.isErased() ? List.of() : obligations.owedBy(proposal.getId());
    }
}
