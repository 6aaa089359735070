package org.constellation.portal;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.constellation.eligibility.EligibilityRecords;
import org.constellation.forum.ForumRecords;
import org.constellation.matching.IntroductionRecords;
import org.constellation.proposal.Proposal;
import org.constellation.proposal.ProposalCorrection;
import org.constellation.proposal.ProposalCorrections;
import org.constellation.proposal.ProposalRepository;
import org.constellation.proposal.ProposalStatus;
import org.constellation.proposal.ProposalStatusChange;
import org.constellation.proposal.ProposalSubmission;
import org.constellation.renewal.Renewals;
import org.constellation.subsidy.FinalReports;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Builds the tracking page of a proposal from our tables, in one read-only transaction. */
@Service
class TrackingPages {

    private static final String FORUM = "FORUM";
    static final List<String> PHASES =
            List.of("RECEIVED", "ELIGIBILITY", "ACCOMPANIMENT", "MATCHING", FORUM, "PROGRAMME");

    /** The phase each status belongs to (index in PHASES). */
    private static final Map<ProposalStatus, Integer> PHASE_OF = Map.ofEntries(
            Map.entry(ProposalStatus.SUBMITTED, 0),
            Map.entry(ProposalStatus.ELIGIBILITY_CHECK, 1),
            Map.entry(ProposalStatus.INFORMATION_REQUESTED, 1),
            Map.entry(ProposalStatus.INELIGIBLE, 1),
            Map.entry(ProposalStatus.CLOSED_WITHOUT_ANSWER, 1),
            Map.entry(ProposalStatus.SELECTION, 1),
            Map.entry(ProposalStatus.WAITING_LIST, 1),
            Map.entry(ProposalStatus.NOT_SELECTED, 1),
            Map.entry(ProposalStatus.ACCOMPANIMENT, 2),
            Map.entry(ProposalStatus.MATCHING, 3),
            Map.entry(ProposalStatus.AWAITING_FORUM, 4),
            Map.entry(ProposalStatus.PROGRAMME_ENTRY, 5),
            Map.entry(ProposalStatus.PUBLISHED, 5));

    private final ProposalRepository proposals;
    private final ProposalCorrections corrections;
    private final ToldDecisions decisions;
    private final IntroductionRecords introductions;
    private final ForumRecords forum;
    private final TrackingProgramme programme;
    private final Renewals renewals;
    private final FinalReports finalReports;

    TrackingPages(
            ProposalRepository proposals,
            ProposalCorrections corrections,
            ToldDecisions decisions,
            IntroductionRecords introductions,
            ForumRecords forum,
            TrackingProgramme programme,
            Renewals renewals,
            FinalReports finalReports) {
        this.proposals = proposals;
        this.corrections = corrections;
        this.decisions = decisions;
        this.introductions = introductions;
        this.forum = forum;
        this.programme = programme;
        this.renewals = renewals;
        this.finalReports = finalReports;
    }

    /** The page, from what each capability holds about the proposal (as the case page and the holder's export). */
    @Transactional(readOnly = true)
    TrackingView view(Long proposalId, Locale locale) {
        Proposal proposal = proposals.findById(proposalId).orElseThrow();
        EligibilityRecords.Told told = decisions.eligibility(proposal, locale);
        ProposalStatus status = proposal.getStatus();
        return new TrackingView(
                proposal.getReference(),
                proposal.getTitle(),
                proposal.getCall().withLists(),
                status,
                steps(proposal),
                told.requestedInformation(),
                told.whyIneligible(),
                corrections.isCorrectable(proposal),
                programme.published(proposal),
                programme.toConfirm(proposal),
                introductions.partnersOf(proposal),
                forum.invitationFor(proposalId).orElse(null),
                forum.partnershipsOf(proposalId),
                maskedEmail(proposal.getContactEmail()),
                renewals.renewableCalls(proposalId),
                corrections.correctionsOf(proposalId).stream()
                        .map(ProposalCorrection::getReceivedAt)
                        .toList(),
                told.contestText(),
                decisions.selection(proposal).orElse(null),
                programme.report(proposal),
                programme.obligations(proposal),
                decisions.label(proposal).orElse(null),
                finalReports.tracking(proposalId).orElse(null),
                decisions.subsidy(proposal).orElse(null),
                decisions.agreement(proposal, locale).orElse(null));
    }

    /**
     * The committee's notice of decision, built again from what is recorded; empty while the committee has not decided.
     */
    @Transactional(readOnly = true)
    Optional<byte[]> decisionNotice(Long proposalId) {
        return decisions.selectionNotice(proposals.findById(proposalId).orElseThrow());
    }

    @Transactional(readOnly = true)
    ProposalSubmission submissionOf(Long proposalId) {
        return ProposalSubmission.of(proposals.findById(proposalId).orElseThrow());
    }

    @Transactional(readOnly = true)
    String contactEmailHint(Long proposalId) {
        return maskedEmail(proposals.findById(proposalId).orElseThrow().getContactEmail());
    }

    /**
     * Each phase with the day the proposal entered it; where it ended, the phase is stopped and the rest never came.
     * The forum's date is announced on its step only while the proposal is on its way there: not to a proposal that
     * ended.
     */
    static List<TrackingView.Step> steps(Proposal proposal) {
        List<ProposalStatusChange> changes = proposal.getStatusChanges();
        ProposalStatus last = proposal.getStatus();
        if (last == ProposalStatus.WITHDRAWN) {
            // Where it stood when it was withdrawn.
            last = changes.stream()
                    .map(ProposalStatusChange::getStatus)
                    .filter(s -> s != ProposalStatus.WITHDRAWN)
                    .reduce((first, second) -> second)
                    .orElse(ProposalStatus.SUBMITTED);
        }
        int reached = last == ProposalStatus.SUBMITTED ? 1 : PHASE_OF.get(last);
        boolean stopped = proposal.getStatus().isStopped();
        boolean complete = last == ProposalStatus.PUBLISHED;
        List<TrackingView.Step> steps = new ArrayList<>();
        for (int phase = 0; phase < PHASES.size(); phase++) {
            String state;
            if (phase < reached || (phase == reached && complete)) {
                state = "done";
            } else if (phase == reached) {
                state = stopped ? "stopped" : "current";
            } else {
                state = stopped ? "skipped" : "upcoming";
            }
            boolean forumAhead = PHASES.get(phase).equals(FORUM) && state.equals("upcoming");
            steps.add(new TrackingView.Step(
                    PHASES.get(phase),
                    state,
                    entered(proposal, changes, phase),
                    forumAhead ? proposal.getCall().getForumAt() : null));
        }
        return steps;
    }

    private static OffsetDateTime entered(Proposal proposal, List<ProposalStatusChange> changes, int phase) {
        if (phase == 0) {
            return proposal.getCreatedAt();
        }
        return changes.stream()
                .filter(c -> PHASE_OF.getOrDefault(c.getStatus(), -1) == phase)
                .map(ProposalStatusChange::getChangedAt)
                .findFirst()
                .orElse(null);
    }

    /** a***@example.org: enough for the applicant to recognise their address, not enough to learn it. */
    static String maskedEmail(String email) {
        int at = email.indexOf('@');
        return at <= 0 ? "***" : email.charAt(0) + "***" + email.substring(at);
    }
}
