package org.constellation.portal;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.constellation.call.ContestText;
import org.constellation.forum.ForumPlanning;
import org.constellation.forum.Partnerships;
import org.constellation.matching.IntroductionRepository;
import org.constellation.programme.ProgrammeEntryRepository;
import org.constellation.proposal.HolderActions;
import org.constellation.proposal.Proposal;
import org.constellation.proposal.ProposalCorrection;
import org.constellation.proposal.ProposalCorrections;
import org.constellation.proposal.ProposalRepository;
import org.constellation.proposal.ProposalStatus;
import org.constellation.proposal.ProposalStatusChange;
import org.constellation.proposal.ProposalSubmission;
import org.constellation.renewal.Renewals;
import org.constellation.review.Criteria;
import org.constellation.review.CriterionAssessmentRepository;
import org.constellation.review.EligibilityDecision;
import org.constellation.review.EligibilityDecisionRepository;
import org.constellation.review.EligibilityOutcome;
import org.springframework.context.MessageSource;
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
            Map.entry(ProposalStatus.ACCOMPANIMENT, 2),
            Map.entry(ProposalStatus.MATCHING, 3),
            Map.entry(ProposalStatus.AWAITING_FORUM, 4),
            Map.entry(ProposalStatus.PROGRAMME_ENTRY, 5),
            Map.entry(ProposalStatus.PUBLISHED, 5));

    private final ProposalRepository proposals;
    private final HolderActions holderActions;
    private final ProposalCorrections corrections;
    private final EligibilityDecisionRepository decisions;
    private final CriterionAssessmentRepository criteria;
    private final ProgrammeEntryRepository entries;
    private final IntroductionRepository introductions;
    private final ForumPlanning forumPlanning;
    private final Partnerships partnerships;
    private final Renewals renewals;
    private final MessageSource messages;
    private final ContestText contestText;

    TrackingPages(
            ProposalRepository proposals,
            HolderActions holderActions,
            ProposalCorrections corrections,
            EligibilityDecisionRepository decisions,
            CriterionAssessmentRepository criteria,
            ProgrammeEntryRepository entries,
            IntroductionRepository introductions,
            ForumPlanning forumPlanning,
            Partnerships partnerships,
            Renewals renewals,
            MessageSource messages,
            ContestText contestText) {
        this.proposals = proposals;
        this.holderActions = holderActions;
        this.corrections = corrections;
        this.decisions = decisions;
        this.criteria = criteria;
        this.entries = entries;
        this.introductions = introductions;
        this.forumPlanning = forumPlanning;
        this.partnerships = partnerships;
        this.renewals = renewals;
        this.messages = messages;
        this.contestText = contestText;
    }

    @Transactional(readOnly = true)
    TrackingView view(Long proposalId, Locale locale) {
        Proposal proposal = proposals.findById(proposalId).orElseThrow();
        EligibilityDecision decision = decisions
                .findFirstByProposalIdOrderByDecidedAtDescIdDesc(proposalId)
                .orElse(null);
        ProposalStatus status = proposal.getStatus();
        boolean foundIneligible = status == ProposalStatus.INELIGIBLE
                && decision != null
                && decision.getOutcome() == EligibilityOutcome.INELIGIBLE;
        return new TrackingView(
                proposal.getReference(),
                proposal.getTitle(),
                proposal.getCall().withLists(),
                status,
                steps(proposal),
                status == ProposalStatus.INFORMATION_REQUESTED && decision != null
                        ? decision.getMissingInformation()
                        : null,
                foundIneligible ? whyIneligible(decision, locale) : null,
                corrections.isCorrectable(proposal),
                status == ProposalStatus.PUBLISHED || status == ProposalStatus.WITHDRAWN
                        ? entries.findByProposalId(proposalId)
                                .filter(e -> e.getPublishedAt() != null)
                                .orElse(null)
                        : null,
                status == ProposalStatus.PROGRAMME_ENTRY && holderActions.isAwaitingEntryConfirmation(proposal)
                        ? entries.findByProposalId(proposalId).orElse(null)
                        : null,
                partners(proposal),
                forumPlanning.invitationFor(proposalId).orElse(null),
                partnerships.partnersOf(proposalId),
                maskedEmail(proposal.getContactEmail()),
                renewals.renewableCalls(proposalId),
                corrections.correctionsOf(proposalId).stream()
                        .map(ProposalCorrection::getReceivedAt)
                        .toList(),
                foundIneligible ? contestText.of(proposal.getCall(), locale) : null);
    }

    /** The partners introduced to the proposal, from either side, as the introduction mail named them. */
    private List<TrackingView.Partner> partners(Proposal proposal) {
        return introductions.findByProposalIdOrPartnerProposalIdOrderById(proposal.getId(), proposal.getId()).stream()
                // An erased partner is no longer anyone to contact.
                .map(introduction -> proposals
                        .findById(introduction.partnerOf(proposal.getId()))
                        .filter(partner -> !partner.isErased())
                        .map(partner -> new TrackingView.Partner(
                                partner.getTitle(),
                                partner.getOrganisation().getName(),
                                partner.getContactName(),
                                partner.getContactEmail(),
                                introduction.getNote(),
                                introduction.getRecordedAt())))
                .flatMap(Optional::stream)
                .toList();
    }

    /** The failed criteria as the applicant's mail listed them, then the team's message if any. */
    private String whyIneligible(EligibilityDecision decision, Locale locale) {
        Stream<String> failed = criteria.findByDecisionIdOrderById(decision.getId()).stream()
                .filter(c -> Criteria.FAIL.equals(c.getVerdict()))
                .map(c -> messages.getMessage("criterion." + c.getCriterion(), null, c.getLabel(), locale)
                        + messages.getMessage("punctuation.colon", null, locale)
                        + c.explanation(locale));
        return Stream.concat(failed, Stream.ofNullable(decision.getReasons())).collect(Collectors.joining("\n"));
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
     * Each phase with the day the proposal entered it; where it ended, the phase is stopped and the rest never came. The
     * forum's date is announced on its step only while the proposal is on its way there: not to a proposal that ended.
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
