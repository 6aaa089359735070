package org.constellation.workflow;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.execute;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.managementService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.runtimeService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.withVariables;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.runtime.ProcessInstantiationBuilder;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.test.Deployment;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.camunda.bpm.engine.test.mock.Mocks;
import org.camunda.community.mockito.DelegateExpressions;
import org.camunda.community.process_test_coverage.junit5.platform7.ProcessEngineCoverageExtension;
import org.constellation.call.CallSchedule;
import org.constellation.matching.Introductions;
import org.constellation.obligation.Obligations;
import org.constellation.privacy.CaseRetention;
import org.constellation.programme.ProgrammeEntries;
import org.constellation.proposal.ProposalPhase;
import org.constellation.report.EventReports;
import org.constellation.selection.SelectionSeats;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.mockito.ArgumentMatchers;
import org.mockito.Mockito;

/** Every path of proposal-lifecycle, wait state to wait state, with the Java beans replaced by mocks. */
@Deployment(resources = "processes/proposal-lifecycle.bpmn")
class ProposalLifecycleProcessTest {

    @RegisterExtension
    static ProcessEngineCoverageExtension engine = ProcessEngineCoverageExtension.builder()
            .configurationResource("process-test.camunda.cfg.xml")
            .assertClassCoverageAtLeast(0.9)
            .build();

    static final long PROPOSAL = 7L;
    static final long PARTNER = 42L;
    static final Instant NOW = Instant.parse("2027-01-05T09:00:00Z");
    static final Instant EVENT_END = Instant.parse("2027-10-12T20:00:00Z");
    /** The day after the last session, 9:00 in Paris. */
    static final Instant ASK_ON = Instant.parse("2027-10-13T07:00:00Z");

    RecordingMailDelegate mail = new RecordingMailDelegate();
    JavaDelegate publish = mock(JavaDelegate.class);
    JavaDelegate cancel = mock(JavaDelegate.class);
    CallSchedule callSchedule = mock(CallSchedule.class);
    Introductions introductions = mock(Introductions.class);
    ProgrammeEntries programmeEntries = mock(ProgrammeEntries.class);
    CaseRetention retention = mock(CaseRetention.class);
    SelectionSeats seats = mock(SelectionSeats.class);
    EventReports eventReports = mock(EventReports.class);
    /** What the funding phase asks of its call and its case (issue 32): set by each test. */
    FundingFacts awards = new FundingFacts();

    FundingFacts payments = awards;
    FundingFacts fundingReports = awards;
    /** The payments the finance department confirmed, in order; the proposals flagged with an advance to recover. */
    List<Object> paid = new ArrayList<>();

    List<Object> flagged = new ArrayList<>();
    Obligations obligations = mock(Obligations.class);
    /** The obligations whose follow-up person « Prévenir la personne qui suit la proposition » told, in order. */
    List<Object> followUpsTold = new ArrayList<>();
    /** The seats' draws, in order: each gives the next expert ("expert1", "expert2"…) and assignment id (1, 2…). */
    List<Long> draws = new ArrayList<>();
    /** The statuses the proposal went through, in order, as ProposalPhases attaches them to the model. */
    List<String> statuses = new ArrayList<>();
    /** Stands for the DMN evaluation: counts its runs and gives every proposal the same priority. */
    List<String> assessments = new ArrayList<>();

    JavaDelegate assessCriteria = execution -> {
        assessments.add(execution.getCurrentActivityId());
        execution.setVariable("proposalPriority", 65);
    };

    @BeforeEach
    void registerBeans() {
        ClockUtil.setCurrentTime(Date.from(NOW));
        // Every delegate and listener the model names, mocked from the model; those whose behaviour matters follow.
        DelegateExpressions.autoMock("processes/proposal-lifecycle.bpmn");
        Mocks.register("queueMail", mail);
        Mocks.register("publishProgrammeEntry", publish);
        Mocks.register("cancelProgrammeEntry", cancel);
        ProposalPhase phase = mock(ProposalPhase.class);
        Mockito.doAnswer(call -> statuses.add(call.getArgument(1)))
                .when(phase)
                .enter(ArgumentMatchers.any(), ArgumentMatchers.anyString());
        Mocks.register("proposalPhase", phase);
        Mocks.register("processDelays", new ProcessDelays());
        when(callSchedule.informationReminder(1L)).thenReturn("P7D");
        when(callSchedule.informationClosing(1L)).thenReturn("P21D");
        when(callSchedule.eligibilityCheckDue(1L)).thenReturn(Date.from(NOW.plus(Duration.ofDays(14))));
        Mocks.register("callSchedule", callSchedule);
        Mocks.register("introductions", introductions);
        Mocks.register("programmeEntries", programmeEntries);
        Mocks.register("assessEligibilityCriteria", assessCriteria);
        when(retention.getOpenCaseCycle()).thenReturn("R/P18M");
        Mocks.register("caseRetention", retention);
        Mocks.register("selectionSeats", seats);
        when(seats.count(ArgumentMatchers.any())).thenReturn(2);
        when(seats.dueDate(ArgumentMatchers.anyLong())).thenReturn(Date.from(NOW.plus(Duration.ofDays(14))));
        when(seats.escalationDate(ArgumentMatchers.anyLong())).thenReturn(Date.from(NOW.plus(Duration.ofDays(21))));
        Mocks.register("assignExpert", (JavaDelegate) execution -> {
            draws.add((long) draws.size() + 1);
            execution.setVariableLocal("expertId", "expert" + draws.size());
            execution.setVariableLocal("assignmentId", (long) draws.size());
        });
        when(introductions.partnerIdsOf(PROPOSAL)).thenReturn(List.of(PARTNER));
        when(programmeEntries.endOf(PROPOSAL)).thenReturn(Date.from(EVENT_END));
        when(eventReports.askOn(PROPOSAL)).thenReturn(Date.from(ASK_ON));
        Mocks.register("eventReports", eventReports);
        // No obligation unless a test gives some: the phase after publication then waits for the event alone.
        Mocks.register("obligations", obligations);
        Mocks.register("mailLateObligation", (JavaDelegate)
                execution -> followUpsTold.add(execution.getVariable(ProcessVariables.OBLIGATION_ID)));
        Mocks.register("fundingAwards", awards);
        Mocks.register("fundingPayments", payments);
        Mocks.register("fundingReports", fundingReports);
        Mocks.register("agreements", awards);
        Mocks.register(
                "recordPayment", (TaskListener) task -> paid.add(task.getVariable(ProcessVariables.PAYMENT_KIND)));
        Mocks.register(
                "flagAdvanceToRecover", (JavaDelegate) execution -> flagged.add(execution.getVariable("proposalId")));
        Mocks.register("mailLateFinalReport", (JavaDelegate) execution -> followUpsTold.add("final-report"));
    }

