package org.constellation.label;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.RuntimeService;
import org.constellation.proposal.CommitmentAnswer;
import org.constellation.proposal.Proposal;
import org.constellation.proposal.ProposalRepository;
import org.constellation.workflow.ProcessVariables;
import org.constellation.workflow.TypedText;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Which events carry a label (issue 31): a proposal of a labelling call found eligible against its charter, and not
 * stopped since, is labelled; a coordinator may withdraw its label with a reason when the charter is broken, and the
 * programme then says so. The programme, the tracking page and the case page read the label here.
 */
@Service
public class Labels {

    /** The label an event carries, or carried before it was withdrawn. */
    public record State(String name, boolean withdrawn) {}

    /**
     * A case's label as its page shows it to the team: the holder's answers to the charter, whether it is labelled, and
     * its withdrawal if any.
     */
    public record OfCase(
            Proposal proposal,
            String name,
            boolean labelled,
            List<CommitmentAnswer> answers,
            LabelWithdrawal withdrawal) {}

    /** A withdrawal refused, with the message key of why; nothing was written. */
    public static class Refused extends RuntimeException {

        public Refused(String messageKey) {
            super(messageKey);
        }

        public String messageKey() {
            return getMessage();
        }
    }

    /** A reason is a few sentences: the holder reads it in a mail. */
    static final int LONGEST_REASON = 2000;

    private final LabelWithdrawalRepository withdrawals;
    private final ProposalRepository proposals;
    private final ApplicationEventPublisher events;
    private final RuntimeService runtime;
    private final Clock clock;

    public Labels(
            LabelWithdrawalRepository withdrawals,
            ProposalRepository proposals,
            ApplicationEventPublisher events,
            RuntimeService runtime,
            Clock clock) {
        this.withdrawals = withdrawals;
        this.proposals = proposals;
        this.events = events;
        this.runtime = runtime;
        this.clock = clock;
    }

    /**
     * The label of the proposal's event; empty when its call labels nothing or it is not (yet, or no more) labelled.
     */
    @Transactional(readOnly = true)
    public Optional<State> stateOf(Proposal proposal) {
        return state(proposal, withdrawals.existsById(proposal.getId()));
    }

    /** The same for several proposals at once (a programme's entries), by proposal id, in one query. */
    @Transactional(readOnly = true)
    public Map<Long, State> statesOf(Collection<Proposal> candidates) {
        List<Proposal> labelling = candidates.stream()
                .filter(proposal -> proposal.getCall().labels())
                .toList();
        if (labelling.isEmpty()) {
            return Map.of();
        }
        List<Long> withdrawn = withdrawals
                .findAllById(labelling.stream().map(Proposal::getId).toList())
                .stream()
                .map(LabelWithdrawal::getProposalId)
                .toList();
        return labelling.stream()
                .map(proposal -> Map.entry(proposal.getId(), state(proposal, withdrawn.contains(proposal.getId()))))
                .filter(entry -> entry.getValue().isPresent())
                .collect(Collectors.toMap(
                        Map.Entry::getKey, entry -> entry.getValue().get()));
    }

    /** Labelled now: found eligible in a labelling call, not stopped since, its label not withdrawn. */
    @Transactional(readOnly = true)
    public boolean isLabelled(Proposal proposal) {
        return stateOf(proposal).filter(state -> !state.withdrawn()).isPresent();
    }

    @Transactional(readOnly = true)
    public Optional<LabelWithdrawal> withdrawalOf(Long proposalId) {
        return withdrawals.findById(proposalId);
    }

    @Transactional(readOnly = true)
    public OfCase ofCase(Long proposalId) {
        Proposal proposal = proposals.findById(proposalId).orElseThrow();
        return new OfCase(
                proposal,
                proposal.getCall().getLabelling().getName(),
                isLabelled(proposal),
                List.copyOf(proposal.getCommitments()),
                withdrawals.findById(proposalId).orElse(null));
    }

    /**
     * Withdraws a labelled event's label, with the coordinator's reason, which the holder reads in the mail that tells
     * them (from the lifecycle, or {@link LabelWithdrawn} outside it, in this transaction); the programme says « Label
     * retiré » from its next release.
     */
    @Transactional
    public LabelWithdrawal withdraw(Long proposalId, String reason, String coordinator) {
        Proposal proposal = proposals.findById(proposalId).orElseThrow();
        String said = reason == null ? "" : reason.strip();
        if (withdrawals.existsById(proposalId)) {
            throw new Refused("label.refused.alreadyWithdrawn");
        }
        if (!isLabelled(proposal)) {
            throw new Refused("label.refused.notLabelled");
        }
        if (said.isEmpty()) {
            throw new Refused("label.refused.reasonRequired");
        }
        if (said.length() > LONGEST_REASON) {
            throw new Refused("label.refused.reasonTooLong");
        }
        if (TypedText.hasHiddenCharacters(said)) {
            throw new Refused("label.refused.controlCharacters");
        }
        LabelWithdrawal withdrawal =
                withdrawals.save(new LabelWithdrawal(proposalId, said, coordinator, OffsetDateTime.now(clock)));
        // In the phase after publication the lifecycle tells the holder (« Retrait du label »); before it, or once the
        // case is over, nothing waits for the message and the same mail leaves from here.
        boolean toldByTheLifecycle = proposal.getProcessInstanceId() != null
                && !runtime.createMessageCorrelation(ProcessVariables.MESSAGE_LABEL_WITHDRAWN)
                        .processInstanceId(proposal.getProcessInstanceId())
                        .correlateAllWithResult()
                        .isEmpty();
        if (!toldByTheLifecycle) {
            events.publishEvent(new LabelWithdrawn(proposalId));
        }
        return withdrawal;
    }

    private static Optional<State> state(Proposal proposal, boolean withdrawn) {
        if (!proposal.getCall().labels()) {
            return Optional.empty();
        }
        String name = proposal.getCall().getLabelling().getName();
        if (withdrawn) {
            return Optional.of(new State(name, true));
        }
        return proposal.getStatus().hasPassedEligibility() ? Optional.of(new State(name, false)) : Optional.empty();
    }
}
