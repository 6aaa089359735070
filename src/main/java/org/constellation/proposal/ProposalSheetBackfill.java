package org.constellation.proposal;

import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.runtime.VariableInstance;
import org.constellation.workflow.ProcessVariables;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Cases under way before the check showed the whole proposal (issue 28) get their sheet at start, so that their open
 * task shows it too; once done, a start only counts. Each case in a transaction of its own.
 */
@Component
@Order(3)
class ProposalSheetBackfill implements ApplicationRunner {

    private static final Logger LOG = LoggerFactory.getLogger(ProposalSheetBackfill.class);

    private final RuntimeService runtime;
    private final ProposalRepository proposals;
    private final TransactionTemplate transaction;

    ProposalSheetBackfill(
            RuntimeService runtime, ProposalRepository proposals, PlatformTransactionManager transactions) {
        this.runtime = runtime;
        this.proposals = proposals;
        this.transaction = new TransactionTemplate(transactions);
    }

    @Override
    public void run(ApplicationArguments args) {
        if (runtime.createVariableInstanceQuery()
                        .variableName(ProcessVariables.PROPOSAL_SHEET)
                        .count()
                >= runtime.createProcessInstanceQuery()
                        .processDefinitionKey(ProcessVariables.PROPOSAL_LIFECYCLE)
                        .count()) {
            return;
        }
        Set<String> sheeted =
                runtime.createVariableInstanceQuery().variableName(ProcessVariables.PROPOSAL_SHEET).list().stream()
                        .map(VariableInstance::getProcessInstanceId)
                        .collect(Collectors.toSet());
        Set<String> cases =
                runtime
                        .createProcessInstanceQuery()
                        .processDefinitionKey(ProcessVariables.PROPOSAL_LIFECYCLE)
                        .list()
                        .stream()
                        .map(ProcessInstance::getId)
                        .filter(id -> !sheeted.contains(id))
                        .collect(Collectors.toSet());
        Map<String, Object> withoutSheet =
                runtime.createVariableInstanceQuery().variableName(ProcessVariables.PROPOSAL_ID).list().stream()
                        .filter(id -> cases.contains(id.getExecutionId()) && id.getValue() instanceof Long)
                        .collect(Collectors.toMap(VariableInstance::getExecutionId, VariableInstance::getValue));
        withoutSheet.forEach((instance, proposalId) -> sheet(instance, (Long) proposalId));
    }

    private void sheet(String instance, Long proposalId) {
        try {
            transaction.executeWithoutResult(status -> proposals
                    .findById(proposalId)
                    .ifPresent(proposal -> runtime.setVariable(
                            instance,
                            ProcessVariables.PROPOSAL_SHEET,
                            ProposalSheet.of(proposal).forReviewers())));
        } catch (ProcessEngineException anotherNodeOrDone) {
            // Another node starting at the same moment wrote it, or the case ended meanwhile: it needs no sheet from
            // us.
            LOG.debug("No sheet for {}: {}", instance, anotherNodeOrDone.getMessage());
        }
    }
}