    @AfterEach
    void reset() {
        Mocks.reset();
        ClockUtil.reset();
    }

    ProcessInstance submit() {
        return runtimeService()
                .startProcessInstanceByKey(
                        ProcessVariables.PROPOSAL_LIFECYCLE,
                        "P-TEST",
                        Map.of(
                                ProcessVariables.PROPOSAL_ID,
                                PROPOSAL,
                                ProcessVariables.CALL_ID,
                                1L,
                                ProcessVariables.REVIEWER_GROUP,
                                "reviewers"));
    }

    /** Runs the async jobs (mails, calendar) until the instance reaches a wait state. */
    void runJobs(ProcessInstance instance) {
        for (Job next = dueJob(instance); next != null; next = dueJob(instance)) {
            execute(next);
        }
    }

    Job dueJob(ProcessInstance instance) {
        // Async continuations only: timers fire when a test moves the clock.
        return managementService()
                .createJobQuery()
                .processInstanceId(instance.getId())
                .messages()
                .listPage(0, 1)
                .stream()
                .findFirst()
                .orElse(null);
    }

    /** A submitted proposal whose eligibility check a reviewer completed with these variables. */
    ProcessInstance decided(Object... decision) {
        ProcessInstance instance = submit();
        runJobs(instance);
        complete(
                task(instance),
                withVariables(decision[0].toString(), decision[1], Arrays.copyOfRange(decision, 2, decision.length)));
        runJobs(instance);
        return instance;
    }

    ProcessInstance eligibleUpToMatching() {
        ProcessInstance instance = submit();
        runJobs(instance);
        assertThat(instance).isWaitingAt("Task_CheckEligibility").hasPassed("Task_AssessEligibilityCriteria");
        assertThat(task(instance)).hasCandidateGroup("reviewers");
        assertThat(task(instance).getPriority()).isEqualTo(65);
        assertThat(task(instance).getDueDate()).isEqualTo(Date.from(NOW.plus(Duration.ofDays(14))));
        complete(task(instance), withVariables("eligibilityDecision", "ELIGIBLE"));
        runJobs(instance);
        assertThat(instance).isWaitingAt("Task_PlanAccompaniment");
        complete(task(instance), withVariables("followUpPerson", "reviewer2"));
        runJobs(instance);
        assertThat(instance).isWaitingAt("Task_MatchPartners");
        assertThat(task(instance)).isAssignedTo("reviewer2");
        return instance;
    }

    @Test
    void takesAnEligibleProposalToTheProgrammeWithOneMailPerStep() {
        ProcessInstance instance = eligibleUpToMatching();
        complete(task(instance));
        runJobs(instance);
        assertThat(instance).isWaitingAt("Event_ForumHeld");

        runtimeService()
                .createMessageCorrelation(ProcessVariables.MESSAGE_FORUM_HELD)
                .processInstanceVariableEquals(ProcessVariables.CALL_ID, 1L)
                .correlateAll();
        assertThat(instance).isWaitingAt("Task_PrepareProgrammeEntry");
        assertThat(task(instance)).isAssignedTo("reviewer2");
        complete(task(instance));
        runJobs(instance);
        assertThat(instance).isWaitingAt("Task_AwaitEntryConfirmation");
        reviewEntry(instance, null);
        runJobs(instance);

        assertThat(instance).isWaitingAt("Event_EventTookPlace");
        Job eventOver = timer(instance, "Event_EventTookPlace");
        assertThat(eventOver.getDuedate()).isEqualTo(Date.from(EVENT_END));
        execute(eventOver);
        assertThat(instance).isWaitingAt("Event_DayAfterEvent");
        Job askOn = timer(instance, "Event_DayAfterEvent");
        assertThat(askOn.getDuedate()).isEqualTo(Date.from(ASK_ON));
        execute(askOn);
        runJobs(instance);
        assertThat(instance).isWaitingAt("Task_AwaitReport");
        giveReport(instance);
        assertThat(instance)
                .isEnded()
                .hasPassedInOrder(
                        "Task_SendAcknowledgement",
                        "Task_CheckEligibility",
                        "Task_SendEligibleMail",
                        "Task_PlanAccompaniment",
                        "Task_SendAccompanimentPlanMail",
                        "Task_MatchPartners",
                        "Task_IntroducePartnerToHolder",
                        "Task_IntroduceHolderToPartner",
                        "Event_ForumHeld",
                        "Task_PrepareProgrammeEntry",
                        "Task_SendProgrammeEntryToConfirm",
                        "Task_AwaitEntryConfirmation",
                        "Task_PublishToCalendar",
                        "Task_SendPublishedMail",
                        "Task_AskForReport",
                        "Task_AwaitReport",
                        "EndEvent_ProposalPublished");
        assertThat(statuses)
                .containsExactly(
                        "ELIGIBILITY_CHECK",
                        "ACCOMPANIMENT",
                        "MATCHING",
                        "AWAITING_FORUM",
                        "PROGRAMME_ENTRY",
                        "PUBLISHED");
        assertThat(mail.templates)
                .containsExactly(
                        "acknowledgement",
                        "eligible",
                        "accompaniment-plan",
                        "partner-introduction",
                        "partner-introduction",
                        "programme-entry",
                        "published",
                        "report-request");
        assertThat(mail.recipients)
                .containsExactly(PROPOSAL, PROPOSAL, PROPOSAL, PROPOSAL, PARTNER, PROPOSAL, PROPOSAL, PROPOSAL);
        endedAs("PROGRAMMED");
    }

    /** The holder gives the report on their tracking page, or the team for them on the case page. */
    void giveReport(ProcessInstance instance) {
        runtimeService()
                .createMessageCorrelation(ProcessVariables.MESSAGE_EVENT_REPORT_GIVEN)
                .processInstanceId(instance.getId())
                .correlate();
    }

