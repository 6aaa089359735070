package org.constellation.workflow;

/**
 * Names shared by the BPMN models, the forms and the Java code. Variables carry ids and non-personal facts only;
 * contact details are listed here because the staff start form submits them once (see PersonalDataHistoryPlugin).
 */
public final class ProcessVariables {

    public static final String PROPOSAL_LIFECYCLE = "proposal-lifecycle";
    public static final String CALL_LIFECYCLE = "call-lifecycle";
    public static final String TRACKING_LINK = "tracking-link";

    public static final String PROPOSAL_ID = "proposalId";
    public static final String CALL_ID = "callId";
    /** Non-personal facts the forms show and task names carry. */
    public static final String PROPOSAL_REFERENCE = "proposalReference";

    public static final String PROPOSAL_TITLE = "proposalTitle";
    public static final String CALL_TITLE = "callTitle";
    /** Every answer of the proposal in the form's words, contact details left out (ProposalSheet). */
    public static final String PROPOSAL_SHEET = "proposalSheet";
    /** The candidate group of a proposal's review tasks: its call's reviewers. */
    public static final String REVIEWER_GROUP = "reviewerGroup";

    /** The priority the priority table gives a proposal (0 to 100), which orders the review tasks. */
    public static final String PROPOSAL_PRIORITY = "proposalPriority";
    /** The reviewer's decision at the eligibility check (an EligibilityOutcome's name), and its confirmation. */
    public static final String ELIGIBILITY_DECISION = "eligibilityDecision";

    public static final String INELIGIBILITY_CONFIRMED = "ineligibilityConfirmed";
    /** Who follows the proposal during its accompaniment (a user id). */
    public static final String FOLLOW_UP_PERSON = "followUpPerson";
    /** One partner of the introductions, in turn (the multi-instance element variable). */
    public static final String PARTNER_PROPOSAL_ID = "partnerProposalId";

    public static final String CONTACT_NAME = "contactName";
    public static final String CONTACT_EMAIL = "contactEmail";
    public static final String CONTACT_PHONE = "contactPhone";

    public static final String MAIL_TEMPLATE = "mailTemplate";
    /** The committee's decision on a proposal, set by the messages that reach the Sélection phase (issue 30). */
    public static final String SELECTION_OUTCOME = "selectionOutcome";
    /** A seat of the Sélection phase: its expert, and its assignment (local to the seat and to each of its tasks). */
    public static final String EXPERT_ID = "expertId";

    public static final String ASSIGNMENT_ID = "assignmentId";
    /** Which mail the tracking-link process sends: a new tracking link, or a link confirming a withdrawal. */
    public static final String LINK_MAIL = "linkMail";

    public static final String TASK_CHECK_ELIGIBILITY = "Task_CheckEligibility";

    /** The timers that wait on a date a coordinator may change: moved when it changes (WaitingTimers). */
    public static final String TIMER_OPENING = "Event_OpeningDate";

    public static final String TIMER_DEADLINE_REMINDER = "Event_DeadlineReminder";
    public static final String TIMER_DEADLINE = "Event_SubmissionDeadline";
    public static final String TIMER_FORUM_REMINDER = "Event_ForumReminder";
    public static final String TIMER_FORUM_HELD = "Event_ForumTookPlace";
    public static final String TIMER_ANSWER_REMINDER = "BoundaryEvent_AnswerReminderDue";
    public static final String TIMER_ANSWER_OVERDUE = "BoundaryEvent_AnswerOverdue";
    public static final String TIMER_EVENT_PASSED = "Event_EventTookPlace";

    public static final String MESSAGE_INFORMATION_PROVIDED = "InformationProvided";
    public static final String MESSAGE_PROPOSAL_WITHDRAWN = "ProposalWithdrawn";
    public static final String MESSAGE_FORUM_HELD = "ForumHeld";
    /** Where a proposal waits for its call's forum, and the batch that wakes them (on the call's instance). */
    public static final String EVENT_FORUM_HELD = "Event_ForumHeld";

