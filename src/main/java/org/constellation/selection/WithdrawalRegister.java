package org.constellation.selection;

import java.time.OffsetDateTime;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.constellation.proposal.Proposal;
import org.constellation.proposal.Proposals;
import org.constellation.workflow.StaffNames;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The register of a call's withdrawals (issue 30; CGCT L2131-11): every expert who declared a conflict and withdrew
 * (déport), and every expert a coordinator recused, with when, why, by whom for a recusal, and the committee's sitting
 * that decided the proposal, if one did. Its page and its export read it; so do the minutes, for their proposals.
 */
@Component
public class WithdrawalRegister {

    /**
     * One withdrawal: the expert and the team member by their names, the sitting if the proposal was decided in one.
     */
    public record Entry(
            Long assignmentId,
            Long proposalId,
            String proposalTitle,
            String expert,
            boolean recused,
            ConflictKind conflict,
            String detail,
            OffsetDateTime at,
            String by,
            CommitteeSession session) {

        /** The kind of withdrawal in words: the conflict declared, or a recusal. */
        public String kindKey() {
            return recused ? "jury.withdrawal.recused" : "jury.conflict." + conflict;
        }
    }

    private final ExpertAssignments assignments;
    private final Committee committee;
    private final Proposals proposals;
    private final StaffNames staff;

    public WithdrawalRegister(
            ExpertAssignments assignments, Committee committee, Proposals proposals, StaffNames staff) {
        this.assignments = assignments;
        this.committee = committee;
        this.proposals = proposals;
        this.staff = staff;
    }

    /** The call's withdrawals, oldest first. */
    @Transactional(readOnly = true)
    public List<Entry> of(Long callId) {
        List<ExpertAssignment> withdrawn = assignments.ofCall(callId).stream()
                .filter(a -> a.getState() == AssignmentState.WITHDRAWN || a.getState() == AssignmentState.RECUSED)
                .toList();
        if (withdrawn.isEmpty()) {
            return List.of();
        }
        Map<Long, String> titles = proposals.ofCall(callId).stream()
                .collect(Collectors.toMap(Proposal::getId, p -> Objects.toString(p.getTitle(), "—")));
        Map<String, String> names = staff.fullNames(withdrawn.stream()
                .flatMap(a -> Stream.of(a.getExpertId(), a.getEndedBy()))
                .filter(Objects::nonNull)
                .toList());
        Map<Long, CommitteeSession> sittings = sittingsOfProposals(callId);
        return withdrawn.stream()
                .map(a -> {
                    boolean recused = a.getState() == AssignmentState.RECUSED;
                    return new Entry(
                            a.getId(),
                            a.getProposalId(),
                            titles.getOrDefault(a.getProposalId(), "—"),
                            names.get(a.getExpertId()),
                            recused,
                            a.getConflictKind(),
                            recused ? a.getEndReason() : a.getConflictDetail(),
                            a.getEndedAt(),
                            recused ? names.get(a.getEndedBy()) : null,
                            sittings.get(a.getProposalId()));
                })
                .sorted(Comparator.comparing(Entry::at, Comparator.nullsLast(Comparator.naturalOrder()))
                        .thenComparing(Entry::assignmentId))
                .toList();
    }

    /** The sitting that decided each proposal of the call, the latest where several did. */
    private Map<Long, CommitteeSession> sittingsOfProposals(Long callId) {
        Map<Long, CommitteeSession> byId = committee.sessions(callId).stream()
                .collect(Collectors.toMap(CommitteeSession::getId, Function.identity()));
        Map<Long, CommitteeSession> byProposal = new HashMap<>();
        // Oldest first: a later sitting's decision takes the place of an earlier one's.
        committee.decisionsOfCall(callId).stream()
                .filter(decision -> decision.getSessionId() != null)
                .forEach(decision -> byProposal.put(decision.getProposalId(), byId.get(decision.getSessionId())));
        return byProposal;
    }
}