    /** A proposal on the programme whose event is over: the day after its last session, the holder is asked. */
    ProcessInstance askedForTheReport() {
        ProcessInstance instance = fundingClosedAndBefore("Event_DayAfterEvent");
        Job askOn = timer(instance, "Event_DayAfterEvent");
        assertThat(askOn.getDuedate()).isEqualTo(Date.from(ASK_ON));
        ClockUtil.setCurrentTime(askOn.getDuedate());
        execute(askOn);
        runJobs(instance);
        assertThat(instance).isWaitingAt("Task_AwaitReport").hasPassed("Task_AskForReport");
        return instance;
    }

    @Test
    void aReportNotGivenIsRemindedAWeekLaterThenGiven() {
        ProcessInstance instance = askedForTheReport();
        Job reminder = timer(instance, "BoundaryEvent_ReportReminderDue");
        assertThat(reminder.getDuedate()).isEqualTo(Date.from(ASK_ON.plus(Duration.ofDays(7))));
        ClockUtil.setCurrentTime(reminder.getDuedate());
        execute(reminder);
        runJobs(instance);
        assertThat(instance).isWaitingAt("Task_AwaitReport").hasPassed("EndEvent_ReportReminded");

        giveReport(instance);
        assertThat(instance)
                .isEnded()
                .hasPassedInOrder("Task_AskForReport", "Task_RemindReport", "EndEvent_ProposalPublished")
                .hasNotPassed("Task_EnterReport");
        assertThat(mail.templates).containsExactly("report-request", "report-reminder");
        endedAs("PROGRAMMED");
    }

    /** Two weeks without a report: the follow-up person enters it for the holder. */
    ProcessInstance reportOverdue() {
        ProcessInstance instance = askedForTheReport();
        execute(timer(instance, "BoundaryEvent_ReportReminderDue"));
        runJobs(instance);
        Job overdue = timer(instance, "BoundaryEvent_ReportOverdue");
        assertThat(overdue.getDuedate()).isEqualTo(Date.from(ASK_ON.plus(Duration.ofDays(14))));
        ClockUtil.setCurrentTime(overdue.getDuedate());
        execute(overdue);
        assertThat(instance).isWaitingAt("Task_EnterReport");
        assertThat(task(instance)).isAssignedTo("reviewer1");
        return instance;
    }

    @Test
    void aReportNeverGivenIsEnteredByTheFollowUpPerson() {
        ProcessInstance instance = reportOverdue();
        complete(task(instance));
        assertThat(instance)
                .isEnded()
                .hasPassedInOrder("Task_RemindReport", "Task_EnterReport", "EndEvent_ReportReceived")
                .hasNotPassed("BoundaryEvent_ReportGivenLate");
        assertThat(mail.templates).containsExactly("report-request", "report-reminder");
        endedAs("PROGRAMMED");
    }

    @Test
    void aReportTheHolderGivesLateEndsTheFollowUpPersonsTask() {
        ProcessInstance instance = reportOverdue();
        giveReport(instance);
        assertThat(instance).isEnded().hasPassed("BoundaryEvent_ReportGivenLate", "EndEvent_ReportReceived");
        assertThat(BpmnAwareTests.taskQuery()
                        .processInstanceId(instance.getId())
                        .count())
                .as("the follow-up person's task is gone")
                .isZero();
        endedAs("PROGRAMMED");
    }

    @Test
    void aReportGivenBeforeItIsAskedIsNotAskedAgain() {
        when(eventReports.given(PROPOSAL)).thenReturn(true);
        ProcessInstance instance = fundingClosedAndBefore("Event_DayAfterEvent");
        execute(timer(instance, "Event_DayAfterEvent"));
        runJobs(instance);
        assertThat(instance).isEnded().hasNotPassed("Task_AskForReport");
        assertThat(mail.templates).isEmpty();
        endedAs("PROGRAMMED");
    }

    /** The holder's answer to the entry they were sent: no correction (null) confirms it. */
    void reviewEntry(ProcessInstance instance, String correction) {
        Map<String, Object> variables = new HashMap<>();
        variables.put(ProcessVariables.ENTRY_CORRECTION, correction);
        runtimeService()
                .createMessageCorrelation(ProcessVariables.MESSAGE_PROGRAMME_ENTRY_REVIEWED)
                .processInstanceId(instance.getId())
                .setVariables(variables)
                .correlate();
    }

    /**
     * A proposal past « Accompagnement et financement » whose funding phase is over (a call that funds nothing): its
     * token waits at « Tout est clos » for the case's other branch, placed before {@code activity}.
     */
    ProcessInstance fundingClosedAndBefore(String activity) {
        return startedBefore(activity, "Gateway_CaseDone");
    }

    /** A proposal placed directly before a step, or several, as Cockpit's modification would. */
    ProcessInstance startedBefore(String activity, String... others) {
        ProcessInstantiationBuilder start = runtimeService()
                .createProcessInstanceByKey(ProcessVariables.PROPOSAL_LIFECYCLE)
                .setVariables(Map.of(
                        ProcessVariables.PROPOSAL_ID,
                        PROPOSAL,
                        ProcessVariables.CALL_ID,
                        1L,
                        ProcessVariables.REVIEWER_GROUP,
                        "reviewers",
                        "followUpPerson",
                        "reviewer1",
                        "proposalPriority",
                        50))
                .startBeforeActivity(activity);
        for (String other : others) {
            start.startBeforeActivity(other);
        }
        return start.execute();
    }

    ProcessInstance entryPrepared() {
        ProcessInstance instance = startedBefore("Task_PrepareProgrammeEntry");
        complete(task(instance));
        runJobs(instance);
        return instance;
    }

    @Test
    void aCorrectionTheHolderAsksForGoesBackToTheFollowUpPersonThenToTheHolderAgain() {
        ProcessInstance instance = entryPrepared();
        reviewEntry(instance, "La soirée commence à 21 h, pas 20 h.");
        assertThat(instance).isWaitingAt("Task_PrepareProgrammeEntry");
        assertThat(task(instance)).isAssignedTo("reviewer1");
        complete(task(instance));
        runJobs(instance);
        assertThat(instance).isWaitingAt("Task_AwaitEntryConfirmation").hasNotPassed("Task_PublishToCalendar");
        assertThat(mail.templates).containsExactly("programme-entry", "programme-entry");
    }