    public static final String FORUM_BATCH_ID = "forumBatchId";
    /** The holder confirmed their programme entry, or asked for a correction (variable ENTRY_CORRECTION). */
    public static final String MESSAGE_PROGRAMME_ENTRY_REVIEWED = "ProgrammeEntryReviewed";

    public static final String ENTRY_CORRECTION = "entryCorrection";
    /** The applicant's answer to a request for information, which the check form shows the reviewer. */
    public static final String APPLICANT_ANSWER = "applicantAnswer";
    /** Why coordinators carry on a case open past the retention's limit (kept in retention_extension too). */
    public static final String CONTINUATION_REASON = "continuationReason";
    /** The holder gave the report of their event (tracking page, or the team for them on the case page). */
    public static final String MESSAGE_EVENT_REPORT_GIVEN = "EventReportGiven";
    /** The holder's words in a report the follow-up person enters for them (kept in event_report). */
    public static final String REPORT_PARTNERS = "reportPartners";

    public static final String REPORT_ACCOUNT = "reportAccount";
    /**
     * The obligation one instance of « Obligation du porteur » waits for (a proposal_obligation id), also its wait's
     * own variable, on which the message finds it.
     */
    public static final String OBLIGATION_ID = "obligationId";
    /** The holder, or the team for them, gave an obligation's evidence. */
    public static final String MESSAGE_OBLIGATION_MET = "ObligationMet";
    /** The obligation's timers, computed from its due date: moved when the event's sessions move it. */
    public static final String TIMER_OBLIGATION_DUE = "BoundaryEvent_ObligationDue";

    public static final String TIMER_OBLIGATION_LATE = "BoundaryEvent_ObligationLate";
    /** A coordinator withdrew the event's label (issue 31): the phase after publication tells the holder. */
    public static final String MESSAGE_LABEL_WITHDRAWN = "LabelWithdrawn";
    /**
     * A coordinator awarded the subsidy or refused it (issue 32), with {@link #FUNDING_AWARDED}: the « Financement »
     * phase notifies the holder and goes on to the agreement and the payments.
     */
    public static final String MESSAGE_FUNDING_DECIDED = "FundingDecided";

    public static final String FUNDING_AWARDED = "fundingAwarded";
    /** The holder accepted the agreement through its link, or the team recorded the signed copy. */
    public static final String MESSAGE_AGREEMENT_ACCEPTED = "AgreementAccepted";
    /** The holder gave the final report on their tracking page. */
    public static final String MESSAGE_FINAL_REPORT_GIVEN = "FinalReportGiven";
    /** The follow-up person's verdict on the final report (« Examiner le rapport final »). */
    public static final String FINAL_REPORT_APPROVED = "finalReportApproved";
    /** Which payment a finance task confirms: ADVANCE or BALANCE, an input of the task. */
    public static final String PAYMENT_KIND = "paymentKind";
    /**
     * Who a finance task pays, the organisation's name and SIRET (a sole trader's name them), while the task shows
     * them; kept out of the engine's history (PersonalDataHistoryPlugin).
     */
    public static final String PAYMENT_BENEFICIARY = "paymentBeneficiary";

    public static final String PAYMENT_SIRET = "paymentSiret";
    /** The holder's words in the final report, while « Examiner le rapport final » shows them (kept in our table). */
    public static final String FINAL_REPORT_ACTIVITY = "finalReportActivity";
    /** The funding phase's timers, computed from the project's end: moved when the programme's sessions move it. */
    public static final String TIMER_PROJECT_ENDED = "Event_ProjectEnded";

    public static final String TIMER_FINAL_REPORT_DUE = "BoundaryEvent_FinalReportDue";

    public static final String TIMER_FINAL_REPORT_LATE = "BoundaryEvent_FinalReportLate";

    private ProcessVariables() {}
}
