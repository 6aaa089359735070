package org.constellation.subsidy;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import org.camunda.bpm.engine.RuntimeService;
import org.constellation.proposal.Proposal;
import org.constellation.proposal.ProposalStateConflict;
import org.constellation.proposal.Proposals;
import org.constellation.proposal.TrackingLinks;
import org.constellation.proposal.TrackingToken;
import org.constellation.workflow.ParisTime;
import org.constellation.workflow.ProcessVariables;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A subsidy's agreement from the day it is mailed to its acceptance (issue 32, part 4): the holder accepts it through
 * the single-use link of its mail (WEB-03, as a withdrawal is confirmed: a tracking page opened from an old or
 * forwarded link cannot), or uploads a signed copy on their tracking page; the team records a copy received by post on
 * the case page. Either way the acceptance is kept ({@code funding_agreement}) and, in the same transaction, told to
 * the proposal's lifecycle, which waits for it at « Attendre la convention acceptée » (message
 * {@code AgreementAccepted}).
 */
@Service
public class Agreements {

    private final AgreementRepository agreements;
    private final Proposals proposals;
    private final AgreementDocuments documents;
    private final TrackingLinks links;
    private final RuntimeService runtime;
    private final MessageSource messages;
    private final Clock clock;

    private final ApplicationEventPublisher events;

    public Agreements(
            AgreementRepository agreements,
            Proposals proposals,
            AgreementDocuments documents,
            TrackingLinks links,
            RuntimeService runtime,
            MessageSource messages,
            Clock clock,
            ApplicationEventPublisher events) {
        this.events = events;
        this.agreements = agreements;
        this.proposals = proposals;
        this.documents = documents;
        this.links = links;
        this.runtime = runtime;
        this.messages = messages;
        this.clock = clock;
    }

    /**
     * The agreement leaves with its mail: recorded as sent the first time it does, as it was after (a reminder, a new
     * link asked for).
     */
    @Transactional
    public AgreementView sent(Long proposalId) {
        if (!agreements.existsById(proposalId)) {
            agreements.save(new Agreement(proposalId, OffsetDateTime.now(clock)));
        }
        return agreements.view(proposalId).orElseThrow();
    }

    /** Where the proposal's agreement stands; empty before it was sent. */
    @Transactional(readOnly = true)
    public Optional<AgreementView> of(Long proposalId) {
        return agreements.view(proposalId);
    }

    /** The agreement's text, for its holder or the team; empty before it was sent. */
    @Transactional(readOnly = true)
    public Optional<byte[]> document(Long proposalId) {
        Proposal proposal = proposals.get(proposalId);
        return agreements.view(proposalId).flatMap(state -> documents.render(proposal, state));
    }

    /** The signed copy given, a PDF; empty when there is none (accepted by link, not yet, or erased). */
    @Transactional(readOnly = true)
    public Optional<byte[]> signedCopy(Long proposalId) {
        return agreements.findById(proposalId).map(Agreement::getSignedCopy).filter(Objects::nonNull);
    }

    /**
     * Whether the agreement was accepted already when the lifecycle comes to wait for it: its link clicked, or a signed
     * copy given, in the moment between its mail and the wait (${agreements.accepted(proposalId)}).
     */
    @Transactional(readOnly = true)
    public boolean accepted(Long proposalId) {
        return agreements.view(proposalId).filter(AgreementView::isAccepted).isPresent();
    }

    /** Whether the agreement waits for its holder: sent, not accepted, the case neither stopped nor erased. */
    @Transactional(readOnly = true)
    public boolean awaitsAcceptance(Long proposalId) {
        Proposal proposal = proposals.get(proposalId);
        return !proposal.getStatus().isStopped()
                && !proposal.isErased()
                && agreements
                        .view(proposalId)
                        .filter(state -> !state.isAccepted())
                        .isPresent();
    }

    /** The proposal a single-use link is for, while it is usable and its agreement awaits; nothing is used up. */
    @Transactional(readOnly = true)
    public Optional<Long> linkedBy(String token) {
        return links.action(token, TrackingToken.Purpose.AGREEMENT)
                .map(link -> link.getProposal().getId())
                .filter(this::awaitsAcceptance);
    }

    /**
     * Accepts the agreement a single-use link was mailed for, the link used up in the same transaction, so that a
     * second click (or a second tab) accepts nothing: the proposal's id, or empty when the link is not (or no longer)
     * usable or the agreement no longer waits.
     */
    @Transactional
    public Optional<Long> acceptByLink(String token) {
        Optional<Long> accepted =
                links.consume(token, TrackingToken.Purpose.AGREEMENT).filter(this::awaitsAcceptance);
        accepted.ifPresent(proposalId -> {
            OffsetDateTime now = OffsetDateTime.now(clock);
            agreements
                    .findById(proposalId)
                    .orElseThrow()
                    .acceptedByLink(now, ParisTime.of(now).toLocalDate());
            tellTheLifecycle(proposals.get(proposalId));
        });
        return accepted;
    }

    /**
     * A signed copy, checked by {@link SignedCopy}, uploaded by the holder ({@code recordedBy} null) or received by
     * post and recorded by a member of the team: the agreement is accepted. Refused in words when it no longer waits.
     */
    @Transactional
    public void acceptSignedCopy(Long proposalId, SignedCopy.Reading copy, String recordedBy) {
        if (!copy.isValid()) {
            throw new IllegalArgumentException("A signed copy is checked before it is given");
        }
        Proposal proposal = proposals.get(proposalId);
        refuseUnlessAwaited(proposal, recordedBy);
        agreements
                .findById(proposalId)
                .orElseThrow()
                .acceptedBySignedCopy(
                        OffsetDateTime.now(clock), copy.content(), copy.contentType(), copy.signedOn(), recordedBy);
        tellTheLifecycle(proposal);
    }

    /** The holder lost or let expire their link: their agreement is mailed again with a new one. */
    @Transactional
    public void sendLink(Long proposalId) {
        refuseUnlessAwaited(proposals.get(proposalId), null);
        links.sendAgreement(proposalId);
    }

    /** The day the agreement was first sent, in Paris: no copy is signed before it. */
    @Transactional(readOnly = true)
    public LocalDate sentOn(Long proposalId) {
        return ParisTime.of(agreements.view(proposalId).orElseThrow().sentAt()).toLocalDate();
    }

    /** The holder is told in their language, the team in French. */
    private void refuseUnlessAwaited(Proposal proposal, String teamMember) {
        if (!awaitsAcceptance(proposal.getId())) {
            throw new ProposalStateConflict(messages.getMessage(
                    "agreement.notAwaited", null, teamMember == null ? proposal.locale() : Locale.FRENCH));
        }
    }

    /**
     * All the correlations that fit, maybe none (the case moved on in Cockpit): a single one that finds no waiting
     * process throws, and its failed command would mark this transaction rollback-only, losing the acceptance with it.
     */
    private void tellTheLifecycle(Proposal proposal) {
        events.publishEvent(new SubsidyChanged(proposal.getId()));
        if (proposal.getProcessInstanceId() != null) {
            runtime.createMessageCorrelation(ProcessVariables.MESSAGE_AGREEMENT_ACCEPTED)
                    .processInstanceId(proposal.getProcessInstanceId())
                    .correlateAllWithResult();
        }
    }
}
