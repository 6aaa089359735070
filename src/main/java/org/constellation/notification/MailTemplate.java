package org.constellation.notification;

import java.util.Arrays;
import java.util.List;
import org.constellation.proposal.TrackingToken;

/**
 * The mails; each has templates/mail/{name}.html and a subject under mail.{name}.subject. Applicant mails that ask the
 * applicant to act, or open the follow-up, carry a fresh private tracking link.
 */
public enum MailTemplate {
    ACKNOWLEDGEMENT("acknowledgement", true),
    /** The applicant corrected their proposal before its check: a short receipt, with their link to read it again. */
    CORRECTION_RECEIVED("correction-received", true),
    INFORMATION_REQUEST("information-request", true),
    INFORMATION_REMINDER("information-reminder", true),
    DEADLINE_REMINDER("deadline-reminder", true),
    FORUM_INVITATION("forum-invitation", true),
    FORUM_REMINDER("forum-reminder", true),
    FORUM_SCHEDULE("forum-schedule", true),
    CLOSED_WITHOUT_ANSWER("closed-without-answer", false),
    INELIGIBLE("ineligible", false),
    ELIGIBLE("eligible", false),
    ACCOMPANIMENT_PLAN("accompaniment-plan", false),
    PARTNER_INTRODUCTION("partner-introduction", false),
    PROGRAMME_ENTRY("programme-entry", true),
    /** The selection committee's decision, with its notice attached (issue 30). */
    SELECTION_DECISION("selection-decision", true),
    SELECTION_MOVED_UP("selection-moved-up", true),
    PUBLISHED("published", false),
    /** The day after the event's last session: the holder is asked for its report on their tracking page. */
    REPORT_REQUEST("report-request", true),
    REPORT_REMINDER("report-reminder", true),
    /** The day after a funded project's end: its final report, on the tracking page, due by the call's delay. */
    FINAL_REPORT_REQUEST("final-report-request", true),
    FINAL_REPORT_REMINDER("final-report-reminder", true),
    /** The follow-up person sent the final report back: why, and by when to give it again. */
    FINAL_REPORT_SENT_BACK("final-report-sent-back", true),
    /** On an obligation's due day, the obligations after selection the holder still owes (issue 31, part 2). */
    OBLIGATION_REMINDER("obligation-reminder", true),
    WITHDRAWN("withdrawn", false),
    /** A coordinator withdrew the event's label, the charter broken: why, in their words (issue 31). */
    LABEL_WITHDRAWN("label-withdrawn", false),
    /**
     * A funding call's subsidy awarded (issue 32): its amount, why less than asked, its conditions, what comes next.
     */
    FUNDING_AWARD("funding-award", false),
    /** A funding call's subsidy refused, with the coordinator's reason and how to contest it. */
    FUNDING_REFUSED("funding-refused", false),
    /**
     * A subsidy's agreement (issue 32): its PDF attached, a single-use link to accept it, and the tracking link, where
     * the holder may upload the signed copy instead. Sent again from the tracking page with a new link.
     */
    FUNDING_AGREEMENT("funding-agreement", true),
    /** Each week the agreement waits: the same, with a new link. */
    FUNDING_AGREEMENT_REMINDER("funding-agreement-reminder", true),
    TRACKING_LINK("tracking-link", true),
    /** The single-use link, valid ten minutes, that confirms a withdrawal asked for on the tracking page (WEB-03). */
    WITHDRAWAL_CONFIRMATION("withdrawal-confirmation", false),
    /** A coordinator's message to holders of a call, written once and sent to each in their language's frame. */
    GROUP_MESSAGE("group-message", false),
    /** Two weeks before a case's personal data is erased, with a fresh link to download it first (issue 18). */
    ERASURE_WARNING("erasure-warning", true),
    /** Staff mails, in French like the staff tools, written when queued from the task as it was then. */
    TASK_ASSIGNED("task-assigned", false),
    TASK_OVERDUE("task-overdue", false),
    TASK_DIGEST("task-digest", false),
    /** The coordinators' list of cases whose data goes in two weeks, that they may keep longer. */
    ERASURE_NOTICE("erasure-notice", false),
    /** A week after its due day, an obligation still unmet, to the proposal's follow-up person. */
    OBLIGATION_LATE("obligation-late", false),
    /** A month after its due day, a final report still not given, to the proposal's follow-up person. */
    FINAL_REPORT_LATE("final-report-late", false),
    /** To the finance department: a sum to recover from a funded project (withdrawn, or an advance above its due). */
    ADVANCE_TO_RECOVER("advance-to-recover", false);

    private final String templateName;
    private final boolean carriesTrackingLink;

    MailTemplate(String templateName, boolean carriesTrackingLink) {
        this.templateName = templateName;
        this.carriesTrackingLink = carriesTrackingLink;
    }

    public String templateName() {
        return templateName;
    }

    public boolean carriesTrackingLink() {
        return carriesTrackingLink;
    }

    public boolean isForStaff() {
        return this == TASK_ASSIGNED
                || this == TASK_OVERDUE
                || this == TASK_DIGEST
                || this == ERASURE_NOTICE
                || this == OBLIGATION_LATE
                || this == FINAL_REPORT_LATE
                || this == ADVANCE_TO_RECOVER;
    }

    /** Rendered when queued rather than when sent: staff mails and group messages, written at one moment. */
    public boolean isPreparedWhenQueued() {
        return isForStaff() || this == GROUP_MESSAGE;
    }

    /** The single-use action link this mail carries besides its tracking link (WEB-03), if any. */
    public TrackingToken.Purpose action() {
        return switch (this) {
            case WITHDRAWAL_CONFIRMATION -> TrackingToken.Purpose.WITHDRAWAL;
            case FUNDING_AGREEMENT, FUNDING_AGREEMENT_REMINDER -> TrackingToken.Purpose.AGREEMENT;
            default -> null;
        };
    }

    /** The mails holders receive, which coordinators preview. */
    public static List<MailTemplate> forApplicants() {
        return Arrays.stream(values())
                .filter(template -> !template.isForStaff())
                .toList();
    }

    /** The eligibility decisions, which a call may hold in the outbox for review before they leave. */
    public boolean isDecision() {
        return this == ELIGIBLE || this == INELIGIBLE;
    }

    public static MailTemplate named(String name) {
        return Arrays.stream(values())
                .filter(t -> t.templateName.equals(name))
                .findFirst()
                .orElseThrow(() -> new IllegalArgumentException("Unknown mail template '" + name + "'"));
    }
}
