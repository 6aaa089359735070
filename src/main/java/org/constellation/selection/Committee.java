package org.constellation.selection;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.Execution;
import org.constellation.call.Call;
import org.constellation.proposal.Proposal;
import org.constellation.proposal.ProposalStatus;
import org.constellation.proposal.Proposals;
import org.constellation.proposal.WaitingCases;
import org.constellation.workflow.ProcessVariables;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The selection committee's work on a call: the ranking it reads, its sittings and decisions (several proposals at
 * once, with one motivation kept on each), and the waiting list moving up when a selected proposal withdraws. A
 * decision moves the proposal's process on (message CommitteeDecided, variable selectionOutcome).
 */
@Component
public class Committee {

    public static final String MESSAGE_DECIDED = "CommitteeDecided";
    public static final String MESSAGE_MOVED_UP = "WaitingListMovedUp";
    public static final String OUTCOME = ProcessVariables.SELECTION_OUTCOME;
    static final String AWAITING_DECISION = "Task_AwaitCommitteeDecision";
    static final String AWAITING_PLACE = "Task_AwaitPlace";

    private final SelectionResultRepository results;
    private final CommitteeSessionRepository sessions;
    private final CommitteeDecisionRepository decisions;
    private final Proposals proposals;
    private final RuntimeService runtime;
    private final Clock clock;

    public Committee(
            SelectionResultRepository results,
            CommitteeSessionRepository sessions,
            CommitteeDecisionRepository decisions,
            Proposals proposals,
            RuntimeService runtime,
            Clock clock) {
        this.results = results;
        this.sessions = sessions;
        this.decisions = decisions;
        this.proposals = proposals;
        this.runtime = runtime;
        this.clock = clock;
    }

    public List<Ranking.Place> ranking(Call call) {
        return Ranking.of(
                results.findByCallId(call.getId()),
                call.getJury().getPlaces(),
                call.getJury().getWaitingList());
    }

    public List<CommitteeSession> sessions(Long callId) {
        return sessions.findByCallIdOrderByHeldOnAscIdAsc(callId);
    }

    public Optional<CommitteeSession> session(Long sessionId) {
        return sessions.findById(sessionId);
    }

    public List<CommitteeDecision> decisionsOf(Long sessionId) {
        return decisions.findBySessionIdOrderByRankingAscIdAsc(sessionId);
    }

    public List<CommitteeDecision> decisionsOfCall(Long callId) {
        return decisions.findByCallIdOrderByDecidedAtAscIdAsc(callId);
    }

    /** Every decision about a proposal, the first first: the committee's, then a move up from the waiting list. */
    public List<CommitteeDecision> decisionsOfProposal(Long proposalId) {
        return decisions.findByProposalIdOrderByDecidedAtAscIdAsc(proposalId);
    }

    /** The decision that holds for a proposal now, if the committee decided. */
    public Optional<CommitteeDecision> decisionOf(Long proposalId) {
        return decisions.findFirstByProposalIdOrderByDecidedAtDescIdDesc(proposalId);
    }

    /** Of these proposals, those whose process waits for the committee, in one engine query. */
    public Set<Long> awaitingDecision(Collection<Proposal> among) {
        return WaitingCases.at(runtime, AWAITING_DECISION, among);
    }

    /** The decision that holds now for each decided proposal of the call, by proposal. */
    public Map<Long, CommitteeDecision> decisionsNow(Long callId) {
        // In decision order: a later decision (a move up) replaces the earlier one.
        return decisionsOfCall(callId).stream()
                .collect(Collectors.toMap(
                        CommitteeDecision::getProposalId, Function.identity(), (earlier, later) -> later));
    }

