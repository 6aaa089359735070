package org.constellation.subsidy;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.Collection;
import java.util.Collections;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.camunda.bpm.engine.RuntimeService;
import org.constellation.call.Call;
import org.constellation.call.CallRepository;
import org.constellation.call.Funding;
import org.constellation.funding.Budget;
import org.constellation.proposal.Proposal;
import org.constellation.proposal.Proposals;
import org.constellation.proposal.WaitingCases;
import org.constellation.workflow.ProcessVariables;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Subsidies awarded within a call's envelope (issue 32, part 3). A coordinator awards a proposal of a funding call,
 * found eligible (and selected, when the call has a jury) and not stopped since, whose lifecycle waits in « Attendre
 * l'attribution », an amount up to what its budget asked, with a reason when less and its conditions; or refuses it,
 * with a reason. The call's row is locked before its awards are summed: two coordinators awarding at once decide one
 * after the other, and the sum of the call's awards never passes its envelope. A proposal is decided once. In the same
 * transaction, message {@code FundingDecided} (with {@code fundingAwarded}) moves the lifecycle on, which tells the
 * holder. The model asks {@code ${fundingAwards.funds(callId)}} and
 * {@code ${fundingAwards.needsAgreement(proposalId)}}.
 */
@Service("fundingAwards")
public class Awards {

    /** Where the lifecycle waits for the decision, in the « Financement » phase. */
    static final String AWAITING = "Task_AwaitAward";

    /** What a proposal holds of the funding decision: its award, or its refusal, or neither yet. */
    public record Decision(Award award, AwardRefusal refusal) {

        public boolean isTaken() {
            return award != null || refusal != null;
        }
    }

    /**
     * A decision refused, with each field's problem; nothing was written. A problem under {@link AwardForm#DECISION} is
     * about the case (decided already, or no longer waiting), not a field of the form.
     */
    public static class Refused extends RuntimeException {

        private final Map<String, AwardForm.Problem> problems;

        Refused(Map<String, AwardForm.Problem> problems) {
            super(problems.toString());
            // In the form's order, as the page lists them.
            this.problems = Collections.unmodifiableMap(new LinkedHashMap<>(problems));
        }

        static Refused of(String key) {
            return new Refused(Map.of(AwardForm.DECISION, AwardForm.Problem.of(key)));
        }

        public Map<String, AwardForm.Problem> problems() {
            return problems;
        }

        public boolean isAboutTheCase() {
            return problems.containsKey(AwardForm.DECISION);
        }
    }

    private final AwardRepository awards;
    private final AwardRefusalRepository refusals;
    private final Proposals proposals;
    private final CallRepository calls;
    private final RuntimeService runtime;
    private final Clock clock;

    private final ApplicationEventPublisher events;

    public Awards(
            AwardRepository awards,
            AwardRefusalRepository refusals,
            Proposals proposals,
            CallRepository calls,
            RuntimeService runtime,
            Clock clock,
            ApplicationEventPublisher events) {
        this.events = events;
        this.awards = awards;
        this.refusals = refusals;
        this.proposals = proposals;
        this.calls = calls;
        this.runtime = runtime;
        this.clock = clock;
    }

    /** Whether the call funds projects: its proposals then wait for an award in the « Financement » phase. */
    @Transactional(readOnly = true)
    public boolean funds(Long callId) {
        return calls.findById(callId).map(Call::funds).orElse(false);
    }

    /**
     * Whether the proposal's award asks for an agreement: above the call's threshold, or always if the call says so.
     */
    @Transactional(readOnly = true)
    public boolean needsAgreement(Long proposalId) {
        return awards.findById(proposalId)
                .map(award -> {
                    Funding funding = proposals.get(proposalId).getCall().getFunding();
                    return award.needsAgreement(funding.getAgreementThreshold(), funding.requiresAgreementAlways());
                })
                .orElse(false);
    }

    @Transactional(readOnly = true)
    public Optional<Award> awardOf(Long proposalId) {
        return awards.findById(proposalId);
    }

    @Transactional(readOnly = true)
    public Decision decisionOf(Long proposalId) {
        return new Decision(
                awards.findById(proposalId).orElse(null),
                refusals.findById(proposalId).orElse(null));
    }

    /** The call's envelope now: its total, and what its awards take of it. */
    @Transactional(readOnly = true)
    public Envelope envelopeOf(Call call) {
        return new Envelope(total(call), awards.awardedIn(call.getId()));
    }

