package org.constellation.proposal;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.constellation.workflow.ProcessVariables;
import org.constellation.workflow.TaskNames;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The holder's corrections of their proposal from the tracking page: when one is allowed, the correction itself
 * (written into the proposal as a submission is, through {@link ProposalService}), and those kept.
 */
@Service
public class ProposalCorrections {

    private final ProposalRepository proposals;
    private final ProposalService proposalService;
    private final ProposalCorrectionRepository corrections;
    private final ApplicationEventPublisher events;
    private final RuntimeService runtimeService;
    private final TaskService taskService;
    private final MessageSource messages;
    private final Clock clock;

    public ProposalCorrections(
            ProposalRepository proposals,
            ProposalService proposalService,
            ProposalCorrectionRepository corrections,
            ApplicationEventPublisher events,
            RuntimeService runtimeService,
            TaskService taskService,
            MessageSource messages,
            Clock clock) {
        this.proposals = proposals;
        this.proposalService = proposalService;
        this.corrections = corrections;
        this.events = events;
        this.runtimeService = runtimeService;
        this.taskService = taskService;
        this.messages = messages;
        this.clock = clock;
    }

    /**
     * The applicant's correction of their proposal, allowed while the call is open and until a reviewer has taken up
     * its eligibility check. The new content reaches the process variables that Tasklist shows; what changed is kept
     * and published, so that the check's rules run again and the holder is told. A correction that changes nothing is
     * not one.
     */
    @Transactional
    public Proposal correct(Long proposalId, ProposalSubmission s, Locale locale) {
        Proposal proposal = proposals.findById(proposalId).orElseThrow();
        if (!isCorrectable(proposal)) {
            throw new ProposalStateConflict(messages.getMessage("proposal.notCorrectable", null, locale));
        }
        new SubmissionValidator(messages).rejectIfInvalid(s, proposal.getCall(), locale);
        ProposalSubmission before = ProposalSubmission.of(proposal);
        proposal.getOrganisation()
                .update(s.organisationName(), OrganisationType.valueOf(s.organisationType()), s.organisationCommune());
        proposalService.apply(s, proposal);
        List<String> changes = ProposalChanges.between(before, ProposalSubmission.of(proposal), proposal.getCall());
        if (changes.isEmpty()) {
            return proposal;
        }
        proposal.touch(clock);
        runtimeService.setVariables(proposal.getProcessInstanceId(), proposalService.processFacts(proposal));
        // The open check is named after the proposal: its new title too.
        taskService
                .createTaskQuery()
                .processInstanceId(proposal.getProcessInstanceId())
                .list()
                .forEach(task -> {
                    task.setName(TaskNames.readable(
                            TaskNames.step(task.getName()), proposal.getReference(), proposal.getTitle(), null));
                    taskService.saveTask(task);
                });
        ProposalCorrection correction = corrections.save(
                new ProposalCorrection(proposal, String.join("\n", changes), OffsetDateTime.now(clock)));
        events.publishEvent(new ProposalCorrected(proposal.getId(), correction.getId(), changes));
        return proposal;
    }

    /** The applicant's corrections of their proposal, oldest first. */
    @Transactional(readOnly = true)
    public List<ProposalCorrection> correctionsOf(Long proposalId) {
        return corrections.findByProposalIdOrderByReceivedAt(proposalId);
    }

    /** Open call, no eligibility decision taken yet (no information ever requested), and nobody on the check. */
    @Transactional(readOnly = true)
    public boolean isCorrectable(Proposal proposal) {
        boolean awaitingFirstCheck = EnumSet.of(ProposalStatus.SUBMITTED, ProposalStatus.ELIGIBILITY_CHECK)
                        .contains(proposal.getStatus())
                && proposal.getStatusChanges().stream()
                        .noneMatch(c -> c.getStatus() == ProposalStatus.INFORMATION_REQUESTED);
        return awaitingFirstCheck
                && proposal.getCall().acceptsSubmissionsAt(OffsetDateTime.now(clock))
                && taskService
                                .createTaskQuery()
                                .processInstanceId(proposal.getProcessInstanceId())
                                .taskDefinitionKey(ProcessVariables.TASK_CHECK_ELIGIBILITY)
                                .taskAssigned()
                                .count()
                        == 0;
    }
}