    /**
     * Records a sitting's decision for several proposals at once, with one motivation kept on each, and moves each
     * proposal on; all or nothing: a proposal that no longer waits for the committee refuses the whole decision.
     */
    @Transactional
    public CommitteeSession decide(
            Call call,
            LocalDate heldOn,
            List<String> members,
            List<Long> proposalIds,
            SelectionOutcome outcome,
            String motivation,
            String decidedBy) {
        if (proposalIds.isEmpty()) {
            throw new SelectionRefused("jury.refused.none-chosen");
        }
        if (members.isEmpty()) {
            throw new SelectionRefused("jury.refused.members-required");
        }
        if (motivation == null || motivation.isBlank()) {
            throw new SelectionRefused("jury.refused.motivation-required");
        }
        if (heldOn == null) {
            throw new SelectionRefused("jury.refused.date-required");
        }
        OffsetDateTime now = OffsetDateTime.now(clock);
        CommitteeSession session = sessions.save(new CommitteeSession(call.getId(), heldOn, members, decidedBy, now));
        Map<Long, Ranking.Place> places =
                ranking(call).stream().collect(Collectors.toMap(p -> p.result().getProposalId(), Function.identity()));
        for (Long proposalId : proposalIds) {
            Proposal proposal = proposals.get(proposalId);
            Execution waiting = proposal.getCall().getId().equals(call.getId())
                    ? waitingAt(proposal, AWAITING_DECISION).orElse(null)
                    : null;
            if (waiting == null) {
                throw new SelectionRefused("jury.refused.not-awaiting");
            }
            Ranking.Place place = places.get(proposalId);
            decisions.save(new CommitteeDecision(
                    session.getId(),
                    proposalId,
                    call.getId(),
                    outcome,
                    motivation.strip(),
                    place == null ? null : place.rank(),
                    place == null ? null : place.result().getScore(),
                    decidedBy,
                    now));
            runtime.createMessageCorrelation(MESSAGE_DECIDED)
                    .processInstanceId(proposal.getProcessInstanceId())
                    .setVariable(OUTCOME, outcome.name())
                    .correlate();
        }
        return session;
    }

    /**
     * A proposal withdrew: if the committee had selected it, the first of its call's waiting list, by rank, takes the
     * place. Returns the proposal that moved up.
     */
    @Transactional
    public Optional<Long> moveUpAfter(Long withdrawnProposalId) {
        Optional<CommitteeDecision> withdrawn = decisionOf(withdrawnProposalId);
        if (withdrawn.isEmpty() || withdrawn.get().getOutcome() != SelectionOutcome.SELECTED) {
            return Optional.empty();
        }
        Long callId = withdrawn.get().getCallId();
        Optional<CommitteeDecision> next = decisions.findByCallIdOrderByDecidedAtAscIdAsc(callId).stream()
                .filter(d -> d.getOutcome() == SelectionOutcome.WAITING_LIST)
                .filter(d -> decisionOf(d.getProposalId())
                        .map(latest -> latest.getId().equals(d.getId()))
                        .orElse(false))
                .filter(d -> proposals.get(d.getProposalId()).getStatus() == ProposalStatus.WAITING_LIST)
                .min(Comparator.comparing(
                                CommitteeDecision::getRanking, Comparator.nullsLast(Comparator.naturalOrder()))
                        .thenComparing(CommitteeDecision::getId));
        if (next.isEmpty()) {
            return Optional.empty();
        }
        CommitteeDecision waiting = next.get();
        Proposal proposal = proposals.get(waiting.getProposalId());
        decisions.save(new CommitteeDecision(
                null,
                proposal.getId(),
                callId,
                SelectionOutcome.SELECTED,
                waiting.getMotivation(),
                waiting.getRanking(),
                waiting.getScore(),
                withdrawn.get().getDecidedBy(),
                OffsetDateTime.now(clock)));
        runtime.createMessageCorrelation(MESSAGE_MOVED_UP)
                .processInstanceId(proposal.getProcessInstanceId())
                .setVariable(OUTCOME, SelectionOutcome.SELECTED.name())
                .correlate();
        return Optional.of(proposal.getId());
    }

    private Optional<Execution> waitingAt(Proposal proposal, String activityId) {
        if (proposal.getProcessInstanceId() == null) {
            return Optional.empty();
        }
        return runtime
                .createExecutionQuery()
                .processInstanceId(proposal.getProcessInstanceId())
                .activityId(activityId)
                .list()
                .stream()
                .findFirst();
    }
}