    @Test
    void anEntryTheHolderDoesNotAnswerIsPublishedAfterTheDelay() {
        ProcessInstance instance = entryPrepared();
        Job silence = timer(instance, "BoundaryEvent_EntryConfirmationOverdue");
        assertThat(silence.getDuedate()).isEqualTo(Date.from(NOW.plus(Duration.ofDays(7))));
        ClockUtil.setCurrentTime(silence.getDuedate());
        execute(silence);
        runJobs(instance);
        assertThat(instance).isWaitingAt("Event_EventTookPlace").hasPassed("Task_PublishToCalendar");
        assertThat(mail.templates).containsExactly("programme-entry", "published");
    }

    @Test
    void doesNotWaitForAForumThatAlreadyTookPlace() {
        when(callSchedule.forumHeld(1L)).thenReturn(true);
        when(introductions.partnerIdsOf(PROPOSAL)).thenReturn(List.of());
        ProcessInstance instance = eligibleUpToMatching();
        complete(task(instance));
        runJobs(instance);
        assertThat(instance).isWaitingAt("Task_PrepareProgrammeEntry").hasNotPassed("Task_IntroducePartnerToHolder");
    }

    @Test
    void tellsAnIneligibleApplicantWhyOnceACoordinatorConfirmed() {
        ProcessInstance instance =
                decided("eligibilityDecision", "INELIGIBLE", "eligibilityReasons", "Hors territoire");
        assertThat(instance).isWaitingAt("Task_ConfirmIneligibility");
        assertThat(task(instance)).hasCandidateGroup("coordinators");
        assertThat(mail.templates).containsExactly("acknowledgement");

        complete(task(instance), withVariables("ineligibilityConfirmed", true));
        runJobs(instance);
        assertThat(instance).isEnded().hasPassed("EndEvent_ProposalIneligible");
        assertThat(statuses).containsExactly("ELIGIBILITY_CHECK", "INELIGIBLE");
        endedAs("UNSUCCESSFUL");
        assertThat(mail.templates).containsExactly("acknowledgement", "ineligible");
    }

    @Test
    void aRejectionTheCoordinatorDoesNotConfirmGoesBackToTheCheck() {
        ProcessInstance instance = decided("eligibilityDecision", "INELIGIBLE");
        complete(task(instance), withVariables("ineligibilityConfirmed", false));
        runJobs(instance);
        assertThat(instance).isWaitingAt("Task_CheckEligibility");
        assertThat(assessments).hasSize(2);
        assertThat(statuses).containsExactly("ELIGIBILITY_CHECK", "ELIGIBILITY_CHECK");
        assertThat(mail.templates).containsExactly("acknowledgement");
    }

    @Test
    void asksForMissingInformationAndChecksAgainWhenTheAnswerArrives() {
        ProcessInstance instance = decided("eligibilityDecision", "INCOMPLETE", "missingInformation", "Dates ?");
        assertThat(instance).isWaitingAt("Task_AwaitApplicantAnswer");

        runtimeService()
                .createMessageCorrelation(ProcessVariables.MESSAGE_INFORMATION_PROVIDED)
                .processInstanceId(instance.getId())
                .correlate();
        // The rules run in a job of their own: the answer is kept even if they fail.
        assertThat(instance).isWaitingAt("Task_AssessEligibilityCriteria");
        runJobs(instance);
        assertThat(instance).isWaitingAt("Task_CheckEligibility");
        assertThat(assessments)
                .as("the rules run again on the completed proposal")
                .hasSize(2);
        assertThat(statuses).containsExactly("ELIGIBILITY_CHECK", "INFORMATION_REQUESTED", "ELIGIBILITY_CHECK");
        assertThat(mail.templates).containsExactly("acknowledgement", "information-request");
    }

    @Test
    void remindsAfterTheConfiguredDelayThenClosesWithoutAnAnswer() {
        ProcessInstance instance = decided("eligibilityDecision", "INCOMPLETE", "missingInformation", "Dates ?");

        Job reminder = timer(instance, "BoundaryEvent_AnswerReminderDue");
        assertThat(reminder.getDuedate()).isEqualTo(Date.from(NOW.plus(Duration.ofDays(7))));
        ClockUtil.setCurrentTime(reminder.getDuedate());
        execute(reminder);
        runJobs(instance);
        assertThat(instance).isWaitingAt("Task_AwaitApplicantAnswer").hasPassed("EndEvent_ReminderSent");

        Job closing = timer(instance, "BoundaryEvent_AnswerOverdue");
        assertThat(closing.getDuedate()).isEqualTo(Date.from(NOW.plus(Duration.ofDays(21))));
        ClockUtil.setCurrentTime(closing.getDuedate());
        execute(closing);
        runJobs(instance);
        assertThat(instance).isEnded().hasPassed("EndEvent_ProposalClosedWithoutAnswer");
        assertThat(statuses).containsExactly("ELIGIBILITY_CHECK", "INFORMATION_REQUESTED", "CLOSED_WITHOUT_ANSWER");
        endedAs("UNSUCCESSFUL");
        assertThat(mail.templates)
                .containsExactly(
                        "acknowledgement", "information-request", "information-reminder", "closed-without-answer");
    }

    /** The end event reached gave the case this retention class, once. */
    void endedAs(String retentionClass) {
        Mockito.verify(retention).end(ArgumentMatchers.any(), ArgumentMatchers.eq(retentionClass));
        Mockito.verify(retention).getOpenCaseCycle();
        Mockito.verifyNoMoreInteractions(retention);
    }

    @Test
    void aCaseStillOpenAfterTheLimitComesBeforeTheCoordinatorsAndGoesOn() {
        ProcessInstance instance = submit();
        runJobs(instance);
        Job limit = timer(instance, "StartEvent_OpenLimitReached");
        assertThat(limit.getDuedate())
                .isEqualTo(Date.from(NOW.atZone(ZoneOffset.UTC).plusMonths(18).toInstant()));
        ClockUtil.setCurrentTime(limit.getDuedate());
        execute(limit);
        Task review = BpmnAwareTests.taskService()
                .createTaskQuery()
                .processInstanceId(instance.getId())
                .taskDefinitionKey("Task_ReviewLongOpenCase")
                .singleResult();
        assertThat(review).isNotNull();
        assertThat(BpmnAwareTests.taskService().getIdentityLinksForTask(review.getId()))
                .anyMatch(link -> "coordinators".equals(link.getGroupId()));
        complete(review, withVariables(ProcessVariables.CONTINUATION_REASON, "Attend la mairie."));
        assertThat(instance).isWaitingAt("Task_CheckEligibility").hasPassed("EndEvent_CaseCarriedOn");
        assertThat(timer(instance, "StartEvent_OpenLimitReached"))
                .as("asked again a period later")
                .isNotNull();
    }

