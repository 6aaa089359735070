package org.constellation.selection;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.identity.User;
import org.constellation.call.Call;
import org.constellation.proposal.Proposal;
import org.constellation.proposal.Proposals;
import org.constellation.workflow.ProcessVariables;
import org.constellation.workflow.SearchText;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The experts' seats on proposals: drawn by {@link ExpertDraw} from the call's expert group, declared, scored,
 * replaced. Every step stays on the seat's row; a coordinator's replacement or recusal also moves the seat's process on
 * (message ExpertReplaced, to that seat only).
 */
@Component
public class ExpertAssignments {

    public static final String MESSAGE_REPLACED = "ExpertReplaced";
    /** The seat's assignment, local to each of its tasks: the replacement reaches that seat only. */
    public static final String ASSIGNMENT_ID = ProcessVariables.ASSIGNMENT_ID;

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final SecureRandom SEEDS = new SecureRandom();

    private final ExpertAssignmentRepository assignments;
    private final ExpertProfileRepository profiles;
    private final Proposals proposals;
    private final IdentityService identity;
    private final RuntimeService runtime;
    private final Clock clock;

    public ExpertAssignments(
            ExpertAssignmentRepository assignments,
            ExpertProfileRepository profiles,
            Proposals proposals,
            IdentityService identity,
            RuntimeService runtime,
            Clock clock) {
        this.assignments = assignments;
        this.profiles = profiles;
        this.proposals = proposals;
        this.identity = identity;
        this.runtime = runtime;
        this.clock = clock;
    }

    public ExpertAssignment get(Long assignmentId) {
        return assignments
                .findById(assignmentId)
                .orElseThrow(() -> new IllegalArgumentException("No expert assignment " + assignmentId));
    }

    public List<ExpertAssignment> ofProposal(Long proposalId) {
        return assignments.findByProposalIdOrderByIdAsc(proposalId);
    }

    public List<ExpertAssignment> ofCall(Long callId) {
        return assignments.findByCallIdOrderByIdAsc(callId);
    }

    /**
     * Draws the expert of a seat; fails, for the job to retry and then raise an incident the coordinators read, when
     * the call's expert group has nobody left who may sit.
     */
    @Transactional
    public ExpertAssignment draw(Long proposalId, int seat) {
        Proposal proposal = proposals.get(proposalId);
        Call call = proposal.getCall();
        long seed = SEEDS.nextLong();
        ExpertDraw.Record record = ExpertDraw.draw(candidates(proposal), seed);
        if (record.drawn() == null) {
            throw new IllegalStateException(
                    "Aucun expert du groupe « " + call.getJury().getExpertGroup()
                            + " » ne peut examiner la proposition " + proposal.getReference()
                            + " : ajoutez un expert au groupe (Admin) ou levez une exclusion, puis relancez la tâche.");
        }
        return assignments.save(new ExpertAssignment(
                proposalId, call.getId(), seat, record.drawn(), OffsetDateTime.now(clock), null, seed, write(record)));
    }

    /** The call's experts as the draw sees them for this proposal now. */
    List<ExpertDraw.Candidate> candidates(Proposal proposal) {
        Call call = proposal.getCall();
        List<User> experts = identity.createUserQuery()
                .memberOfGroup(call.getJury().getExpertGroup())
                .orderByUserId()
                .asc()
                .list();
        Map<String, ExpertProfile> known = profiles
                .findByUserIdIn(experts.stream().map(User::getId).toList())
                .stream()
                .collect(Collectors.toMap(ExpertProfile::getUserId, p -> p));
        Map<String, Long> loads = new HashMap<>();
        for (Object[] row : assignments.loadsIn(call.getId())) {
            loads.put((String) row[0], (Long) row[1]);
        }
        Set<String> sat = ofProposal(proposal.getId()).stream()
                .map(ExpertAssignment::getExpertId)
                .collect(Collectors.toSet());
        return experts.stream()
                .map(expert -> {
                    ExpertProfile profile = known.getOrDefault(expert.getId(), new ExpertProfile(expert.getId()));
                    int common = (int) profile.getThemes().stream()
                            .filter(proposal.getThemes()::contains)
                            .count();
                    return new ExpertDraw.Candidate(
                            expert.getId(),
                            common,
                            loads.getOrDefault(expert.getId(), 0L),
                            exclusion(proposal, profile, sat.contains(expert.getId())));
                })
                .toList();
    }

    /** Why an expert may not sit on this proposal, in words kept with the draw; null when they may. */
    static String exclusion(Proposal proposal, ExpertProfile profile, boolean satAlready) {
        if (satAlready) {
            return "déjà désigné pour cette proposition";
        }
        String organisation = profile.getOrganisation();
        if (organisation != null
                && proposal.getOrganisation() != null
                && SearchText.of(organisation)
                        .equals(SearchText.of(proposal.getOrganisation().getName()))) {
            return "même organisation que le porteur";
        }
        if (proposal.getCommuneInsee() != null && profile.getExcludedCommunes().contains(proposal.getCommuneInsee())) {
            return "commune qu'il ou elle n'examine pas";
        }
        return null;
    }

    /** The expert the seat's recorded draw gives when replayed: the same as drawn, unless the record was altered. */
    public Optional<String> replay(ExpertAssignment assignment) {
        return ExpertDraw.replay(read(assignment.getDrawRecord()));
    }

    public ExpertDraw.Record record(ExpertAssignment assignment) {
        return read(assignment.getDrawRecord());
    }

    @Transactional
    public void declare(Long assignmentId, ConflictKind kind, String detail) {
        get(assignmentId).declare(kind, detail, OffsetDateTime.now(clock));
    }

    @Transactional
    public void score(Long assignmentId, Grid.Sheet sheet) {
        get(assignmentId).score(sheet.scores(), sheet.comment(), sheet.recommendation(), OffsetDateTime.now(clock));
    }

    /** The delay passed without scores and the coordinators went on: the seat ends without them. */
    @Transactional
    public void missed(Long assignmentId, String coordinator, boolean replaced) {
        get(assignmentId)
                .end(
                        replaced ? AssignmentState.REPLACED : AssignmentState.MISSED,
                        OffsetDateTime.now(clock),
                        coordinator,
                        "note non rendue dans le délai");
    }

    /**
     * A coordinator takes the seat from its expert, with a reason (a recusal's is not shown to the expert); the seat
     * draws another. Refused once the expert has scored or left.
     */
    @Transactional
    public void replace(Long assignmentId, String coordinator, String reason, boolean recusal) {
        ExpertAssignment assignment = get(assignmentId);
        if (!assignment.getState().isOpen()) {
            throw new SelectionRefused("jury.refused.seat-closed");
        }
        if (reason == null || reason.isBlank()) {
            throw new SelectionRefused("jury.refused.reason-required");
        }
        assignment.end(
                recusal ? AssignmentState.RECUSED : AssignmentState.REPLACED,
                OffsetDateTime.now(clock),
                coordinator,
                reason.strip());
        runtime.createMessageCorrelation(MESSAGE_REPLACED)
                .processInstanceId(proposals.get(assignment.getProposalId()).getProcessInstanceId())
                .localVariableEquals(ASSIGNMENT_ID, assignmentId)
                .correlate();
    }

    private static String write(ExpertDraw.Record record) {
        try {
            return JSON.writeValueAsString(record);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static ExpertDraw.Record read(String record) {
        try {
            return JSON.readValue(record, ExpertDraw.Record.class);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("An unreadable draw record", e);
        }
    }
}
