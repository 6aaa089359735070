package org.constellation.call;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.Mockito.doAnswer;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.mock.Mocks;
import org.camunda.community.process_test_coverage.junit5.platform7.ProcessEngineCoverageExtension;
import org.constellation.workflow.ModelVersions;
import org.constellation.workflow.ProcessVariables;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The call's statuses come from CallPhases for the current model, and for version 2, whose instances still run, from
 * its own listeners where it has some: the same path gives the same statuses, none twice.
 */
class CallPhasesTest {

    @RegisterExtension
    static ProcessEngineCoverageExtension engine = ProcessEngineCoverageExtension.builder()
            .configurationResource("process-test.camunda.cfg.xml")
            .build();

    static final String CURRENT = "processes/call-lifecycle.bpmn";
    static final String VERSION_2 = "legacy/call-lifecycle-v2.bpmn";
    /** Version 1 has no « Dépôts ouverts » step: CallLifecycle wrote OPEN when it started. */
    static final String VERSION_1 = "legacy/call-lifecycle-v1.bpmn";

    List<String> statuses = new ArrayList<>();

    @BeforeEach
    void mocks() {
        CallPhase phase = mock(CallPhase.class);
        doAnswer(invocation -> statuses.add(invocation.getArgument(1)))
                .when(phase)
                .enter(any(), anyString());
        Mocks.register(CallPhase.BEAN, phase);
        CallSchedule schedule = mock(CallSchedule.class);
        Date later = Date.from(Instant.parse("2027-01-26T22:59:00Z"));
        when(schedule.deadlineReminder(1L)).thenReturn(later);
        when(schedule.deadline(1L)).thenReturn(later);
        when(schedule.forumReminder(1L)).thenReturn(later);
        when(schedule.forumEnd(1L)).thenReturn(later);
        Mocks.register("callSchedule", schedule);
        Mocks.register("mailCallHolders", mock(JavaDelegate.class));
        Mocks.register("announceForumHeld", mock(JavaDelegate.class));
        Mocks.register("recordForumArrangements", mock(TaskListener.class));
        Mocks.register("releaseProgramme", mock(TaskListener.class));
    }

    @AfterEach
    void reset() {
        Mocks.reset();
        ModelVersions.undeployAll(engine.getRepositoryService());
    }

    @ParameterizedTest
    @ValueSource(strings = {CURRENT, VERSION_2})
    void aCallGoesThroughTheSameStatusesOnEitherVersion(String model) {
        String definition = ModelVersions.deploy(engine.getRepositoryService(), model);
        ProcessInstance instance =
                engine.getRuntimeService().startProcessInstanceById(definition, Map.of(ProcessVariables.CALL_ID, 1L));
        runJobs(instance);
        complete(instance);
        runJobs(instance);
        complete(instance);

        assertThat(statuses)
                .containsExactly("SCHEDULED", "OPEN", "SUBMISSIONS_CLOSED", "FORUM_HELD", "PROGRAMME_PUBLISHED");
    }

    /** A database may still hold version 1: the engine reads it, and what it sets itself it keeps. */
    @Test
    void theFirstVersionStillLoadsWithoutTheStepItLacks() {
        String definition = ModelVersions.deploy(engine.getRepositoryService(), VERSION_1);
        ProcessInstance instance =
                engine.getRuntimeService().startProcessInstanceById(definition, Map.of(ProcessVariables.CALL_ID, 1L));
        runJobs(instance);

        assertThat(statuses).containsExactly("SCHEDULED", "SUBMISSIONS_CLOSED");
    }

    /** Every timer and asynchronous step, due or not, until the call waits for its coordinators. */
    void runJobs(ProcessInstance instance) {
        for (Job job = nextJob(instance); job != null; job = nextJob(instance)) {
            engine.getManagementService().executeJob(job.getId());
        }
    }

    Job nextJob(ProcessInstance instance) {
        return engine
                .getManagementService()
                .createJobQuery()
                .processInstanceId(instance.getId())
                .listPage(0, 1)
                .stream()
                .findFirst()
                .orElse(null);
    }

    void complete(ProcessInstance instance) {
        TaskService tasks = engine.getTaskService();
        tasks.complete(tasks.createTaskQuery()
                .processInstanceId(instance.getId())
                .singleResult()
                .getId());
    }
}