    Job timer(ProcessInstance instance, String activityId) {
        return managementService()
                .createJobQuery()
                .processInstanceId(instance.getId())
                .timers()
                .activityId(activityId)
                .singleResult();
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "Task_CheckEligibility",
                "Task_ConfirmIneligibility",
                "Task_AwaitApplicantAnswer",
                "Task_PlanAccompaniment",
                "Task_MatchPartners",
                "Event_ForumHeld",
                "Task_PrepareProgrammeEntry",
                "Task_AwaitEntryConfirmation",
                "Event_EventTookPlace",
                "Task_AwaitReport"
            })
    void withdrawsAtEveryStage(String stage) {
        ProcessInstance instance = startedBefore(stage);
        assertThat(instance).isWaitingAt(stage);

        runtimeService()
                .createMessageCorrelation(ProcessVariables.MESSAGE_PROPOSAL_WITHDRAWN)
                .processInstanceId(instance.getId())
                .correlate();
        runJobs(instance);

        assertThat(instance)
                .isEnded()
                .hasPassedInOrder("Task_CancelCalendarEntry", "Task_SendWithdrawalMail", "EndEvent_ProposalWithdrawn");
        assertThat(mail.templates).containsExactly("withdrawn");
        assertThat(statuses).endsWith("WITHDRAWN");
        endedAs("UNSUCCESSFUL");
    }

    @Test
    void aMailThatKeepsFailingBecomesAnIncidentAfterItsRetries() {
        mail.smtpDown = true;
        ProcessInstance instance = submit();
        Job sending = managementService()
                .createJobQuery()
                .processInstanceId(instance.getId())
                .messages()
                .singleResult();
        for (int attempt = 0; attempt < 5; attempt++) {
            Job current =
                    managementService().createJobQuery().jobId(sending.getId()).singleResult();
            assertThat(current.getRetries()).isEqualTo(5 - attempt);
            try {
                managementService().executeJob(current.getId());
            } catch (IllegalStateException | ProcessEngineException expected) {
                // the job's failure is recorded and its retries decremented
            }
        }
        assertThat(managementService()
                        .createJobQuery()
                        .jobId(sending.getId())
                        .singleResult()
                        .getRetries())
                .isZero();
        assertThat(runtimeService()
                        .createIncidentQuery()
                        .processInstanceId(instance.getId())
                        .singleResult())
                .satisfies(incident -> assertThat(incident.getActivityId()).isEqualTo("Task_SendAcknowledgement"));

        // An administrator fixes SMTP and retries from Cockpit: the mail leaves once.
        mail.smtpDown = false;
        managementService().setJobRetries(sending.getId(), 1);
        runJobs(instance);
        assertThat(instance).isWaitingAt("Task_CheckEligibility");
        assertThat(mail.templates).containsExactly("acknowledgement");
    }

    /** A proposal found eligible in a call with a jury of two experts per proposal, its two seats drawn. */
    ProcessInstance beforeTheJury() {
        when(seats.byJury(ArgumentMatchers.any())).thenReturn(true);
        ProcessInstance instance = submit();
        runJobs(instance);
        complete(task(instance), withVariables("eligibilityDecision", "ELIGIBLE"));
        runJobs(instance);
        assertThat(statuses).containsExactly("ELIGIBILITY_CHECK", "SELECTION");
        return instance;
    }

    Task taskOf(ProcessInstance instance, String activityId, String expert) {
        return BpmnAwareTests.taskQuery()
                .processInstanceId(instance.getId())
                .taskDefinitionKey(activityId)
                .taskAssignee(expert)
                .singleResult();
    }

    void committeeDecides(ProcessInstance instance, String outcome) {
        runtimeService()
                .createMessageCorrelation("CommitteeDecided")
                .processInstanceId(instance.getId())
                .setVariable("selectionOutcome", outcome)
                .correlate();
        runJobs(instance);
    }

    @Test
    void anExpertWhoDeclaresAConflictIsReplacedThenTheCommitteeSelects() {
        ProcessInstance instance = beforeTheJury();
        assertThat(draws).hasSize(2);
        when(seats.withdrew(1L)).thenReturn(true);
        complete(taskOf(instance, "Task_DeclareInterests", "expert1"));
        runJobs(instance);
        // The seat drew again: the third expert declares, then scores, as does the second.
        assertThat(draws).hasSize(3);
        complete(taskOf(instance, "Task_DeclareInterests", "expert3"));
        complete(taskOf(instance, "Task_DeclareInterests", "expert2"));
        assertThat(taskOf(instance, "Task_ScoreProposal", "expert3").getDueDate())
                .isEqualTo(Date.from(NOW.plus(Duration.ofDays(14))));
        complete(taskOf(instance, "Task_ScoreProposal", "expert3"));
        complete(taskOf(instance, "Task_ScoreProposal", "expert2"));
        runJobs(instance);
        assertThat(instance).hasPassed("Task_AggregateScores").isWaitingAt("Task_AwaitCommitteeDecision");

        committeeDecides(instance, "SELECTED");
        assertThat(instance).isWaitingAt("Task_PlanAccompaniment");
        assertThat(mail.templates).containsExactly("acknowledgement", "selection-decision", "eligible");
        assertThat(statuses).containsExactly("ELIGIBILITY_CHECK", "SELECTION", "ACCOMPANIMENT");
    }

    @Test
    void aMissingScoreIsRemindedThenEscalatedAndTheSeatGoesToAnotherExpert() {
        ProcessInstance instance = beforeTheJury();
        complete(taskOf(instance, "Task_DeclareInterests", "expert1"));
        complete(taskOf(instance, "Task_DeclareInterests", "expert2"));
        complete(taskOf(instance, "Task_ScoreProposal", "expert2"));

        execute(timer(instance, "Event_ScoreDue"));
        runJobs(instance);
        assertThat(instance).hasPassed("Task_RemindExpert");
        assertThat(taskOf(instance, "Task_ScoreProposal", "expert1")).isNotNull();

        execute(timer(instance, "Event_ScoreOverdue"));
        assertThat(instance).isWaitingAt("Task_HandleMissingScore");
        assertThat(task("Task_HandleMissingScore", instance)).hasCandidateGroup("coordinators");
        when(seats.replaced(1L)).thenReturn(true);
        complete(task("Task_HandleMissingScore", instance));
        runJobs(instance);
        assertThat(draws).hasSize(3);
        complete(taskOf(instance, "Task_DeclareInterests", "expert3"));
        complete(taskOf(instance, "Task_ScoreProposal", "expert3"));
        runJobs(instance);
        assertThat(instance).isWaitingAt("Task_AwaitCommitteeDecision");
    }

    @Test
    void aCoordinatorReplacesOneSeatsExpertAndTheOtherSeatGoesWithoutItsScore() {
        ProcessInstance instance = beforeTheJury();
        // The replacement reaches the seat of assignment 2 only.
        runtimeService()
                .createMessageCorrelation("ExpertReplaced")
                .processInstanceId(instance.getId())
                .localVariableEquals("assignmentId", 2L)
                .correlate();
        runJobs(instance);
        assertThat(draws).hasSize(3);
        assertThat(taskOf(instance, "Task_DeclareInterests", "expert1")).isNotNull();
        assertThat(taskOf(instance, "Task_DeclareInterests", "expert2")).isNull();
        complete(taskOf(instance, "Task_DeclareInterests", "expert3"));
        complete(taskOf(instance, "Task_ScoreProposal", "expert3"));
        complete(taskOf(instance, "Task_DeclareInterests", "expert1"));
        execute(timer(instance, "Event_ScoreOverdue"));
        complete(task("Task_HandleMissingScore", instance));
        runJobs(instance);
        assertThat(instance).isWaitingAt("Task_AwaitCommitteeDecision");

        committeeDecides(instance, "NOT_SELECTED");
        assertThat(instance).isEnded().hasPassed("EndEvent_ProposalNotSelected");
        assertThat(statuses).containsExactly("ELIGIBILITY_CHECK", "SELECTION", "NOT_SELECTED");
        assertThat(mail.templates).containsExactly("acknowledgement", "selection-decision");
        endedAs("UNSUCCESSFUL");
    }

    @Test
    void aProposalOnTheWaitingListMovesUpWhenAPlaceFrees() {
        ProcessInstance instance = beforeTheJury();
        for (String expert : List.of("expert1", "expert2")) {
            complete(taskOf(instance, "Task_DeclareInterests", expert));
            complete(taskOf(instance, "Task_ScoreProposal", expert));
        }
        runJobs(instance);
        committeeDecides(instance, "WAITING_LIST");
        assertThat(instance).isWaitingAt("Task_AwaitPlace");
        assertThat(statuses).containsExactly("ELIGIBILITY_CHECK", "SELECTION", "WAITING_LIST");

        runtimeService()
                .createMessageCorrelation("WaitingListMovedUp")
                .processInstanceId(instance.getId())
                .setVariable("selectionOutcome", "SELECTED")
                .correlate();
        runJobs(instance);
        assertThat(instance).isWaitingAt("Task_PlanAccompaniment");
        assertThat(mail.templates)
                .containsExactly("acknowledgement", "selection-decision", "selection-moved-up", "eligible");
    }

    /** Two obligations after selection: an article due a week before the event, a photo due the day after it. */
    static final long ARTICLE = 31L;

    static final long PHOTO = 32L;
    /** Their due days at 9:00 in Paris, and a week later. */
    static final Instant ARTICLE_DUE = Instant.parse("2027-10-05T07:00:00Z");

    static final Instant PHOTO_DUE = ASK_ON;

    /** A proposal whose entry was just published, with the article and the photo owed. */
    ProcessInstance publishedWithObligations() {
        when(obligations.awaitedBy(PROPOSAL)).thenReturn(List.of(ARTICLE, PHOTO));
        when(obligations.remindOn(ARTICLE)).thenReturn(Date.from(ARTICLE_DUE));
        when(obligations.lateOn(ARTICLE)).thenReturn(Date.from(ARTICLE_DUE.plus(Duration.ofDays(7))));
        when(obligations.remindOn(PHOTO)).thenReturn(Date.from(PHOTO_DUE));
        when(obligations.lateOn(PHOTO)).thenReturn(Date.from(PHOTO_DUE.plus(Duration.ofDays(7))));
        when(obligations.remindsNow(ArgumentMatchers.anyLong())).thenReturn(true);
        ProcessInstance instance = fundingClosedAndBefore("SubProcess_AfterPublication");
        assertThat(instance).isWaitingAt("Task_AwaitEvidence", "Event_EventTookPlace");
        assertThat(managementService()
                        .createJobQuery()
                        .processInstanceId(instance.getId())
                        .timers()
                        .activityId(ProcessVariables.TIMER_OBLIGATION_DUE)
                        .list())
                .extracting(Job::getDuedate)
                .containsExactlyInAnyOrder(Date.from(ARTICLE_DUE), Date.from(PHOTO_DUE));
        return instance;
    }

    /** The evidence of one obligation given, as Obligations.meet tells the lifecycle: on its wait's own variable. */
    void met(ProcessInstance instance, long obligation) {
        runtimeService()
                .createMessageCorrelation(ProcessVariables.MESSAGE_OBLIGATION_MET)
                .processInstanceId(instance.getId())
                .localVariableEquals(ProcessVariables.OBLIGATION_ID, obligation)
                .correlate();
    }

    /** Fires the timer at {@code activityId} due first at its due time, then the jobs it made. */
    void ring(ProcessInstance instance, String activityId) {
        Job timer = managementService()
                .createJobQuery()
                .processInstanceId(instance.getId())
                .timers()
                .activityId(activityId)
                .orderByJobDuedate()
                .asc()
                .listPage(0, 1)
                .get(0);
        ClockUtil.setCurrentTime(timer.getDuedate());
        execute(timer);
        runJobs(instance);
    }

    @Test
    void anObligationMetBeforeItsDueDayLeavesTheOtherOneWaiting() {
        ProcessInstance instance = publishedWithObligations();
        met(instance, PHOTO);
        assertThat(runtimeService()
                        .createExecutionQuery()
                        .processInstanceId(instance.getId())
                        .activityId("Task_AwaitEvidence")
                        .list())
                .as("only the article is still awaited")
                .singleElement()
                .satisfies(waiting -> assertThat(runtimeService().getVariable(waiting.getId(), "obligationId"))
                        .isEqualTo(ARTICLE));
        assertThat(instance).hasPassed("EndEvent_ObligationMet").hasNotPassed("Task_RemindHolder");
        assertThat(mail.templates).isEmpty();
    }

    @Test
    void anObligationUnmetOnItsDueDayRemindsTheHolderAndAWeekLaterTheFollowUpPerson() {
        ProcessInstance instance = publishedWithObligations();
        ring(instance, ProcessVariables.TIMER_OBLIGATION_DUE);
        assertThat(instance).hasPassedInOrder("Task_RemindHolder", "EndEvent_HolderReminded");
        assertThat(mail.templates).containsExactly("obligation-reminder");
        assertThat(mail.recipients).containsExactly(PROPOSAL);

        ring(instance, ProcessVariables.TIMER_OBLIGATION_LATE);
        assertThat(instance).hasPassed("Task_TellFollowUpPerson", "EndEvent_FollowUpPersonTold");
        assertThat(followUpsTold).containsExactly(ARTICLE);
        assertThat(instance).isWaitingAt("Task_AwaitEvidence", "Event_EventTookPlace");
    }

    @Test
    void anObligationDueWithAnEarlierOneLeavesTheReminderToIt() {
        ProcessInstance instance = publishedWithObligations();
        when(obligations.remindsNow(ARTICLE)).thenReturn(false);
        ring(instance, ProcessVariables.TIMER_OBLIGATION_DUE);
        assertThat(instance).hasPassed("EndEvent_NoReminder").hasNotPassed("Task_RemindHolder");
        assertThat(mail.templates).isEmpty();
    }

    @Test
    void theCaseEndsOnceTheReportIsInAndEveryObligationSettled() {
        ProcessInstance instance = publishedWithObligations();
        ring(instance, ProcessVariables.TIMER_OBLIGATION_DUE);
        met(instance, ARTICLE);
        execute(timer(instance, "Event_EventTookPlace"));
        ring(instance, "Event_DayAfterEvent");
        giveReport(instance);
        assertThat(instance)
                .as("the photo is still owed")
                .isWaitingAt("Task_AwaitEvidence")
                .hasPassed("EndEvent_EventReported");
        met(instance, PHOTO);
        assertThat(instance).isEnded().hasPassed("EndEvent_ObligationsSettled", "EndEvent_ProposalPublished");
        assertThat(mail.templates).containsExactly("obligation-reminder", "report-request");
        endedAs("PROGRAMMED");
    }

    @Test
    void aLabelWithdrawnAfterPublicationIsToldToTheHolderAndThePhaseGoesOn() {
        ProcessInstance instance = startedBefore("SubProcess_AfterPublication");
        assertThat(instance).isWaitingAt("Event_EventTookPlace");
        runtimeService()
                .createMessageCorrelation(ProcessVariables.MESSAGE_LABEL_WITHDRAWN)
                .processInstanceId(instance.getId())
                .correlateAllWithResult();
        runJobs(instance);
        assertThat(instance)
                .hasPassedInOrder(
                        "StartEvent_LabelWithdrawn", "Task_SendLabelWithdrawnMail", "EndEvent_LabelWithdrawalTold")
                .isWaitingAt("Event_EventTookPlace");
        assertThat(mail.templates).containsExactly("label-withdrawn");
        assertThat(mail.recipients).containsExactly(PROPOSAL);
    }

    /**
     * The model's questions to the funding beans (fundingAwards, fundingPayments, fundingReports), answered as a test
     * sets them: the engine calls these methods by name.
     */
    public static class FundingFacts {
        boolean funds;
        boolean agreement;
        boolean advance = true;
        boolean balance = true;
        boolean acceptedAlready;

        public boolean funds(Object callId) {
            return funds;
        }

        public boolean needsAgreement(Object proposalId) {
            return agreement;
        }

        public boolean accepted(Object proposalId) {
            return acceptedAlready;
        }

        public boolean advanceDue(Object proposalId) {
            return advance;
        }

        public boolean balanceDue(Object proposalId) {
            return balance;
        }

        /** The project ends with its event; its report is asked the day after, due six months later. */
        /** The project's follow-up person reviews its final report. */
        public String reviewerOf(Object proposalId) {
            return "reviewer1";
        }

        public Date askOn(Object proposalId) {
            return Date.from(ASK_ON);
        }

        public Date dueOn(Object proposalId) {
            return Date.from(FINAL_REPORT_DUE);
        }

        public Date lateOn(Object proposalId) {
            return Date.from(FINAL_REPORT_DUE.plus(Duration.ofDays(30)));
        }
    }

    static final Instant FINAL_REPORT_DUE = Instant.parse("2028-04-13T07:00:00Z");

    /** A proposal of a funding call just selected: its funding phase waits for the award. */
    ProcessInstance awaitingTheAward() {
        awards.funds = true;
        ProcessInstance instance = startedBefore("SubProcess_Funding");
        assertThat(instance).isWaitingAt("Task_AwaitAward");
        return instance;
    }

    void decide(ProcessInstance instance, boolean awarded) {
        runtimeService()
                .createMessageCorrelation(ProcessVariables.MESSAGE_FUNDING_DECIDED)
                .processInstanceId(instance.getId())
                .setVariable(ProcessVariables.FUNDING_AWARDED, awarded)
                .correlate();
        runJobs(instance);
    }

    void message(ProcessInstance instance, String name) {
        runtimeService()
                .createMessageCorrelation(name)
                .processInstanceId(instance.getId())
                .correlate();
        runJobs(instance);
    }

    /** The finance department confirms the payment its task asks for. */
    void confirmPayment(ProcessInstance instance, String step) {
        Task task = task(step, instance);
        assertThat(BpmnAwareTests.taskService().getIdentityLinksForTask(task.getId()))
                .anyMatch(link -> "finance".equals(link.getGroupId()));
        complete(task);
        runJobs(instance);
    }

    /** The project over: its final report asked, then given. */
    void finalReportGiven(ProcessInstance instance) {
        Job ended = timer(instance, ProcessVariables.TIMER_PROJECT_ENDED);
        assertThat(ended.getDuedate()).isEqualTo(Date.from(ASK_ON));
        execute(ended);
        runJobs(instance);
        assertThat(instance).isWaitingAt("Task_AwaitFinalReport");
        message(instance, ProcessVariables.MESSAGE_FINAL_REPORT_GIVEN);
        assertThat(instance).isWaitingAt("Task_ReviewFinalReport");
    }

    void review(ProcessInstance instance, boolean approved) {
        complete(
                task("Task_ReviewFinalReport", instance),
                withVariables(ProcessVariables.FINAL_REPORT_APPROVED, approved));
        runJobs(instance);
    }

    @Test
    void aFundedProjectSignsLateIsPaidItsAdvanceSendsItsReportTwiceThenItsBalance() {
        awards.agreement = true;
        ProcessInstance instance = awaitingTheAward();
        decide(instance, true);
        assertThat(instance).isWaitingAt("Task_AwaitAgreement");
        // A week without an answer: reminded, and still awaited.
        Job reminder = timer(instance, "BoundaryEvent_AgreementReminderDue");
        assertThat(reminder.getDuedate()).isEqualTo(Date.from(NOW.plus(Duration.ofDays(7))));
        ClockUtil.setCurrentTime(reminder.getDuedate());
        execute(reminder);
        runJobs(instance);
        assertThat(instance).isWaitingAt("Task_AwaitAgreement").hasPassed("EndEvent_AgreementReminded");
        message(instance, ProcessVariables.MESSAGE_AGREEMENT_ACCEPTED);

        confirmPayment(instance, "Task_ConfirmAdvance");
        finalReportGiven(instance);
        review(instance, false);
        assertThat(instance).isWaitingAt("Task_AwaitFinalReport").hasPassed("Task_SendReportBack");
        message(instance, ProcessVariables.MESSAGE_FINAL_REPORT_GIVEN);
        review(instance, true);
        confirmPayment(instance, "Task_ConfirmBalance");

        assertThat(instance)
                .hasPassedInOrder(
                        "Task_SendAwardMail",
                        "Task_SendAgreement",
                        "Task_RemindAgreement",
                        "Task_ConfirmAdvance",
                        "Task_AskFinalReport",
                        "Task_SendReportBack",
                        "Task_ConfirmBalance",
                        "EndEvent_FundingSettled");
        assertThat(mail.templates)
                .containsExactly(
                        "funding-award",
                        "funding-agreement",
                        "funding-agreement-reminder",
                        "final-report-request",
                        "final-report-sent-back");
        assertThat(paid).containsExactly("ADVANCE", "BALANCE");
    }

    @Test
    void anAgreementAcceptedBeforeTheWaitIsNotAwaited() {
        awards.agreement = true;
        awards.acceptedAlready = true;
        ProcessInstance instance = awaitingTheAward();
        decide(instance, true);
        assertThat(instance)
                .isWaitingAt("Task_ConfirmAdvance")
                .hasPassed("Task_SendAgreement", "Gateway_AgreementAccepted")
                .hasNotPassed("Task_AwaitAgreement");
    }

    @Test
    void aSubsidyRefusedIsToldAndTheFundingPhaseEnds() {
        ProcessInstance instance = awaitingTheAward();
        decide(instance, false);
        assertThat(instance)
                .hasPassed("Task_SendNoAwardMail", "EndEvent_NotAwarded")
                .hasNotPassed("Task_SendAwardMail");
        assertThat(mail.templates).containsExactly("funding-refused");
    }

    @Test
    void aSmallAwardWithoutAdvanceWhoseExpensesLeaveNothingToPayEndsWithoutThePayments() {
        awards.advance = false;
        awards.balance = false;
        ProcessInstance instance = awaitingTheAward();
        decide(instance, true);
        assertThat(instance).isWaitingAt("Event_ProjectEnded").hasNotPassed("Task_SendAgreement");
        finalReportGiven(instance);
        review(instance, true);
        assertThat(instance)
                .hasPassed("EndEvent_NothingLeftToPay")
                .hasNotPassed("Task_ConfirmAdvance", "Task_ConfirmBalance");
        assertThat(paid).isEmpty();
    }

    @Test
    void aFinalReportNotGivenIsRemindedOnItsDueDayAndTheFollowUpPersonToldAMonthLater() {
        awards.advance = false;
        ProcessInstance instance = awaitingTheAward();
        decide(instance, true);
        execute(timer(instance, ProcessVariables.TIMER_PROJECT_ENDED));
        runJobs(instance);
        Job due = timer(instance, ProcessVariables.TIMER_FINAL_REPORT_DUE);
        assertThat(due.getDuedate()).isEqualTo(Date.from(FINAL_REPORT_DUE));
        execute(due);
        runJobs(instance);
        execute(timer(instance, ProcessVariables.TIMER_FINAL_REPORT_LATE));
        runJobs(instance);
        assertThat(instance)
                .isWaitingAt("Task_AwaitFinalReport")
                .hasPassed("EndEvent_FinalReportReminded", "EndEvent_FinalReportLateTold");
        assertThat(mail.templates).containsExactly("funding-award", "final-report-request", "final-report-reminder");
        assertThat(followUpsTold).containsExactly("final-report");
    }

    @Test
    void aFundedProjectWithdrawnAfterItsAdvanceHasTheAdvanceFlaggedToRecover() {
        ProcessInstance instance = awaitingTheAward();
        decide(instance, true);
        confirmPayment(instance, "Task_ConfirmAdvance");
        runtimeService()
                .createMessageCorrelation(ProcessVariables.MESSAGE_PROPOSAL_WITHDRAWN)
                .processInstanceId(instance.getId())
                .correlate();
        runJobs(instance);
        assertThat(instance)
                .isEnded()
                .hasPassedInOrder("Task_ConfirmAdvance", "Task_FlagAdvanceToRecover", "EndEvent_ProposalWithdrawn");
        assertThat(flagged).containsExactly(PROPOSAL);
    }
}
