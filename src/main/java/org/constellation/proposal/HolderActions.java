package org.constellation.proposal;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.camunda.bpm.engine.MismatchingMessageCorrelationException;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.ActivityInstance;
import org.constellation.workflow.ProcessVariables;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What the holder does from their tracking page, passed to their proposal's running process as a message: answer a
 * request for information, confirm their programme entry or ask for its correction, withdraw. A message the process no
 * longer waits for is refused in the holder's language.
 */
@Service
public class HolderActions {

    private final ProposalRepository proposals;
    private final InformationAnswerRepository answers;
    private final EntryCorrectionRepository corrections;
    private final RuntimeService runtimeService;
    private final TrackingLinks trackingLinks;
    private final MessageSource messages;
    private final Clock clock;

    public HolderActions(
            ProposalRepository proposals,
            InformationAnswerRepository answers,
            EntryCorrectionRepository corrections,
            RuntimeService runtimeService,
            TrackingLinks trackingLinks,
            MessageSource messages,
            Clock clock) {
        this.proposals = proposals;
        this.answers = answers;
        this.corrections = corrections;
        this.runtimeService = runtimeService;
        this.trackingLinks = trackingLinks;
        this.messages = messages;
        this.clock = clock;
    }

    /** The applicant's answer to a request for information; resumes the eligibility check. */
    @Transactional
    public void provideInformation(Long proposalId, String answer, Locale locale) {
        Proposal proposal = proposals.findById(proposalId).orElseThrow();
        String text = answer == null || answer.isBlank() ? null : answer.strip();
        new SubmissionValidator(messages).rejectIfInvalidAnswer(text, locale);
        answers.save(new InformationAnswer(proposal, text, OffsetDateTime.now(clock)));
        correlate(
                proposal,
                ProcessVariables.MESSAGE_INFORMATION_PROVIDED,
                "noInformationRequested",
                Map.of(ProcessVariables.APPLICANT_ANSWER, text));
    }

    /** Whether the process waits for the holder to confirm their programme entry. */
    @Transactional(readOnly = true)
    public boolean isAwaitingEntryConfirmation(Proposal proposal) {
        return runtimeService
                        .createEventSubscriptionQuery()
                        .processInstanceId(proposal.getProcessInstanceId())
                        .eventName(ProcessVariables.MESSAGE_PROGRAMME_ENTRY_REVIEWED)
                        .count()
                > 0;
    }

    /** The holder confirms their programme entry as prepared: it is published. */
    @Transactional
    public void confirmProgrammeEntry(Long proposalId) {
        Map<String, Object> noCorrection = new HashMap<>();
        noCorrection.put(ProcessVariables.ENTRY_CORRECTION, null);
        correlate(
                proposals.findById(proposalId).orElseThrow(),
                ProcessVariables.MESSAGE_PROGRAMME_ENTRY_REVIEWED,
                "noEntryToConfirm",
                noCorrection);
    }

    /** The holder asks for a correction of their programme entry: it goes back to the follow-up person. */
    @Transactional
    public void requestEntryCorrection(Long proposalId, String correction, Locale locale) {
        Proposal proposal = proposals.findById(proposalId).orElseThrow();
        String text = correction == null || correction.isBlank() ? null : correction.strip();
        new SubmissionValidator(messages).rejectIfInvalidAnswer(text, locale);
        corrections.save(new EntryCorrection(proposal, text, OffsetDateTime.now(clock)));
        correlate(
                proposal,
                ProcessVariables.MESSAGE_PROGRAMME_ENTRY_REVIEWED,
                "noEntryToConfirm",
                Map.of(ProcessVariables.ENTRY_CORRECTION, text));
    }

    /**
     * Withdraws the proposal a withdrawal link was mailed for, if the link is still good; the link is used up in the
     * same transaction, so a second click (or a second tab) withdraws nothing.
     */
    @Transactional
    public boolean withdrawConfirmed(String actionToken) {
        Optional<Long> proposalId = trackingLinks.consume(actionToken, TrackingToken.Purpose.WITHDRAWAL);
        proposalId.ifPresent(this::withdraw);
        return proposalId.isPresent();
    }

    /** Withdraws a proposal at whatever stage it is; the process cancels its calendar entry and tells the applicant. */
    @Transactional
    public void withdraw(Long proposalId) {
        Proposal proposal = proposals.findById(proposalId).orElseThrow();
        refuseWithdrawalOnceItTookPlace(proposal);
        correlate(proposal, ProcessVariables.MESSAGE_PROPOSAL_WITHDRAWN, "alreadyClosed", Map.of());
    }

    /**
     * An event that took place stays in the programme, the season's figures and its obligations: once its process asks
     * for the report, a withdrawal is refused in words, whichever page or link it comes from.
     */
    @Transactional(readOnly = true)
    public void refuseWithdrawalOnceItTookPlace(Long proposalId) {
        refuseWithdrawalOnceItTookPlace(proposals.findById(proposalId).orElseThrow());
    }

    private void refuseWithdrawalOnceItTookPlace(Proposal proposal) {
        ActivityInstance running = proposal.getProcessInstanceId() == null
                ? null
                : runtimeService.getActivityInstance(proposal.getProcessInstanceId());
        if (running != null && running.getActivityInstances(ProposalPhases.AFTER_THE_EVENT).length > 0) {
            throw new ProposalStateConflict(messages.getMessage("proposal.tookPlace", null, proposal.locale()));
        }
    }

    private void correlate(Proposal proposal, String message, String errorCode, Map<String, Object> variables) {
        try {
            runtimeService
                    .createMessageCorrelation(message)
                    .processInstanceId(proposal.getProcessInstanceId())
                    .setVariables(variables)
                    .correlate();
        } catch (MismatchingMessageCorrelationException e) {
            throw new ProposalStateConflict(messages.getMessage("proposal." + errorCode, null, proposal.locale()));
        }
    }
}
