package org.constellation.proposal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.Mockito.doAnswer;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.mock.Mocks;
import org.camunda.community.mockito.DelegateExpressions;
import org.camunda.community.process_test_coverage.junit5.platform7.ProcessEngineCoverageExtension;
import org.constellation.call.CallSchedule;
import org.constellation.privacy.CaseRetention;
import org.constellation.workflow.ModelVersions;
import org.constellation.workflow.ProcessVariables;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The statuses come from ProposalPhases for the current model and from the model's own listeners for version 3, whose
 * instances still run: the same path gives the same statuses, none twice.
 */
class ProposalPhasesTest {

    @RegisterExtension
    static ProcessEngineCoverageExtension engine = ProcessEngineCoverageExtension.builder()
            .configurationResource("process-test.camunda.cfg.xml")
            .build();

    static final String CURRENT = "processes/proposal-lifecycle.bpmn";
    static final String VERSION_3 = "legacy/proposal-lifecycle-v3.bpmn";

    List<String> statuses = new ArrayList<>();

    @BeforeEach
    void mocks() {
        DelegateExpressions.autoMock(CURRENT);
        DelegateExpressions.autoMock(VERSION_3);
        ProposalPhase phase = mock(ProposalPhase.class);
        doAnswer(call -> statuses.add(call.getArgument(1))).when(phase).enter(any(), anyString());
        Mocks.register(ProposalPhase.BEAN, phase);
        CallSchedule schedule = mock(CallSchedule.class);
        when(schedule.informationReminder(1L)).thenReturn("P7D");
        when(schedule.informationClosing(1L)).thenReturn("P21D");
        Mocks.register("callSchedule", schedule);
        Mocks.register("assessEligibilityCriteria", mock(JavaDelegate.class));
        CaseRetention retention = mock(CaseRetention.class);
        when(retention.getOpenCaseCycle()).thenReturn("R/P18M");
        Mocks.register("caseRetention", retention);
        // Calls without a jury: the Sélection phase is left aside, as before it existed.
        Mocks.register("selectionSeats", mock(org.constellation.selection.SelectionSeats.class));
        // Calls that fund nothing: the Financement phase passes at once.
        Mocks.register("fundingAwards", new FundingNothing());
    }

    /** The model's question to fundingAwards, answered for a call that funds nothing. */
    public static class FundingNothing {

        public boolean funds(Object callId) {
            return false;
        }
    }

    @AfterEach
    void reset() {
        Mocks.reset();
        ModelVersions.undeployAll(engine.getRepositoryService());
    }

    @ParameterizedTest
    @ValueSource(strings = {CURRENT, VERSION_3})
    void anEligibleProposalGoesThroughTheSameStatusesOnEitherVersion(String model) {
        String definition = ModelVersions.deploy(engine.getRepositoryService(), model);
        ProcessInstance instance = engine.getRuntimeService()
                .startProcessInstanceById(
                        definition,
                        Map.of(
                                ProcessVariables.PROPOSAL_ID,
                                7L,
                                ProcessVariables.CALL_ID,
                                1L,
                                ProcessVariables.REVIEWER_GROUP,
                                "reviewers",
                                "proposalPriority",
                                50));
        runJobs(instance);
        complete(instance, "INCOMPLETE");
        runJobs(instance);
        engine.getRuntimeService()
                .createMessageCorrelation(ProcessVariables.MESSAGE_INFORMATION_PROVIDED)
                .processInstanceId(instance.getId())
                .correlate();
        // The answer alone moves the case back to its check, before the rules' job runs.
        assertThat(statuses).last().isEqualTo("ELIGIBILITY_CHECK");
        runJobs(instance);
        complete(instance, "ELIGIBLE");
        runJobs(instance);

        assertThat(statuses)
                .containsExactly("ELIGIBILITY_CHECK", "INFORMATION_REQUESTED", "ELIGIBILITY_CHECK", "ACCOMPANIMENT");
    }

    void runJobs(ProcessInstance instance) {
        for (Job job = dueJob(instance); job != null; job = dueJob(instance)) {
            engine.getManagementService().executeJob(job.getId());
        }
    }

    Job dueJob(ProcessInstance instance) {
        return engine
                .getManagementService()
                .createJobQuery()
                .processInstanceId(instance.getId())
                .messages()
                .listPage(0, 1)
                .stream()
                .findFirst()
                .orElse(null);
    }

    void complete(ProcessInstance instance, String decision) {
        TaskService tasks = engine.getTaskService();
        tasks.complete(
                tasks.createTaskQuery()
                        .processInstanceId(instance.getId())
                        .singleResult()
                        .getId(),
                Map.of(ProcessVariables.ELIGIBILITY_DECISION, decision));
    }
}
