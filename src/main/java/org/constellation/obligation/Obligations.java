package org.constellation.obligation;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Collection;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.camunda.bpm.engine.RuntimeService;
import org.constellation.call.CallObligation;
import org.constellation.programme.ProgrammeEntry;
import org.constellation.programme.ProgrammeEntryChanged;
import org.constellation.programme.ProgrammeEntryStatus;
import org.constellation.programme.ProgrammeRecords;
import org.constellation.programme.Timing;
import org.constellation.proposal.Proposal;
import org.constellation.proposal.ProposalStateConflict;
import org.constellation.proposal.Proposals;
import org.constellation.workflow.ParisTime;
import org.constellation.workflow.ProcessVariables;
import org.constellation.workflow.WaitingTimers;
import org.springframework.context.MessageSource;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A proposal's obligations after selection (issue 31, part 2): copied from its call's when its programme entry is
 * published, each then awaited by one instance of « Obligation du porteur » in the lifecycle's phase « Après la
 * publication », which reminds the holder on its due day and tells the follow-up person a week later; due dates stored,
 * and computed again (with those timers) when the entry's sessions move, so that the case list counts the late ones in
 * SQL; met when the evidence is given, by the holder or by the team for them. The model asks
 * {@code ${obligations.awaitedBy(proposalId)}}, {@code ${obligations.remindOn(obligationId)}},
 * {@code ${obligations.lateOn(obligationId)}} and {@code ${obligations.remindsNow(obligationId)}}.
 */
@Service("obligations")
public class Obligations {

    /** An obligation as the tracking and case pages list it: late when its due day is over and it is unmet. */
    public record Owed(ObligationView obligation, boolean late) {

        /** Its form as it opens: empty, or the evidence given, to correct it. */
        public Evidence form() {
            return Evidence.of(obligation);
        }
    }

    private final ObligationRepository obligations;
    private final ProgrammeRecords programme;
    private final Proposals proposals;
    private final RuntimeService runtime;
    private final WaitingTimers waitingTimers;
    private final MessageSource messages;
    private final Clock clock;

    public Obligations(
            ObligationRepository obligations,
            ProgrammeRecords programme,
            Proposals proposals,
            RuntimeService runtime,
            WaitingTimers waitingTimers,
            MessageSource messages,
            Clock clock) {
        this.obligations = obligations;
        this.programme = programme;
        this.proposals = proposals;
        this.runtime = runtime;
        this.waitingTimers = waitingTimers;
        this.messages = messages;
        this.clock = clock;
    }

    /**
     * The entry published, its times changed, or cancelled, in the transaction that did it: a first publication gives
     * the proposal its call's obligations, which the lifecycle then awaits; a later change moves their due dates and
     * timers (ADR 13); a cancellation (the proposal withdrawn, which ended its lifecycle) ends what is still owed, the
     * evidence given staying with the case.
     */
    @EventListener
    @Transactional
    public void follow(ProgrammeEntryChanged changed) {
        Proposal proposal = proposals.get(changed.proposalId());
        ProgrammeEntry entry = programme.entryOf(proposal.getId()).orElse(null);
        if (entry == null || entry.getPublishedAt() == null || proposal.isErased()) {
            return;
        }
        if (entry.getStatus() == ProgrammeEntryStatus.CANCELLED) {
            obligations.deleteUnmet(proposal.getId());
        } else if (!obligations.existsByProposalId(proposal.getId())) {
            List<CallObligation> rules = proposal.getCall().getObligations();
            List<Timing> sessions = entry.getTimings();
            for (int i = 0; i < rules.size(); i++) {
                obligations.save(
                        new Obligation(proposal.getId(), i + 1, rules.get(i), DueDates.of(rules.get(i), sessions)));
            }
        } else {
            List<Timing> sessions = entry.getTimings();
            obligations
                    .findByProposalIdOrderByPosition(proposal.getId())
                    .forEach(obligation -> obligation.moveDueDate(DueDates.of(obligation.getRule(), sessions)));
            obligations.flush();
            if (proposal.getProcessInstanceId() != null) {
                waitingTimers.recalculate(
                        List.of(proposal.getProcessInstanceId()),
                        List.of(ProcessVariables.TIMER_OBLIGATION_DUE, ProcessVariables.TIMER_OBLIGATION_LATE),
                        false);
            }
        }
    }

    /** The obligations the lifecycle awaits when the event is published: those still unmet, in the call's order. */
    @Transactional(readOnly = true)
    public List<Long> awaitedBy(Long proposalId) {
        return obligations.viewsOf(proposalId).stream()
                .filter(obligation -> !obligation.isMet())
                .map(ObligationView::id)
                .toList();
    }

