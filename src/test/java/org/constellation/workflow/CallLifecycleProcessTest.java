package org.constellation.workflow;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.execute;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.job;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.runtimeService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import java.time.Instant;
import java.util.Date;
import java.util.Map;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.Deployment;
import org.camunda.bpm.engine.test.mock.Mocks;
import org.camunda.community.process_test_coverage.junit5.platform7.ProcessEngineCoverageExtension;
import org.constellation.call.CallPhase;
import org.constellation.call.CallSchedule;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.mockito.ArgumentMatchers;
import org.mockito.Mockito;

@Deployment(resources = "processes/call-lifecycle.bpmn")
class CallLifecycleProcessTest {

    @RegisterExtension
    static ProcessEngineCoverageExtension engine = ProcessEngineCoverageExtension.builder()
            .configurationResource("process-test.camunda.cfg.xml")
            .assertClassCoverageAtLeast(0.9)
            .build();

    static final Instant DEADLINE = Instant.parse("2027-01-26T22:59:00Z");
    static final Instant REMINDER = Instant.parse("2027-01-19T22:59:00Z");
    static final Instant FORUM_REMINDER = Instant.parse("2027-02-08T13:00:00Z");
    static final Instant FORUM_END = Instant.parse("2027-02-10T23:00:00Z");

    CallSchedule schedule = mock(CallSchedule.class);
    CallPhase phase = mock(CallPhase.class);
    JavaDelegate announceForumHeld = mock(JavaDelegate.class);
    JavaDelegate mailCallHolders = mock(JavaDelegate.class);
    TaskListener releaseProgramme = mock(TaskListener.class);

    @BeforeEach
    void registerBeans() {
        ClockUtil.setCurrentTime(Date.from(Instant.parse("2026-12-01T09:00:00Z")));
        when(schedule.deadlineReminder(1L)).thenReturn(Date.from(REMINDER));
        when(schedule.deadline(1L)).thenReturn(Date.from(DEADLINE));
        when(schedule.forumReminder(1L)).thenReturn(Date.from(FORUM_REMINDER));
        when(schedule.forumEnd(1L)).thenReturn(Date.from(FORUM_END));
        Mocks.register("callSchedule", schedule);
        Mocks.register("callPhase", phase);
        Mocks.register("announceForumHeld", announceForumHeld);
        Mocks.register("mailCallHolders", mailCallHolders);
        Mocks.register("recordForumArrangements", mock(TaskListener.class));
        Mocks.register("releaseProgramme", releaseProgramme);
    }

    @AfterEach
    void reset() {
        Mocks.reset();
        ClockUtil.reset();
    }

    @Test
    void remindsBeforeTheDeadlineClosesAtItInvitesToTheForumRemindsItAndReleasesTheProgramme() throws Exception {
        ProcessInstance call = runtimeService()
                .startProcessInstanceByKey(
                        ProcessVariables.CALL_LIFECYCLE, "call-slug", Map.of(ProcessVariables.CALL_ID, 1L));
        assertThat(call).hasPassed("Event_SubmissionsOpen").isWaitingAt("Event_DeadlineReminder");
        verify(phase).enter(any(), ArgumentMatchers.eq("OPEN"));
        assertThat(job(call).getDuedate()).isEqualTo(Date.from(REMINDER));
        ClockUtil.setCurrentTime(Date.from(REMINDER));
        execute(job(call));
        execute(job(call));
        verify(mailCallHolders).execute(any());

        assertThat(call).isWaitingAt("Event_SubmissionDeadline");
        assertThat(job(call).getDuedate()).isEqualTo(Date.from(DEADLINE));

        ClockUtil.setCurrentTime(Date.from(DEADLINE));
        execute(job(call));
        execute(job(call));
        assertThat(call).isWaitingAt("Task_OrganiseForum");
        assertThat(task(call)).hasCandidateGroup("coordinators");
        verify(phase).enter(any(), ArgumentMatchers.eq("SUBMISSIONS_CLOSED"));

        complete(task(call));
        execute(job(call));
        verify(mailCallHolders, Mockito.times(2)).execute(any());
        assertThat(call).hasPassed("Task_InviteToForum").isWaitingAt("Event_ForumReminder");
        assertThat(job(call).getDuedate()).isEqualTo(Date.from(FORUM_REMINDER));
        ClockUtil.setCurrentTime(Date.from(FORUM_REMINDER));
        execute(job(call));
        execute(job(call));
        verify(mailCallHolders, Mockito.times(3)).execute(any());
        assertThat(call).isWaitingAt("Event_ForumTookPlace");
        assertThat(job(call).getDuedate()).isEqualTo(Date.from(FORUM_END));
        ClockUtil.setCurrentTime(Date.from(FORUM_END));
        execute(job(call));
        execute(job(call));
        verify(announceForumHeld).execute(any());

        assertThat(call).isWaitingAt("Task_ReleaseProgramme");
        complete(task(call));
        verify(releaseProgramme).notify(any());
        assertThat(call).isEnded().hasPassed("EndEvent_ProgrammePublished");
        verify(phase).enter(any(), ArgumentMatchers.eq("PROGRAMME_PUBLISHED"));
    }

    @Test
    void opensOnItsOpeningDateByATimerWhenThatDateIsAhead() {
        Instant opening = Instant.parse("2026-12-14T23:00:00Z");
        when(schedule.opensLater(1L)).thenReturn(true);
        when(schedule.opening(1L)).thenReturn(Date.from(opening));
        ProcessInstance call = runtimeService()
                .startProcessInstanceByKey(
                        ProcessVariables.CALL_LIFECYCLE, "call-slug", Map.of(ProcessVariables.CALL_ID, 1L));
        assertThat(call).isWaitingAt("Event_OpeningDate");
        assertThat(job(call).getDuedate()).isEqualTo(Date.from(opening));
        verify(phase, Mockito.never()).enter(any(), ArgumentMatchers.eq("OPEN"));

        ClockUtil.setCurrentTime(Date.from(opening));
        execute(job(call));
        assertThat(call).hasPassed("Event_SubmissionsOpen").isWaitingAt("Event_DeadlineReminder");
        verify(phase).enter(any(), ArgumentMatchers.eq("OPEN"));
    }
}