    /** The call's awards page: its envelope, the proposals waiting for a decision, the decisions taken. */
    @Transactional(readOnly = true)
    public AwardBoard board(Call call) {
        List<Proposal> ofCall = proposals.ofCall(call.getId());
        Map<Long, Proposal> byId = ofCall.stream().collect(Collectors.toMap(Proposal::getId, Function.identity()));
        List<Award> awarded = awards.findByCallIdOrderByDecidedAtAscProposalIdAsc(call.getId());
        List<AwardRefusal> refused = refusals.findAllById(byId.keySet());
        Set<Long> decided = Stream.concat(
                        awarded.stream().map(Award::getProposalId),
                        refused.stream().map(AwardRefusal::getProposalId))
                .collect(Collectors.toSet());
        Set<Long> waiting = awaiting(ofCall.stream()
                .filter(proposal -> !decided.contains(proposal.getId()))
                .toList());
        List<AwardBoard.Pending> pending = ofCall.stream()
                .filter(proposal -> waiting.contains(proposal.getId()))
                .map(proposal -> new AwardBoard.Pending(
                        proposal, proposal.forecastBudget().orElse(null)))
                .toList();
        List<AwardBoard.Decided> taken = Stream.concat(
                        awarded.stream()
                                .map(award -> new AwardBoard.Decided(byId.get(award.getProposalId()), award, null)),
                        refused.stream()
                                .map(refusal ->
                                        new AwardBoard.Decided(byId.get(refusal.getProposalId()), null, refusal)))
                .sorted(Comparator.comparing(AwardBoard.Decided::decidedAt))
                .toList();
        long sum = awarded.stream().mapToLong(Award::getAmount).sum();
        return new AwardBoard(new Envelope(total(call), sum), pending, taken);
    }

    /**
     * Awards or refuses the proposal's subsidy as the coordinator typed it ({@link AwardForm}), and tells its
     * lifecycle, in one transaction; refused ({@link Refused}) with nothing written when the form breaks a rule, when
     * the award would pass what is left of the envelope, when the proposal was decided already or does not wait for a
     * decision.
     */
    @Transactional
    public Decision decide(
            Long proposalId, String decision, String amount, String reason, String conditions, String coordinator) {
        Proposal proposal = proposals.get(proposalId);
        Call call = proposal.getCall();
        // First the lock, then every read: another award of the call, committed meanwhile, is counted.
        awards.lockCall(call.getId());
        if (awards.existsById(proposalId) || refusals.existsById(proposalId)) {
            throw Refused.of("funding.award.error.decided");
        }
        if (!call.funds() || !awaiting(List.of(proposal)).contains(proposalId)) {
            throw Refused.of("funding.award.error.notAwaiting");
        }
        long asked = proposal.forecastBudget().map(Budget::asked).orElse(0L);
        AwardForm form = AwardForm.read(decision, amount, reason, conditions, asked, envelopeOf(call));
        if (!form.isValid()) {
            throw new Refused(form.errors());
        }
        OffsetDateTime now = OffsetDateTime.now(clock);
        Decision taken = form.awards()
                ? new Decision(
                        awards.save(new Award(
                                proposalId,
                                call.getId(),
                                form.amount(),
                                asked,
                                form.reason(),
                                form.conditions(),
                                coordinator,
                                now,
                                Award.reference(call.getSeason().getStartsOn().getYear(), awards.nextNumber()))),
                        null)
                : new Decision(null, refusals.save(new AwardRefusal(proposalId, form.reason(), coordinator, now)));
        // A decision the lifecycle does not hear would never be told: refused, and nothing is kept. A single
        // correlation that finds nothing would also mark this transaction rollback-only: all, and check.
        boolean heard = !runtime.createMessageCorrelation(ProcessVariables.MESSAGE_FUNDING_DECIDED)
                .processInstanceId(proposal.getProcessInstanceId())
                .setVariable(ProcessVariables.FUNDING_AWARDED, form.awards())
                .correlateAllWithResult()
                .isEmpty();
        if (!heard) {
            throw Refused.of("funding.award.error.notAwaiting");
        }
        events.publishEvent(new SubsidyChanged(proposalId));
        return taken;
    }

    /** Of these proposals, those found eligible and not stopped whose lifecycle waits for the decision: one query. */
    private Set<Long> awaiting(Collection<Proposal> among) {
        return WaitingCases.at(
                runtime,
                AWAITING,
                among.stream()
                        .filter(proposal -> proposal.getStatus().hasPassedEligibility())
                        .toList());
    }

    private static long total(Call call) {
        Long envelope = call.getFunding().getEnvelope();
        return envelope == null ? 0 : envelope;
    }
}
