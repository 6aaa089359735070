package org.constellation.portal;

import java.time.OffsetDateTime;
import java.util.List;
import org.constellation.call.Call;
import org.constellation.forum.ForumPlanning;
import org.constellation.forum.Partnerships;
import org.constellation.label.LabelRecords;
import org.constellation.matching.IntroductionRecords;
import org.constellation.obligation.Obligations;
import org.constellation.programme.ProgrammeEntry;
import org.constellation.programme.Timing;
import org.constellation.proposal.ProposalStatus;
import org.constellation.report.EventReports;
import org.constellation.report.ReportForm;
import org.constellation.selection.SelectionOutcome;
import org.constellation.subsidy.AgreementRecords;
import org.constellation.subsidy.AwardRecords;
import org.constellation.subsidy.FinalReports;

/**
 * What the applicant sees of their proposal: the phases with their dates, what is expected of them now, and what they
 * can do (answer, correct, withdraw).
 *
 * @param requestedInformation what the reviewer asked for, while an answer is awaited
 * @param decisionReasons why the proposal was found ineligible
 * @param entryToConfirm the programme entry prepared by the team, while the holder's confirmation is awaited
 * @param introductions the partners the team introduced, with their contact (both holders agreed to it)
 * @param forum the forum the proposal is invited to, its registration and schedule; null when not invited
 * @param partnerships the partnerships formed at the forum
 * @param renewals the open calls of later seasons the proposal can be renewed into
 * @param correctedAt when the applicant corrected the proposal, oldest first
 * @param contestText how to contest the decision, once the proposal was found ineligible (the call's own words, else
 *     the default); null otherwise
 * @param selectionDecision the selection committee's decision, with its motivation, once taken (its notice is
 *     downloadable); null otherwise
 * @param report the report of the event once it took place, which the holder gives or corrects; null before
 * @param obligations what the holder must do after selection, once their entry is published, each ticked off with its
 *     evidence; none before
 * @param label a labelling call's label once the event carries it (its kit and attestation to download), or why it was
 *     withdrawn; null otherwise
 * @param finalReport a funded project's final report once asked: awaited (given again once sent back), under review or
 *     approved; null before
 * @param subsidy a funding call's decision on the subsidy once taken, awarded or refused; null before or for a call
 *     that funds nothing
 * @param agreement a subsidy's agreement once it was sent: its terms, where it stands, what the holder can do; null
 *     otherwise
 */
public record TrackingView(
        String reference,
        String title,
        Call call,
        ProposalStatus status,
        List<Step> steps,
        String requestedInformation,
        String decisionReasons,
        boolean correctable,
        ProgrammeEntry programmeEntry,
        ProgrammeEntry entryToConfirm,
        List<IntroductionRecords.Partner> introductions,
        ForumPlanning.Invitation forum,
        List<Partnerships.Partner> partnerships,
        String contactEmailHint,
        List<Call> renewals,
        List<OffsetDateTime> correctedAt,
        String contestText,
        SelectionDecision selectionDecision,
        ReportStep report,
        List<Obligations.Owed> obligations,
        LabelRecords.Tracked label,
        FinalReports.Tracking finalReport,
        AwardRecords.Held subsidy,
        AgreementRecords.Tracked agreement) {

    /**
     * A phase of the lifecycle: done, current, upcoming, stopped (the proposal ended there) or skipped (after it
     * ended), with the day the proposal entered it and, for the forum still ahead, the forum's own date.
     */
    /** What the holder is told of the committee's decision: the outcome and its motivation, nothing of the team's. */
    public record SelectionDecision(SelectionOutcome outcome, String motivation) {}

    public record Step(String phase, String state, OffsetDateTime date, OffsetDateTime expected) {}

    /** The event's report: its sessions, and the report the holder gave already (null until they do). */
    public record ReportStep(List<Timing> sessions, EventReports.Report given) {

        /** The form as it opens: blank, or the report given, to correct it. */
        public ReportForm form() {
            return given == null ? ReportForm.blank() : ReportForm.of(given);
        }
    }

    public boolean isAwaitingAnswer() {
        return status == ProposalStatus.INFORMATION_REQUESTED;
    }

    /**
     * Until it stopped, and not once its event took place (refused then too: HolderActions): the programme keeps it.
     */
    public boolean isWithdrawable() {
        return !status.isStopped() && report == null;
    }
}
