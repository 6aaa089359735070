package org.constellation.coordination;

import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.constellation.call.Call;
import org.constellation.call.JuryCriterion;
import org.constellation.funding.Budget;
import org.constellation.proposal.Proposal;
import org.constellation.proposal.Proposals;
import org.constellation.selection.AssignmentState;
import org.constellation.selection.Committee;
import org.constellation.selection.CommitteeDecision;
import org.constellation.selection.CommitteeSession;
import org.constellation.selection.ConflictKind;
import org.constellation.selection.ExpertAssignment;
import org.constellation.selection.ExpertAssignmentRepository;
import org.constellation.selection.ExpertAssignments;
import org.constellation.selection.PeerScores;
import org.constellation.selection.Ranking;
import org.constellation.selection.Recommendation;
import org.constellation.workflow.StaffNames;
import org.constellation.workflow.WrittenDates;
import org.constellation.workflow.WrittenNumbers;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * What the committee's page and a case's « Sélection » read, gathered in one transaction (a seat's scores are lazy):
 * the ranking with each proposal's seats, scores and decision; the proposals still being scored, apart; the sittings;
 * for one case, its seats, its result, its decision and each draw replayed from its recorded seed.
 */
@Component
class JuryBoard {

    /** An expert's seat as the pages show it: names for ids, each criterion's score written or « — ». */
    record Seat(
            Long id,
            String expert,
            AssignmentState state,
            boolean open,
            ConflictKind conflict,
            String conflictDetail,
            OffsetDateTime declaredAt,
            OffsetDateTime endedAt,
            String endedBy,
            String endReason,
            List<String> scores,
            String comment,
            Recommendation recommendation) {}

    /**
     * A ranked proposal: its place, its score and spread written, its seats, the decision that holds, if any; its
     * forecast budget when the call funds (issue 32), or null.
     */
    record Line(
            Ranking.Place place,
            Proposal proposal,
            String holder,
            String score,
            String spread,
            List<Seat> seats,
            CommitteeDecision decision,
            String decidedOn,
            boolean awaiting,
            Budget budget) {}

    /**
     * A proposal whose seats are not all scored or closed: how many scores are in, of how many seats; its forecast
     * budget when the call funds, or null.
     */
    record Scoring(Proposal proposal, long scored, int seatCount, List<Seat> seats, Budget budget) {}

    /** A sitting and how many decisions it took. */
    record Sitting(CommitteeSession session, long decisions) {}

    /** The committee's page. */
    record Board(
            List<JuryCriterion> criteria,
            List<Line> ranking,
            List<Line> awaiting,
            List<Scoring> scoring,
            List<Sitting> sittings) {}

    /** What replaying a seat's recorded draw gives. */
    enum Replay {
        /** The same expert as the seat's. */
        VERIFIED,
        /** Another expert: the record does not match the seat. */
        OTHER_EXPERT,
        /** Nobody: the record's candidates leave nobody who may sit. */
        NOBODY,
        /** The record cannot be read. */
        UNREADABLE
    }

    /** A seat's draw replayed. */
    record Draw(int seat, String expert, Replay replay, String replayed) {}

    /** A case's « Sélection ». */
    record CaseSelection(
            List<JuryCriterion> criteria,
            int scaleMax,
            List<Seat> seats,
            Ranking.Place place,
            String score,
            String spread,
            CommitteeDecision decision,
            String decidedOn,
            List<Draw> draws) {}

    /**
     * One of an expert's own seats, on their desk: the proposal, their seat, what the task asks of them now, and the
     * other experts' scores when they may read them ({@link PeerScores}).
     */
    record DeskSeat(Proposal proposal, List<JuryCriterion> criteria, Seat own, boolean peersShown, List<Seat> peers) {}

    private static final String NONE = "—";

    private final Committee committee;
    private final ExpertAssignments assignments;
    private final ExpertAssignmentRepository seats;
    private final Proposals proposals;
    private final StaffNames staff;

    JuryBoard(
            Committee committee,
            ExpertAssignments assignments,
            ExpertAssignmentRepository seats,
            Proposals proposals,
            StaffNames staff) {
        this.committee = committee;
        this.assignments = assignments;
        this.seats = seats;
        this.proposals = proposals;
        this.staff = staff;
    }

    /** The committee's page of a call with a jury (its lists read: {@link ChosenCall}). */
    @Transactional(readOnly = true)
    Board board(Call call) {
        List<JuryCriterion> criteria = List.copyOf(call.getJuryCriteria());
        Map<Long, Proposal> byId =
                proposals.ofCall(call.getId()).stream().collect(Collectors.toMap(Proposal::getId, Function.identity()));
        Map<Long, List<ExpertAssignment>> seatsOf = assignments.ofCall(call.getId()).stream()
                .collect(Collectors.groupingBy(
                        ExpertAssignment::getProposalId, LinkedHashMap::new, Collectors.toList()));
        Map<String, String> names =
                names(seatsOf.values().stream().flatMap(List::stream).toList(), List.of());
        List<CommitteeSession> sessions = committee.sessions(call.getId());
        Map<Long, CommitteeSession> sessionsById =
                sessions.stream().collect(Collectors.toMap(CommitteeSession::getId, Function.identity()));

        Map<Long, CommitteeDecision> decisions = committee.decisionsNow(call.getId());
        Set<Long> awaiting = committee.awaitingDecision(byId.values());
        List<Line> ranking = new ArrayList<>();
        for (Ranking.Place place : committee.ranking(call)) {
            Proposal proposal = byId.get(place.result().getProposalId());
            CommitteeDecision decision = decisions.get(proposal.getId());
            ranking.add(new Line(
                    place,
                    proposal,
                    holder(proposal),
                    written(place.result().getScore()),
                    written(place.result().getSpread()),
                    seats(seatsOf.getOrDefault(proposal.getId(), List.of()), criteria, names),
                    decision,
                    decidedOn(decision, sessionsById),
                    awaiting.contains(proposal.getId()),
                    proposal.forecastBudget().orElse(null)));
        }
        Set<Long> ranked = ranking.stream().map(line -> line.proposal().getId()).collect(Collectors.toSet());
        List<Scoring> scoring = seatsOf.entrySet().stream()
                .filter(entry -> !ranked.contains(entry.getKey()))
                .sorted(Map.Entry.comparingByKey())
                .map(entry -> new Scoring(
                        byId.get(entry.getKey()),
                        entry.getValue().stream()
                                .filter(a -> a.getState() == AssignmentState.SCORED)
                                .count(),
                        call.getJury().getExpertsPerProposal(),
                        seats(entry.getValue(), criteria, names),
                        byId.get(entry.getKey()).forecastBudget().orElse(null)))
                .toList();
        Map<Long, Long> decisionsPerSession = committee.decisionsOfCall(call.getId()).stream()
                .filter(decision -> decision.getSessionId() != null)
                .collect(Collectors.groupingBy(CommitteeDecision::getSessionId, Collectors.counting()));
        List<Sitting> sittings = sessions.stream()
                .map(session -> new Sitting(session, decisionsPerSession.getOrDefault(session.getId(), 0L)))
                .toList();
        return new Board(
                criteria, ranking, ranking.stream().filter(Line::awaiting).toList(), scoring, sittings);
    }

    /** The proposals of the call that wait for the committee now: the only ones a sitting may decide. */
    @Transactional(readOnly = true)
    Set<Long> awaiting(Call call) {
        return committee.awaitingDecision(proposals.ofCall(call.getId()));
    }

    /** The seats of one expert, the latest first, with what each lets them read of the others' scores. */
    @Transactional(readOnly = true)
    List<DeskSeat> desk(String expertId) {
        List<ExpertAssignment> own = seats.findByExpertIdOrderByIdDesc(expertId);
        Map<Long, List<ExpertAssignment>> onProposals = seats
                .findByProposalIdInOrderByIdAsc(
                        own.stream().map(ExpertAssignment::getProposalId).collect(Collectors.toSet()))
                .stream()
                .collect(Collectors.groupingBy(ExpertAssignment::getProposalId));
        Map<Long, List<ExpertAssignment>> peersOf = new HashMap<>();
        List<ExpertAssignment> everyone = new ArrayList<>(own);
        Map<Long, Proposal> byId = new HashMap<>();
        for (ExpertAssignment seat : own) {
            Proposal proposal = byId.computeIfAbsent(seat.getProposalId(), proposals::get);
            List<ExpertAssignment> peers = PeerScores.of(
                    seat, proposal.getCall().getJury(), onProposals.getOrDefault(seat.getProposalId(), List.of()));
            peersOf.put(seat.getId(), peers);
            everyone.addAll(peers);
        }
        Map<String, String> names = names(everyone, List.of());
        return own.stream()
                .map(seat -> {
                    Proposal proposal = byId.get(seat.getProposalId());
                    List<JuryCriterion> criteria =
                            List.copyOf(proposal.getCall().getJuryCriteria());
                    return new DeskSeat(
                            proposal,
                            criteria,
                            seat(seat, criteria, names),
                            PeerScores.shown(seat, proposal.getCall().getJury()),
                            seats(peersOf.get(seat.getId()), criteria, names));
                })
                .toList();
    }

    /** A seat, for a coordinator's replacement or recusal. */
    Optional<ExpertAssignment> seat(Long assignmentId) {
        return seats.findById(assignmentId);
    }

    /** A case's « Sélection », when its call selects by jury or its proposal had experts. */
    @Transactional(readOnly = true)
    Optional<CaseSelection> ofCase(Long proposalId) {
        Proposal proposal = proposals.get(proposalId);
        Call call = proposal.getCall();
        List<ExpertAssignment> assigned = assignments.ofProposal(proposalId);
        if (!call.selectsByJury() && assigned.isEmpty()) {
            return Optional.empty();
        }
        List<JuryCriterion> criteria = List.copyOf(call.getJuryCriteria());
        List<Draw> draws = new ArrayList<>();
        List<String> replayed = new ArrayList<>();
        for (ExpertAssignment seat : assigned) {
            Draw draw = replay(seat);
            draws.add(draw);
            replayed.add(draw.replayed());
        }
        Map<String, String> names = names(assigned, replayed);
        Ranking.Place place = committee.ranking(call).stream()
                .filter(p -> p.result().getProposalId().equals(proposalId))
                .findFirst()
                .orElse(null);
        CommitteeDecision decision = committee.decisionOf(proposalId).orElse(null);
        Map<Long, CommitteeSession> sessionsById = committee.sessions(call.getId()).stream()
                .collect(Collectors.toMap(CommitteeSession::getId, Function.identity()));
        return Optional.of(new CaseSelection(
                criteria,
                call.getJury().getScaleMax(),
                seats(assigned, criteria, names),
                place,
                place == null ? null : written(place.result().getScore()),
                place == null ? null : written(place.result().getSpread()),
                decision,
                decidedOn(decision, sessionsById),
                draws.stream()
                        .map(draw -> new Draw(
                                draw.seat(),
                                names.get(draw.expert()),
                                draw.replay(),
                                draw.replayed() == null ? null : names.get(draw.replayed())))
                        .toList()));
    }

    /** The seat's recorded draw played again (by ids: the caller names them). */
    private Draw replay(ExpertAssignment seat) {
        Optional<String> again;
        try {
            again = assignments.replay(seat);
        } catch (RuntimeException unreadable) { // an altered record may fail to read in any way
            return new Draw(seat.getSeat(), seat.getExpertId(), Replay.UNREADABLE, null);
        }
        if (again.isEmpty()) {
            return new Draw(seat.getSeat(), seat.getExpertId(), Replay.NOBODY, null);
        }
        return new Draw(
                seat.getSeat(),
                seat.getExpertId(),
                again.get().equals(seat.getExpertId()) ? Replay.VERIFIED : Replay.OTHER_EXPERT,
                again.get());
    }

    private static List<Seat> seats(
            List<ExpertAssignment> assigned, List<JuryCriterion> criteria, Map<String, String> names) {
        return assigned.stream().map(a -> seat(a, criteria, names)).toList();
    }

    private static Seat seat(ExpertAssignment a, List<JuryCriterion> criteria, Map<String, String> names) {
        List<String> scores = new ArrayList<>();
        for (int position = 1; position <= criteria.size(); position++) {
            scores.add(
                    a.scoreOn(position).map(score -> WrittenNumbers.of(score)).orElse(NONE));
        }
        // A déport is the expert's own act; a recusal, a replacement or a missed score, a coordinator's.
        boolean byTheTeam = a.getEndedAt() != null && a.getState() != AssignmentState.WITHDRAWN;
        return new Seat(
                a.getId(),
                names.get(a.getExpertId()),
                a.getState(),
                a.getState().isOpen(),
                a.getConflictKind(),
                a.getConflictDetail(),
                a.getDeclaredAt(),
                a.getEndedAt(),
                byTheTeam ? names.get(a.getEndedBy()) : null,
                byTheTeam ? a.getEndReason() : null,
                scores,
                a.getComment(),
                a.getRecommendation());
    }

    /** Every expert's and team member's name the seats (and the draws replayed) need, at once. */
    private Map<String, String> names(Collection<ExpertAssignment> assigned, Collection<String> more) {
        return staff.fullNames(Stream.concat(
                        assigned.stream().flatMap(a -> Stream.of(a.getExpertId(), a.getEndedBy())), more.stream())
                .filter(Objects::nonNull)
                .toList());
    }

    /** The day the decision was taken: its sitting's, or the day a proposal moved up from the waiting list. */
    private static String decidedOn(CommitteeDecision decision, Map<Long, CommitteeSession> sessionsById) {
        if (decision == null) {
            return null;
        }
        CommitteeSession session = decision.getSessionId() == null ? null : sessionsById.get(decision.getSessionId());
        return session == null
                ? WrittenDates.shortDay(decision.getDecidedAt())
                : WrittenDates.SHORT_DAY.format(session.getHeldOn());
    }

    private static String holder(Proposal proposal) {
        return proposal.getOrganisation() == null
                ? NONE
                : proposal.getOrganisation().getName();
    }

    /** A score or a spread as the reader writes it: « 3,7 » in French, "3.7" in English. */
    private static String written(BigDecimal value) {
        return value == null ? null : WrittenNumbers.decimal(value.doubleValue(), LocaleContextHolder.getLocale());
    }
}
