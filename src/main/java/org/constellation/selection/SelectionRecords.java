package org.constellation.selection;

import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Stream;
import org.constellation.proposal.Proposal;
import org.constellation.proposal.ProposalRecords;
import org.constellation.workflow.StaffNames;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * What the selection holds about a proposal: for the case's story, each seat drawn, each declaration of interests and
 * déport, each score given, each replacement or recusal, and the committee's decisions; for the holder, the decisions
 * they were told, with the motivation (and their score when the call publishes it), nothing of the experts.
 */
@Component
public class SelectionRecords implements ProposalRecords {

    public static final HolderParts.Key<List<Told>> DECISIONS = new HolderParts.Key<>("selection");

    /** A committee's decision as the holder was told it. */
    public record Told(OffsetDateTime decidedAt, SelectionOutcome outcome, String motivation, BigDecimal score) {}

    private final ExpertAssignments assignments;
    private final Committee committee;
    private final StaffNames staff;
    private final MessageSource messages;

    public SelectionRecords(
            ExpertAssignments assignments, Committee committee, StaffNames staff, MessageSource messages) {
        this.assignments = assignments;
        this.committee = committee;
        this.staff = staff;
        this.messages = messages;
    }

    @Override
    public List<Dated> story(Proposal proposal) {
        List<ExpertAssignment> seats = assignments.ofProposal(proposal.getId());
        List<CommitteeDecision> decisions = committee.decisionsOfProposal(proposal.getId());
        if (seats.isEmpty() && decisions.isEmpty()) {
            return List.of();
        }
        Map<String, String> names = staff.fullNames(seats.stream()
                .flatMap(seat -> Stream.of(seat.getExpertId(), seat.getEndedBy(), seat.getAssignedBy()))
                .filter(Objects::nonNull)
                .distinct()
                .toList());
        List<Dated> story = new ArrayList<>();
        for (ExpertAssignment seat : seats) {
            String expert = names.get(seat.getExpertId());
            story.add(new Dated(
                    seat.getAssignedAt(),
                    Happening.TEAM,
                    seat.getAssignedBy() == null
                            ? "Siège " + seat.getSeat() + " du jury : " + expert + ", tiré au sort (graine "
                                    + seat.getDrawSeed() + ", tirage rejouable depuis la page du dossier)"
                            : "Siège " + seat.getSeat() + " du jury : " + expert + ", désigné par "
                                    + names.get(seat.getAssignedBy())));
            if (seat.getDeclaredAt() != null) {
                story.add(new Dated(
                        seat.getDeclaredAt(),
                        Happening.TEAM,
                        seat.getConflictKind() == ConflictKind.NONE
                                ? expert + " déclare n'avoir aucun conflit d'intérêts"
                                : expert + " se déporte : " + word("jury.conflict." + seat.getConflictKind())
                                        + (seat.getConflictDetail() == null
                                                ? ""
                                                : " (" + seat.getConflictDetail() + ")")));
            }
            if (seat.getScoredAt() != null) {
                story.add(new Dated(seat.getScoredAt(), Happening.TEAM, expert + " a noté la proposition"));
            }
            if (seat.getEndedAt() != null && seat.getState() != AssignmentState.WITHDRAWN) {
                story.add(new Dated(
                        seat.getEndedAt(),
                        Happening.TEAM,
                        expert + " : " + word("jury.state." + seat.getState())
                                + (seat.getEndedBy() == null ? "" : " (" + names.get(seat.getEndedBy()) + ")")
                                + (seat.getEndReason() == null ? "" : " — motif : " + seat.getEndReason())));
            }
        }
        for (CommitteeDecision decision : decisions) {
            story.add(new Dated(
                    decision.getDecidedAt(),
                    Happening.DECISION,
                    "Comité de sélection : " + word("jury.outcome." + decision.getOutcome()) + " — motivation : "
                            + decision.getMotivation()));
        }
        return story;
    }

    @Override
    public void addTo(HolderParts parts, Proposal proposal) {
        boolean published = proposal.getCall().getJury().publishesScores();
        parts.put(
                DECISIONS,
                committee.decisionsOfProposal(proposal.getId()).stream()
                        .map(decision -> new Told(
                                decision.getDecidedAt(),
                                decision.getOutcome(),
                                decision.getMotivation(),
                                published ? decision.getScore() : null))
                        .toList());
    }

    private String word(String key) {
        return messages.getMessage(key, null, Locale.FRENCH);
    }
}
