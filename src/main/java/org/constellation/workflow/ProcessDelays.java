package org.constellation.workflow;

import java.time.Period;
import java.util.Date;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.stereotype.Component;

/**
 * The application's default delays for timers and due dates (ISO-8601 periods such as P7D), used where a call sets none
 * of its own (see CallSchedule). Process versions deployed before calls had delays read the getters directly, as
 * {@code ${processDelays.informationReminder}}. A change applies to timers and tasks created afterwards.
 */
@Component("processDelays")
@ConfigurationProperties("constellation.process")
public class ProcessDelays {

    private Period informationReminderDelay = Period.ofDays(7);
    private Period informationClosingDelay = Period.ofDays(21);
    private Period eligibilityCheckDelay = Period.ofDays(14);
    private Period deadlineReminderDelay = Period.ofDays(7);
    private Period taskDueDelay = Period.ofDays(14);
    private Period forumReminderDelay = Period.ofDays(2);
    private Period entryConfirmationDelay = Period.ofDays(7);
    private Period reportReminderDelay = Period.ofDays(7);
    private Period reportOverdueDelay = Period.ofDays(14);
    private Period agreementReminderDelay = Period.ofDays(7);
    private int agreementReminderCount = 4;

    /**
     * How often, and how many times, a holder who has not accepted their agreement is reminded (a timer cycle, « R4/P7D
     * »): a month of weekly reminders, then the agreement waits for the team.
     */
    public String getAgreementReminders() {
        return "R" + agreementReminderCount + "/" + agreementReminderDelay;
    }

    public void setAgreementReminderDelay(Period delay) {
        this.agreementReminderDelay = delay;
    }

    public void setAgreementReminderCount(int count) {
        this.agreementReminderCount = count;
    }

    /** How long after asking for their event's report the holder is reminded of it. */
    public String getReportReminder() {
        return reportReminderDelay.toString();
    }

    public void setReportReminderDelay(Period delay) {
        this.reportReminderDelay = delay;
    }

    /** How long after asking for it the report goes to the follow-up person to enter. */
    public String getReportOverdue() {
        return reportOverdueDelay.toString();
    }

    public void setReportOverdueDelay(Period delay) {
        this.reportOverdueDelay = delay;
    }

    /** How long a holder has to confirm their programme entry before it is published as it is. */
    public String getEntryConfirmation() {
        return entryConfirmationDelay.toString();
    }

    public Period entryConfirmationDelay() {
        return entryConfirmationDelay;
    }

    public void setEntryConfirmationDelay(Period delay) {
        this.entryConfirmationDelay = delay;
    }

    public Period forumReminderDelay() {
        return forumReminderDelay;
    }

    public void setForumReminderDelay(Period delay) {
        this.forumReminderDelay = delay;
    }

    /** Due date of a user task whose model sets none, from its creation. */
    public Period taskDueDelay() {
        return taskDueDelay;
    }

    public void setTaskDueDelay(Period delay) {
        this.taskDueDelay = delay;
    }

    public Period informationReminderDelay() {
        return informationReminderDelay;
    }

    public Period informationClosingDelay() {
        return informationClosingDelay;
    }

    public Period eligibilityCheckDelay() {
        return eligibilityCheckDelay;
    }

    public Period deadlineReminderDelay() {
        return deadlineReminderDelay;
    }

    public String getInformationReminder() {
        return informationReminderDelay.toString();
    }

    public String getInformationClosing() {
        return informationClosingDelay.toString();
    }

    /** When an eligibility check created now is due, by the engine's clock (which process tests move). */
    public Date getEligibilityCheckDue() {
        return Date.from(ClockUtil.getCurrentTime()
                .toInstant()
                .atZone(ParisTime.ZONE)
                .plus(eligibilityCheckDelay)
                .toInstant());
    }

    public void setEligibilityCheckDelay(Period delay) {
        this.eligibilityCheckDelay = delay;
    }

    public void setInformationReminderDelay(Period delay) {
        this.informationReminderDelay = delay;
    }

    public void setInformationClosingDelay(Period delay) {
        this.informationClosingDelay = delay;
    }

    public void setDeadlineReminderDelay(Period delay) {
        this.deadlineReminderDelay = delay;
    }
}