    /** When the holder is reminded of the obligation: its due day, at nine in Paris. */
    @Transactional(readOnly = true)
    public Date remindOn(Long obligationId) {
        return Date.from(DueDates.reminder(view(obligationId).dueOn()));
    }

    /** When the follow-up person is told of it: a week after its due day, or after today when it came due before. */
    @Transactional(readOnly = true)
    public Date lateOn(Long obligationId) {
        return Date.from(DueDates.late(view(obligationId).dueOn(), today()));
    }

    /**
     * Whether its reminder leaves now: it is still unmet, and no unmet obligation of the proposal due the same day
     * comes before it. One mail a day lists them all: obligations due together remind the holder once.
     */
    @Transactional(readOnly = true)
    public boolean remindsNow(Long obligationId) {
        ObligationView obligation = view(obligationId);
        return !obligation.isMet()
                && obligations.viewsOf(obligation.proposalId()).stream()
                        .filter(other -> !other.isMet() && other.dueOn().equals(obligation.dueOn()))
                        .findFirst()
                        .map(first -> first.id().equals(obligationId))
                        .orElse(false);
    }

    /**
     * The evidence of the proposal's obligation at {@code position}, given by the holder or by the team for them
     * ({@code checkedBy}, a user id; null for the holder): saved, replacing an earlier one, and told to the lifecycle
     * if it still waits for it (the wait holds the obligation's id as its own variable), maybe not. Refused in the
     * holder's words for a proposal withdrawn or erased, or an obligation it does not have.
     */
    @Transactional
    public void meet(Long proposalId, int position, Evidence evidence, String checkedBy) {
        if (!evidence.isValid()) {
            throw new IllegalArgumentException("Evidence with refused fields: " + evidence.errors());
        }
        Proposal proposal = proposals.get(proposalId);
        Obligation obligation = obligations
                .findByProposalIdAndPosition(proposalId, position)
                .filter(found -> !proposal.isErased()
                        && !proposal.getStatus().isStopped()
                        && found.getRule().kind() == evidence.kind())
                .orElseThrow(() -> new ProposalStateConflict(
                        messages.getMessage("obligation.noSuchObligation", null, proposal.locale())));
        obligation.meet(evidence, checkedBy, OffsetDateTime.now(clock));
        // A single correlation that finds no waiting instance throws, and its failed command would mark this
        // transaction rollback-only, losing the evidence with it.
        if (proposal.getProcessInstanceId() != null) {
            runtime.createMessageCorrelation(ProcessVariables.MESSAGE_OBLIGATION_MET)
                    .processInstanceId(proposal.getProcessInstanceId())
                    .localVariableEquals(ProcessVariables.OBLIGATION_ID, obligation.getId())
                    .correlateAllWithResult();
        }
    }

    /** The proposal's obligations, in the call's order; none before its entry is published. */
    @Transactional(readOnly = true)
    public List<ObligationView> of(Long proposalId) {
        return obligations.viewsOf(proposalId);
    }

    /** The proposal's obligations in the call's order, each said late or not today. */
    @Transactional(readOnly = true)
    public List<Owed> owedBy(Long proposalId) {
        LocalDate today = today();
        return obligations.viewsOf(proposalId).stream()
                .map(obligation -> new Owed(obligation, obligation.isLateOn(today)))
                .toList();
    }

    /** One obligation, by the id its reminders carry. */
    @Transactional(readOnly = true)
    public ObligationView view(Long obligationId) {
        return obligations.view(obligationId).orElseThrow();
    }

    /** The photo given as the evidence of the proposal's obligation at {@code position}: its type and bytes. */
    @Transactional(readOnly = true)
    public Optional<Evidence.Photo> photo(Long proposalId, int position) {
        return obligations
                .findByProposalIdAndPosition(proposalId, position)
                .filter(obligation -> obligation.getPhoto() != null)
                .map(obligation -> new Evidence.Photo(obligation.getPhotoType(), obligation.getPhoto()));
    }

    /** How many obligations past their due date each of these proposals owes, in one query; none for the others. */
    @Transactional(readOnly = true)
    public Map<Long, Long> lateCounts(Collection<Long> proposalIds) {
        Map<Long, Long> counts = new HashMap<>();
        if (!proposalIds.isEmpty()) {
            obligations
                    .countLate(proposalIds, today())
                    .forEach(row -> counts.put((Long) row[0], ((Number) row[1]).longValue()));
        }
        return counts;
    }

    /** Today in Paris, by the application's clock: the day lateness is counted on. */
    public LocalDate today() {
        return ParisTime.of(OffsetDateTime.now(clock)).toLocalDate();
    }
}
