package org.constellation.workflow;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.execute;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.managementService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.runtimeService;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.Deployment;
import org.camunda.bpm.engine.test.mock.Mocks;
import org.camunda.community.process_test_coverage.junit5.platform7.ProcessEngineCoverageExtension;
import org.constellation.obligation.Obligations;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Every path of obligation-reminders (issue 31, part 2), with the beans replaced by mocks: met before its due day;
 * reminded on its due day, then met; still unmet a week later, the follow-up person told; and a reminder left to the
 * obligation due the same day that comes first.
 */
@Deployment(resources = "processes/obligation-reminders.bpmn")
class ObligationRemindersProcessTest {

    @RegisterExtension
    static ProcessEngineCoverageExtension engine = ProcessEngineCoverageExtension.builder()
            .configurationResource("process-test.camunda.cfg.xml")
            .assertClassCoverageAtLeast(0.9)
            .build();

    static final long PROPOSAL = 7L;
    static final long OBLIGATION = 31L;
    static final Instant NOW = Instant.parse("2027-09-01T08:00:00Z");
    /** The due day, 9:00 in Paris. */
    static final Instant DUE = Instant.parse("2027-10-05T07:00:00Z");
    /** A week later, 9:00 in Paris. */
    static final Instant LATE = Instant.parse("2027-10-12T07:00:00Z");

    RecordingMailDelegate mail = new RecordingMailDelegate();
    Obligations obligations = mock(Obligations.class);
    List<Object> followUpsTold = new ArrayList<>();

    @BeforeEach
    void registerBeans() {
        ClockUtil.setCurrentTime(Date.from(NOW));
        Mocks.register("queueMail", mail);
        Mocks.register("mailLateObligation", (JavaDelegate)
                execution -> followUpsTold.add(execution.getVariable(ProcessVariables.OBLIGATION_ID)));
        when(obligations.remindOn(OBLIGATION)).thenReturn(Date.from(DUE));
        when(obligations.lateOn(OBLIGATION)).thenReturn(Date.from(LATE));
        when(obligations.remindsNow(OBLIGATION)).thenReturn(true);
        Mocks.register("obligations", obligations);
    }

    @AfterEach
    void reset() {
        Mocks.reset();
        ClockUtil.reset();
    }

    ProcessInstance set() {
        ProcessInstance instance = runtimeService()
                .startProcessInstanceByKey(
                        ProcessVariables.OBLIGATION_REMINDERS,
                        "P-TEST",
                        Map.of(
                                ProcessVariables.PROPOSAL_ID,
                                PROPOSAL,
                                ProcessVariables.CALL_ID,
                                1L,
                                ProcessVariables.OBLIGATION_ID,
                                OBLIGATION));
        assertThat(instance).isWaitingAt("Task_AwaitEvidence");
        assertThat(timer(instance, ProcessVariables.TIMER_OBLIGATION_DUE).getDuedate())
                .isEqualTo(Date.from(DUE));
        assertThat(timer(instance, ProcessVariables.TIMER_OBLIGATION_LATE).getDuedate())
                .isEqualTo(Date.from(LATE));
        return instance;
    }

    /** The evidence given, as Obligations.meet tells the reminders: by the obligation's id. */
    void met() {
        runtimeService()
                .createMessageCorrelation(ProcessVariables.MESSAGE_OBLIGATION_MET)
                .processInstanceVariableEquals(ProcessVariables.OBLIGATION_ID, OBLIGATION)
                .correlate();
    }

    /** Fires the timer at {@code activityId} at its due time, then the jobs it made. */
    void ring(ProcessInstance instance, String activityId) {
        Job timer = timer(instance, activityId);
        ClockUtil.setCurrentTime(timer.getDuedate());
        execute(timer);
        for (Job next = dueJob(instance); next != null; next = dueJob(instance)) {
            execute(next);
        }
    }

    Job timer(ProcessInstance instance, String activityId) {
        return managementService()
                .createJobQuery()
                .processInstanceId(instance.getId())
                .timers()
                .activityId(activityId)
                .singleResult();
    }

    Job dueJob(ProcessInstance instance) {
        return managementService()
                .createJobQuery()
                .processInstanceId(instance.getId())
                .messages()
                .listPage(0, 1)
                .stream()
                .findFirst()
                .orElse(null);
    }

    @Test
    void anObligationMetBeforeItsDueDayEndsWithoutAMail() {
        ProcessInstance instance = set();
        ClockUtil.setCurrentTime(Date.from(DUE.minus(Duration.ofDays(3))));
        met();
        assertThat(instance).isEnded().hasPassed("EndEvent_ObligationMet").hasNotPassed("Task_RemindHolder");
        assertThat(managementService()
                        .createJobQuery()
                        .processInstanceId(instance.getId())
                        .count())
                .as("no timer left")
                .isZero();
        assertThat(mail.templates).isEmpty();
        assertThat(followUpsTold).isEmpty();
    }

    @Test
    void anObligationUnmetOnItsDueDayRemindsTheHolderWhoThenMeetsIt() {
        ProcessInstance instance = set();
        ring(instance, ProcessVariables.TIMER_OBLIGATION_DUE);
        assertThat(instance)
                .isWaitingAt("Task_AwaitEvidence")
                .hasPassedInOrder("Task_RemindHolder", "EndEvent_HolderReminded");
        assertThat(mail.templates).containsExactly("obligation-reminder");
        assertThat(mail.recipients).containsExactly(PROPOSAL);

        met();
        assertThat(instance).isEnded().hasPassed("EndEvent_ObligationMet").hasNotPassed("Task_TellFollowUpPerson");
        assertThat(followUpsTold).isEmpty();
    }

    @Test
    void anObligationStillUnmetAWeekLaterGoesToTheFollowUpPerson() {
        ProcessInstance instance = set();
        ring(instance, ProcessVariables.TIMER_OBLIGATION_DUE);
        ring(instance, ProcessVariables.TIMER_OBLIGATION_LATE);
        assertThat(instance)
                .isEnded()
                .hasPassedInOrder("Task_RemindHolder", "Task_TellFollowUpPerson", "EndEvent_FollowUpPersonTold")
                .hasNotPassed("EndEvent_ObligationMet");
        assertThat(mail.templates).containsExactly("obligation-reminder");
        assertThat(followUpsTold).containsExactly(OBLIGATION);
    }

    @Test
    void anObligationDueWithAnEarlierOneLeavesTheReminderToIt() {
        when(obligations.remindsNow(OBLIGATION)).thenReturn(false);
        ProcessInstance instance = set();
        ring(instance, ProcessVariables.TIMER_OBLIGATION_DUE);
        assertThat(instance).isWaitingAt("Task_AwaitEvidence").hasPassed("EndEvent_NoReminder");
        assertThat(mail.templates).isEmpty();
    }

    @Test
    void aFailingMailIsRetriedThenShowsAnIncident() {
        mail.smtpDown = true;
        ProcessInstance instance = set();
        Job due = timer(instance, ProcessVariables.TIMER_OBLIGATION_DUE);
        ClockUtil.setCurrentTime(due.getDuedate());
        execute(due);
        for (int attempt = 0; attempt < 5; attempt++) {
            try {
                managementService().executeJob(dueJob(instance).getId());
            } catch (IllegalStateException expected) {
                // The job keeps its failure; the engine lowers its retries.
            }
        }
        assertThat(runtimeService()
                        .createIncidentQuery()
                        .processInstanceId(instance.getId())
                        .count())
                .isOne();
    }
}
